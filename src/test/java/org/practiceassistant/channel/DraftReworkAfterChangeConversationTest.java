package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A change of model partway, through the real controller, adapter, cards and state (WireMock as the connector), in
 * answers of our own: a Child in Need mapping with worry 1 written, the case moved to child protection at worry 2. The
 * note offers "rework 1"; that shows worry 1 again as a danger statement and safety goal to review, then goes back to
 * the question the worker had reached, and the plan keeps worry 1 in the new words.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftReworkAfterChangeConversationTest extends ConnectorConversationTest {

    /** TwoWorryMapping's answers up to worry 2's first question, in a Child in Need mapping. */
    private static final int SECOND_WORRY = 14;

    private void toTheSecondWorryInChildInNeed() {
        List<String> answers = new ArrayList<>(TwoWorryMapping.ANSWERS.subList(0, SECOND_WORRY));
        answers.set(0, "child in need");
        replyTexts("draft");
        String last = "";
        for (String answer : answers) {
            last = replyTexts(answer);
        }
        assertThat(last).as("at worry 2's first question").contains("What has happened to");
    }

    @Test
    void reworkOneAfterAChangeOfModelShowsWorryOneAsADangerStatementThenGoesBack() {
        toTheSecondWorryInChildInNeed();
        String changed = replyTexts("its gone to CP now after the strategy meeting, do i start again?");
        assertThat(changed).contains("Changed the service to Child Protection").contains("no need to start again")
                .contains("Say \\\"rework 1\\\" to re-word worry 1 as a danger statement");

        String statement = replyTexts("rework 1");
        assertThat(statement).contains("Your danger statement (worry 1)").contains("are worried that")
                .doesNotContain("worry statement (worry 1)");
        String goal = replyTexts("accept");
        assertThat(goal).contains("Your safety goal (worry 1)").contains(" safe");
        String back = replyTexts("accept");
        assertThat(back).contains("Back to where you were").contains("What has happened to");

        // Worry 2 goes on in the new words.
        List<String> rest = TwoWorryMapping.ANSWERS.subList(SECOND_WORRY, 23);
        String last = "";
        for (String answer : rest) {
            last = replyTexts(answer);
        }
        assertThat(last).contains("Your danger statement (worry 2)");
    }

    @Test
    void backFromReviewingWorryOneAgainReturnsToWhereTheWorkerWas() {
        toTheSecondWorryInChildInNeed();
        replyTexts("its gone to CP now");
        assertThat(replyTexts("rework 1")).contains("Your danger statement (worry 1)");
        assertThat(replyTexts("back")).contains("What has happened to").doesNotContain("Your danger statement (worry 1)");
    }
}
