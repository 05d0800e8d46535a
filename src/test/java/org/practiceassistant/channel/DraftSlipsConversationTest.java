package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Slips a newly qualified worker makes, through the real controller, adapter, cards and state (thirteenth round, answers
 * of our own): typos, "idk" twice, "example?", "back", a service changed at the children step, a surname, dates in the
 * shapes workers type them, "DA" kept after the coach asks, a fear and what people do typed in the present.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftSlipsConversationTest extends ConnectorConversationTest {

    @Test
    void typosNotKnownTwiceBackAndAServiceChangedAtTheChildrenStepNeverStopTheWorker() {
        replyTexts("draft");
        assertThat(replyTexts("child protecton")).contains("Child Protection uses Signs of Safety");
        // "Jess Harker 11": the child is Jess, never her surname.
        assertThat(replyTexts("Jess Harker 11")).contains("Jess (11)").doesNotContain("Harker (11)");
        assertThat(replyTexts("examle?")).contains("Example (a made-up family)");
        String first = replyTexts("idk");
        assertThat(first).contains("not knowing yet is part of mapping");
        // The same advice twice is no help: the second says why the step is needed and how to pause.
        assertThat(replyTexts("idk")).contains("cannot be left out").contains("\\\"wait\\\"").doesNotContain("Read the referral");
        assertThat(replyTexts("bakc")).contains("Which child or children");
        // Stepped down while the worker was at the children step: the words change, the mapping goes on.
        assertThat(replyTexts("its chld in need now, stepped down at rcpc"))
                .contains("Changed the service to Child in Need").contains("Which child or children");
        assertThat(replyTexts("Jess Harker 11")).contains("What has happened to Jess");
    }

    @Test
    void datesInManyShapesAreWrittenAsAFamilyReadsThem() {
        assertThat(goalWithTimescale("til end of term")).contains("This will carry on until the end of term.");
        assertThat(goalWithTimescale("31/3")).contains("This will be in place by 31 March.");
        assertThat(goalWithTimescale("by xmas")).contains("by Christmas.");
        assertThat(goalWithTimescale("6 wks")).contains("This will carry on for 6 weeks.");
    }

    @Test
    void daKeptAfterTheCoachAsksAndAFearInThePresentAreWrittenAsAStatementSaysThem() {
        List<String> answers = new ArrayList<>(TwoWorryMapping.ANSWERS.subList(0, 11));
        answers.set(2, "police DA notification on 2 May: Dad hit Mum while she held Sam, Ella saw it and hid under the table.");
        answers.set(5, "The nursery and I are worried. Ella keeps getting scared and hides when Dad shouts.");
        answers.set(7, "Grandma Jean picks Ella up from nursery and rings Mum every evening at 7.");
        replyTexts("draft");
        for (int i = 0; i < 2; i++) {
            replyTexts(answers.get(i));
        }
        assertThat(replyTexts(answers.get(2))).contains("You used \\\"DA\\\"").contains("Could you say what happened");
        String statement = "";
        for (int i = 2; i < answers.size(); i++) {
            statement = replyTexts(answers.get(i)); // the harm answer sent again keeps it
        }
        assertThat(statement).contains("police notification about abuse at home on 2 May").doesNotContain(" DA ")
                .contains("if nothing changes, Ella will keep getting scared");
        assertThat(replyTexts("accept")).contains("Grandma Jean will pick Ella up from nursery and ring Mum every evening");
    }

    private String goalWithTimescale(String timescale) {
        List<String> answers = new ArrayList<>(TwoWorryMapping.ANSWERS.subList(0, 12));
        answers.set(9, timescale);
        replyTexts("start over");
        replyTexts("draft");
        String last = "";
        for (String answer : answers) {
            last = replyTexts(answer);
        }
        replyTexts("cancel");
        return last;
    }
}
