package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * A conversation test whose only peer is the stand-in Bot Framework connector (anonymous mode): the WireMock server
 * the replies go to, started once per test class (JUnit registers the static extension for each subclass, and
 * WireMock's extension starts a fresh server in each class's before-all), stubbed before each test, and the replies it
 * received for an activity. Tests that also need token and key peers keep their own set-up.
 */
abstract class ConnectorConversationTest extends ConversationTest {

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

    /** The text of the Child and Family Plan attached to the replies to {@code activity}, opened with POI. */
    String planTextIn(TestActivities activity) throws java.io.IOException {
        String url = planFileIn(activity).path("contentUrl").asText();
        byte[] docx = java.util.Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1));
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx))) {
            return new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
        }
    }

    /**
     * The plan attachment the bot sent in answer to {@code activity}; fails when there is none, saying whether the turn
     * ran out of its time budget (the "too slow" reply) or answered without the plan, so a slow machine and a lost plan
     * are told apart and neither passes.
     */
    JsonNode planFileIn(TestActivities activity) {
        List<JsonNode> replies = repliesTo(activity);
        return replies.stream().flatMap(r -> r.path("attachments").valueStream())
                .filter(a -> a.path("name").asText().equals("child-and-family-plan.docx")).findFirst()
                .orElseThrow(() -> new AssertionError(replies.stream().anyMatch(r -> r.path("text").asText().equals(org.practiceassistant.channel.turn.PracticeBot.TOO_SLOW))
                        ? "no plan attached: the turn ran out of its time budget (" + replies.size() + " replies)"
                        : "no plan attached to the " + replies.size() + " replies"));
    }

    /** Sends {@code text} in the test's conversation and returns every reply to it as JSON text, one a line. */
    String replyTexts(String text) {
        TestActivities activity = TestActivities.message(text, serviceUrl, conversation);
        org.assertj.core.api.Assertions.assertThat(bot.post(activity.json()).statusCode()).isEqualTo(200);
        return repliesTo(activity).stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
    }

    /** Sends {@code answers} from index {@code from} to {@code to} (both included) in turn; the last one's replies. */
    String answerInTurn(List<String> answers, int from, int to) {
        String last = "";
        for (int i = from; i <= to; i++) {
            last = replyTexts(answers.get(i));
        }
        return last;
    }

    /** Starts a mapping and sends every answer but the last, so a test can say its own words at the last step. */
    void mapToTheLastStep(List<String> answers) {
        replyTexts("draft");
        for (int i = 0; i < answers.size() - 1; i++) {
            replyTexts(answers.get(i));
        }
    }

    /** Replies the bot sent to the connector in answer to {@code activity} (typing indicators excluded), in order. */
    List<JsonNode> repliesTo(TestActivities activity) {
        return connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities/" + activity.id())))
                .stream().map(r -> BotEndpoint.json(r.getBodyAsString()))
                .filter(reply -> !reply.path("type").asText().equals("typing"))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
