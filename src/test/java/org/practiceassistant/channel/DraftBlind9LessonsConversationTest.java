package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a worker sees change in the fourteenth round (blind9 read), through the real controller, adapter, cards and state,
 * in answers of our own: a change of service asked for in a long message, what will happen after the worker's own "if"
 * said of the children by name, a next step nobody is named for asked about once, and the plan's scale in the service's
 * words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftBlind9LessonsConversationTest extends ConnectorConversationTest {

    private static final int NEXT_STEPS = TwoWorryMapping.ANSWERS.indexOf("The social worker will hold a family network"
            + " meeting by 20 May; Grandma Jean will ring the school by Friday.");

    @Test
    void aChangeOfServiceAskedForInALongMessageChangesItAndNamesNoChild() {
        replyTexts("draft");
        replyTexts("cla");
        assertThat(replyTexts("shes just moved over to the adolescent team and im her new worker there, can you do 14+"
                + " instead of LAC")).contains("Changed the service to 14+").doesNotContain("about Do");
        assertThat(replyTexts("Mia 14")).contains("What has happened to Mia");
    }

    @Test
    void whatWillHappenAfterTheWorkersOwnConditionIsSaidOfTheChildrenByName() {
        List<String> answers = new ArrayList<>(TwoWorryMapping.ANSWERS.subList(0, 11));
        answers.set(5, "The social worker and the nursery are worried that if Dad keeps drinking the kids will be frightened"
                + " and hurt when he is angry.");
        replyTexts("draft");
        String statement = "";
        for (String answer : answers) {
            statement = replyTexts(answer);
        }
        assertThat(statement).contains("if Dad keeps drinking, Ella and Sam will be frightened and hurt");
    }

    @Test
    void aNextStepNobodyIsNamedForIsAskedAboutOnceAndTheWellbeingPlanScalesInItsOwnWords() throws Exception {
        List<String> answers = new ArrayList<>(TwoWorryMapping.ANSWERS);
        answers.set(0, "early help");
        String typed = "The social worker will hold a family network meeting by 20 May. send the invites";
        answers.set(NEXT_STEPS, typed);
        replyTexts("draft");
        for (String answer : answers.subList(0, NEXT_STEPS)) {
            replyTexts(answer);
        }
        assertThat(replyTexts(typed)).contains("has no who and by when").contains("I will send the invites by Friday");
        assertThat(replyTexts(typed)).contains("If the plan is not kept");
        for (String answer : answers.subList(NEXT_STEPS + 1, answers.size() - 1)) {
            replyTexts(answer);
        }
        TestActivities last = TestActivities.message(answers.getLast(), serviceUrl, conversation);
        assertThat(bot.post(last.json()).statusCode()).isEqualTo(200);
        assertThat(planTextIn(last)).contains("Wellbeing Scale").doesNotContain("Safety Scale").contains("Wellbeing goals");
    }
}
