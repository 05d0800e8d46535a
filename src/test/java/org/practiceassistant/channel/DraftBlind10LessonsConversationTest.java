package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * What a worker sees change in the fourteenth round's second half (blind10 read), through the real controller, adapter,
 * cards and state, in answers of our own: asked whether there is another worry, "i think thats all for now" goes on to
 * the bottom lines instead of the same question again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftBlind10LessonsConversationTest extends ConnectorConversationTest {

    /** The answer to "another worry?" after the first worry. */
    private static final int ANOTHER_WORRY = 13;

    @Test
    void theWholeListSaidInWordsGoesOnToTheBottomLines() {
        assertThat(TwoWorryMapping.ANSWERS.get(ANOTHER_WORRY)).isEqualTo("yes");
        replyTexts("draft");
        for (String answer : TwoWorryMapping.ANSWERS.subList(0, ANOTHER_WORRY)) {
            replyTexts(answer);
        }
        String reply = replyTexts("i think thats all for now");
        assertThat(reply).doesNotContain("to add another worry").containsIgnoringCase("must not");
    }
}
