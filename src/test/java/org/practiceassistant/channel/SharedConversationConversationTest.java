package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;

/**
 * What the exploratory tester found: a guided mapping (a family's details, step by step) started in a team channel ran
 * as in a personal chat. Through the real controller, adapter and state: in a channel or a group chat the worker is told
 * first that everyone there sees the case details and how to map privately; in a personal chat nothing is said. A link
 * typed in a message is never rendered back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class SharedConversationConversationTest extends ConnectorConversationTest {

    @Test
    void aMappingStartedInATeamChannelWarnsFirstThatEveryoneThereSeesTheCaseDetails() {
        List<JsonNode> replies = sendAndReadReplies(TestActivities.message("draft", serviceUrl, conversation)
                .inTeamChannelMentioning("Practice Assistant"));

        assertThat(replies.size()).isGreaterThanOrEqualTo(2);
        assertThat(replies).anySatisfy(reply -> assertThat(reply.path("text").asText())
                .contains("Everyone in this conversation will see the case details").contains("personal chat").contains("cancel"));
    }

    @Test
    void aMappingStartedInAGroupChatWarnsToo() {
        List<JsonNode> replies = sendAndReadReplies(TestActivities.message("draft", serviceUrl, conversation)
                .inGroupChatMentioning("Practice Assistant"));

        assertThat(replies).anySatisfy(reply -> assertThat(reply.path("text").asText()).contains("Everyone in this conversation will see"));
    }

    @Test
    void aMappingInAPersonalChatStartsWithoutTheWarning() {
        List<JsonNode> replies = sendAndReadReplies(TestActivities.message("draft", serviceUrl, conversation));

        assertThat(replies).isNotEmpty().noneMatch(reply -> reply.toString().contains("Everyone in this conversation"));
    }

    @Test
    void aQuestionInAChannelIsAnsweredWithoutTheWarning() {
        List<JsonNode> replies = sendAndReadReplies(TestActivities.message("what is a danger statement", serviceUrl, conversation)
                .inTeamChannelMentioning("Practice Assistant"));

        assertThat(replies).isNotEmpty().noneMatch(reply -> reply.toString().contains("Everyone in this conversation"));
    }

    @Test
    void aLinkTypedInAPasteIsNotRenderedInTheReply() {
        List<JsonNode> replies = sendAndReadReplies(TestActivities.message("check Danger statement: We are worried that Dad hits Leo"
                + " when he drinks, see [the police log](https://evil.example/log) and https://evil.example/more, and Leo could"
                + " be badly hurt.", serviceUrl, conversation));

        String all = replies.toString();
        assertThat(replies).isNotEmpty();
        assertThat(all).doesNotContain("evil.example").doesNotContain("](");
    }

    /** Sends {@code activity} and reads the replies to it. */
    private List<JsonNode> sendAndReadReplies(TestActivities activity) {
        assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
        return repliesTo(activity);
    }
}
