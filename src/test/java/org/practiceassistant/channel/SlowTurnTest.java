package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceassistant.channel.turn.PracticeBot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * A slow turn shows "typing…" before the answer, and one slower than the turn budget gets a polite
 * "took too long" inside Teams' 15 s window. Ask is replaced by a double that can be made slow.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowTurnTest {

    @RegisterExtension
    static WireMockExtension connector = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.teams.limits.typing-delay", () -> "200ms");
        registry.add("assistant.teams.limits.turn-budget", () -> "3s");
        registry.add("assistant.teams.feedback.file", () -> "target/feedback-slow-" + UUID.randomUUID() + ".jsonl");
    }

    @TestConfiguration
    static class Doubles {
        @Bean
        @Primary
        FakeAskService slowAsk() {
            return new FakeAskService();
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    FakeAskService ask;

    @Test
    void aSlowAnswerShowsTypingFirstAndATooSlowOneIsCutOffPolitely() {
        ChannelPeers.connector(connector);
        BotEndpoint bot = new BotEndpoint(port);
        String conversation = "a:slow-" + UUID.randomUUID();
        String serviceUrl = connector.baseUrl() + "/";

        ask.delayAnswers(Duration.ofMillis(1_000));
        bot.post(TestActivities.message(FakeAskService.VISIT_QUESTION, serviceUrl, conversation).json());
        List<String> types = sentTo(conversation).stream().map(reply -> reply.path("type").asText()).toList();
        assertThat(types).first().isEqualTo("typing");
        assertThat(types).last().isEqualTo("message");

        String second = "a:slow-" + UUID.randomUUID();
        ask.delayAnswers(Duration.ofSeconds(5));
        long started = System.nanoTime();
        bot.post(TestActivities.message(FakeAskService.VISIT_QUESTION, serviceUrl, second).json());
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(15));
        List<JsonNode> messages = sentTo(second).stream().filter(reply -> reply.path("type").asText().equals("message")).toList();
        assertThat(messages).singleElement().satisfies(reply -> assertThat(reply.path("text").asText()).isEqualTo(PracticeBot.TOO_SLOW));
    }

    private static List<JsonNode> sentTo(String conversationId) {
        return connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")).withRequestBody(containing(conversationId)))
                .stream().map(request -> BotEndpoint.json(request.getBodyAsString())).toList();
    }
}
