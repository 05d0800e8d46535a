package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Two re-asks through the real controller, adapter, cards and state (WireMock as the connector), in answers of our own:
 * a fear that only tells what has happened is asked about once (who is worried kept, the past put after "This is
 * because"), and a second answer at "another worry?" the coach cannot read says plainly what to type and shows the Yes
 * and No buttons again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftReAskConversationTest extends ConnectorConversationTest {

    /** The answer to who is worried and what they fear, for the first worry. */
    private static final int WORRY = 5;
    /** The answer to "another worry?" after the first worry. */
    private static final int ANOTHER_WORRY = 13;

    @Test
    void aFearThatOnlyToldWhatHappenedIsAskedAboutOnceAndTheFutureGivenIsComposed() {
        replyTexts("draft");
        for (String answer : TwoWorryMapping.ANSWERS.subList(0, WORRY)) {
            replyTexts(answer);
        }
        String asked = replyTexts("The social worker and the nursery are worried that Dad hit Mum in front of Ella and she"
                + " was found crying in the hall");
        assertThat(asked).contains("That tells me what has happened").contains("The social worker and the nursery")
                .contains("What do they fear will happen to Ella");
        // Only the fear is sent now: who is worried was kept.
        String next = replyTexts("Ella will be hurt when Dad is angry.");
        assertThat(next).doesNotContain("That tells me what has happened").doesNotContain("who is worried");
        List<String> rest = new ArrayList<>(TwoWorryMapping.ANSWERS.subList(WORRY + 1, 11));
        String statement = "";
        for (String answer : rest) {
            statement = replyTexts(answer);
        }
        assertThat(statement).contains("The social worker and the nursery are worried that if nothing changes, Ella will be"
                + " hurt when Dad is angry");
    }

    @Test
    void aFearThatOnlyToldWhatHappenedSentAgainIsKeptNeverAskedForWithoutEnd() {
        replyTexts("draft");
        for (String answer : TwoWorryMapping.ANSWERS.subList(0, WORRY)) {
            replyTexts(answer);
        }
        String past = "The social worker and the nursery are worried that Dad pushed Mum in front of Ella";
        assertThat(replyTexts(past)).contains("That tells me what has happened");
        assertThat(replyTexts(past)).doesNotContain("That tells me what has happened").doesNotContain("What do they fear");
    }

    @Test
    void aSecondAnswerAtAnotherWorryTheCoachCannotReadSaysWhatToTypeWithTheButtons() {
        replyTexts("draft");
        for (String answer : TwoWorryMapping.ANSWERS.subList(0, ANOTHER_WORRY)) {
            replyTexts(answer);
        }
        String first = replyTexts("hmm the dog maybe");
        assertThat(first).doesNotContain("I still could not tell");
        String second = replyTexts("hmm the dog maybe");
        assertThat(second).contains("I still could not tell if there is another worry").contains("Type **yes**")
                .contains("\"title\":\"Yes\"").contains("\"title\":\"No\"");
        // The buttons' answer is read: "no" goes on to the bottom lines.
        assertThat(replyTexts("no")).doesNotContain("I still could not tell").containsIgnoringCase("must not");
    }
}
