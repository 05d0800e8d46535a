package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.practiceassistant.channel.cards.WelcomeCard;
import org.practiceassistant.channel.turn.PracticeBot;
import org.practiceassistant.draft.DraftScript;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * The drafting coach through the whole application: real controller, Bot Framework adapter, router, cards
 * and conversation state, with WireMock as the connector that receives the replies. Plays the scripted
 * mappings marked {@code adapter: true} (one per vocabulary), typing and clicking card buttons.
 */
// A scripted mapping is many quick turns from one user: the per-user rate limit is tested on its own.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
@ExtendWith(OutputCaptureExtension.class)
class DraftConversationTest extends ConversationTest {

    @RegisterExtension
    static WireMockExtension connector = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Override
    String connectorUrl() {
        return connector.baseUrl();
    }

    @BeforeEach
    void stubThePeers() {
        ChannelPeers.connector(connector);
    }

    static Stream<DraftScript> adapterScripts() {
        return DraftScript.all().stream().filter(DraftScript::adapter);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("adapterScripts")
    void playsTheScriptedMapping(DraftScript script) {
        List<JsonNode> previous = List.of();
        for (int i = 0; i < script.turns().size(); i++) {
            DraftScript.Turn turn = script.turns().get(i);
            TestActivities activity = turn.say() != null
                    ? TestActivities.message(turn.say(), serviceUrl, conversation)
                    : TestActivities.submit(button(previous, turn.click()).orElseThrow(() -> new AssertionError(
                            script.name() + " turn " + turn.describe() + ": no such button")), serviceUrl, conversation);
            assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
            previous = repliesTo(activity);
            String seen = previous.stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
            for (String expected : turn.expect()) {
                assertThat(seen).as(script.name() + " turn " + (i + 1) + " (" + turn.describe() + ")").contains(expected);
            }
        }
    }

    @Test
    void everydayWordsStartItAndHelpInsideTheFlowIsAboutTheStep() {
        JsonNode start = onlyReplyTo("help me write a danger statement");
        assertThat(start.toString()).contains("Which service are you in?");
        assertThat(replyTexts("3")).contains("Which child or children");
        String help = replyTexts("help");
        assertThat(help).contains("You can say: example, back").doesNotContain("What I can do");
    }

    @Test
    void theHelpCardsButtonStartsIt() {
        Map<String, Object> click = button(List.of(onlyReplyTo("help")), WelcomeCard.START_DRAFT).orElseThrow();
        TestActivities activity = TestActivities.submit(click, serviceUrl, conversation);
        assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
        assertThat(repliesTo(activity).getLast().toString()).contains("Which service are you in?");
    }

    @Test
    void theCancelButtonAndTypedCancelAnswerAlikeAndEndTheMapping() {
        List<JsonNode> asked = List.of(onlyReplyTo("draft"));
        TestActivities click = TestActivities.submit(button(asked, "Cancel").orElseThrow(), serviceUrl, conversation);
        assertThat(bot.post(click.json()).statusCode()).isEqualTo(200);
        assertThat(repliesTo(click)).singleElement().satisfies(reply -> assertThat(reply.path("text").asText())
                .isEqualTo(PracticeBot.CANCELLED));
        assertThat(replyTexts("Child Protection")).as("no longer an answer to the coach").doesNotContain("Which child");

        onlyReplyTo("draft");
        assertThat(onlyReplyTo("cancel").path("text").asText()).isEqualTo(PracticeBot.CANCELLED);
        assertThat(onlyReplyTo("cancel").path("text").asText()).isEqualTo(PracticeBot.NOTHING_TO_CANCEL);
    }

    @Test
    void forgetErasesTheMappingAtOnce() {
        onlyReplyTo("draft");
        replyTexts("Child Protection");
        onlyReplyTo("forget");
        // The next message is no longer an answer to the coach's question.
        assertThat(replyTexts("Ella 4")).doesNotContain("Ella (4)");
    }

    @Test
    void answersNeverReachTheLog(CapturedOutput output) {
        replyTexts("draft");
        replyTexts("Child Protection");
        replyTexts("Zebediah 7");
        replyTexts("Quillfeather hit Zebediah with a belt on 3 May and the school saw the marks.");
        replyTexts("Quillfeather " + "drinks every night ".repeat(100));
        assertThat(output.getAll()).contains("draft turn").doesNotContain("Zebediah").doesNotContain("Quillfeather");
    }

    private String replyTexts(String text) {
        TestActivities activity = TestActivities.message(text, serviceUrl, conversation);
        assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
        return repliesTo(activity).stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
    }

    private JsonNode onlyReplyTo(String text) {
        TestActivities activity = TestActivities.message(text, serviceUrl, conversation);
        assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
        List<JsonNode> replies = repliesTo(activity);
        assertThat(replies).isNotEmpty();
        return replies.getLast();
    }

    /** The Submit data of the card button captioned {@code label} among the replies. */
    private static Optional<Map<String, Object>> button(List<JsonNode> replies, String label) {
        for (JsonNode reply : replies) {
            for (JsonNode action : reply.path("attachments").path(0).path("content").path("actions")) {
                if (action.path("title").asText().equals(label)) {
                    return Optional.of(action.path("data").propertyStream().collect(Collectors.toMap(Map.Entry::getKey,
                            e -> (Object) e.getValue().asString())));
                }
            }
        }
        return Optional.empty();
    }

    private List<JsonNode> repliesTo(TestActivities activity) {
        var replies = new ArrayList<JsonNode>();
        connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities/" + activity.id())))
                .stream().map(r -> BotEndpoint.json(r.getBodyAsString()))
                .filter(reply -> !reply.path("type").asText().equals("typing"))
                .forEach(replies::add);
        return replies;
    }
}
