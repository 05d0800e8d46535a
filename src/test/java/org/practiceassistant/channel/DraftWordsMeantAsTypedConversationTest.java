package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A one-word answer that is an English word a slip or two from a command ("Precious", two letters from "previous";
 * "play", one from "plan") is the answer, through the real controller, adapter and state: read as "back", it sent the
 * worker to the step before each time they gave it, a loop they could not leave (blind16's care leaver, named at who
 * the plan is shared with). Typos that are no word ("bakc") still move back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class DraftWordsMeantAsTypedConversationTest extends ConnectorConversationTest {

    private static final List<String> ANSWERS = TwoWorryMapping.ANSWERS;

    @Test
    void aNameThatIsAWordNearBackAtTheLastStepFinishesTheMapping() throws Exception {
        mapToTheLastStep(ANSWERS);
        TestActivities last = TestActivities.message("Precious", serviceUrl, conversation);
        assertThat(bot.post(last.json()).statusCode()).isEqualTo(200);
        assertThat(planTextIn(last)).contains("Case details").contains("Precious");
    }

    @Test
    void aTypoOfBackThatIsNoWordStillGoesBack() {
        mapToTheLastStep(ANSWERS);
        assertThat(replyTexts("bakc")).contains("identity");
    }
}
