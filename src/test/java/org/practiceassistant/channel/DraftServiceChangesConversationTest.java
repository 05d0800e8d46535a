package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The four ways blind15's workers changed service partway (draft2), through the real controller, adapter, cards and state,
 * in words of our own: short breaks to child protection, first contact to child protection, assessment to child in need,
 * child in need to early help. Each is confirmed in plain words, says which words the statements and goals take now, keeps
 * every answer given, asks the same step again and never keeps the sentence as an answer. And the plan asked for as a
 * Word document at the last step comes as one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftServiceChangesConversationTest extends ConnectorConversationTest {

    private static final List<String> ANSWERS = TwoWorryMapping.ANSWERS;
    /* Where the first worry's answers are in TwoWorryMapping: harm, complicating, working well, the fear, network, doing, the child's life, timescale, how known. */
    private static final int HARM = 2;
    private static final int FEAR = 5;
    private static final int NETWORK = 6;
    private static final int CHILD_EXPERIENCE = 8;
    private static final int HOW_KNOWN = 10;

    private String answer(int from, int to) {
        return answerInTurn(ANSWERS, from, to);
    }

    @Test
    void shortBreaksGoneToChildProtectionAtWhatHappenedSaysSafetyAndWritesADangerStatement() {
        replyTexts("draft");
        replyTexts("disabled childrens team");
        replyTexts("5");
        replyTexts(ANSWERS.get(1));
        String changed = replyTexts("actually its cp now, we had a strategy meeting this morning");
        assertThat(changed).contains("Changed the service to Children with disabilities: child protection")
                .contains("Signs of Safety instead of Signs of Wellbeing").contains("danger statements")
                .contains("What has happened to Ella");
        String review = answer(HARM, HOW_KNOWN).toLowerCase(java.util.Locale.ROOT);
        assertThat(review).contains("your danger statement (worry 1)").doesNotContain("your worry statement").doesNotContain("strategy meeting")
                .contains("dad has hit mum three times since march");
    }

    @Test
    void firstContactGoneToChildProtectionAtTheFearKeepsTheAnswersAndAsksTheFearAgain() {
        replyTexts("draft");
        replyTexts("first contact");
        replyTexts(ANSWERS.get(1));
        answer(HARM, FEAR - 1);
        String changed = replyTexts("actually its child protection now, strat was today");
        assertThat(changed).contains("Changed the service to Child Protection").contains("no need to start again")
                .contains("Who is worried");
        String review = answer(FEAR, HOW_KNOWN);
        assertThat(review).contains("Dad has hit Mum three times since March").contains("Ella will be hurt")
                .doesNotContain("strat was today");
    }

    @Test
    void assessmentGoneToChildInNeedAtTheNetworkSaysWellbeingAndKeepsTheSentenceOutOfTheGoal() {
        replyTexts("draft");
        replyTexts("assessment team");
        replyTexts(ANSWERS.get(1));
        answer(HARM, FEAR);
        String changed = replyTexts("sorry its child in need now not assessment, assessment signed off monday");
        assertThat(changed).contains("Changed the service to Child in Need").contains("Signs of Wellbeing instead of Signs of Safety")
                .contains("worry statements").contains("wellbeing goals");
        String review = answer(NETWORK, HOW_KNOWN).toLowerCase(java.util.Locale.ROOT);
        assertThat(review).contains("your worry statement (worry 1)").doesNotContain("your danger statement");
        String goal = replyTexts("accept").toLowerCase(java.util.Locale.ROOT);
        assertThat(goal).contains("your wellbeing goal").doesNotContain("signed off").contains("grandma jean");
    }

    @Test
    void childInNeedSteppedDownToEarlyHelpAtTheChildsLifeKeepsTheSentenceOutOfTheGoal() {
        replyTexts("draft");
        replyTexts("cin");
        replyTexts(ANSWERS.get(1));
        answer(HARM, CHILD_EXPERIENCE - 1);
        String changed = replyTexts("actually its going to early help now, stepping down at the review on friday");
        assertThat(changed).contains("Changed the service to Early Help").contains("no need to start again");
        answer(CHILD_EXPERIENCE, HOW_KNOWN);
        String goal = replyTexts("accept").toLowerCase(java.util.Locale.ROOT);
        assertThat(goal).contains("your wellbeing goal").contains("ella will feel safe at home").doesNotContain("stepping down");
    }

    @Test
    void thePlanAskedForAsAWordDocAtTheLastStepComesAsTheDocument() throws Exception {
        mapToTheLastStep(ANSWERS);
        TestActivities ask = TestActivities.message("can i get the plan as a word doc", serviceUrl, conversation);
        assertThat(bot.post(ask.json()).statusCode()).isEqualTo(200);
        assertThat(planTextIn(ask)).contains("Case details")
                .contains("1. The social worker and the nursery are worried that if nothing changes, Ella will be hurt");
    }
}
