package org.practiceassistant.system.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.notContaining;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceassistant.system.BotClient;
import org.practiceassistant.system.CollectingFeature;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application with WireMock as a misbehaving Bot Framework connector: a throttled reply is sent
 * again once {@code Retry-After} has passed; a connector that keeps failing is given up on within the
 * turn's time, and the conversation's state is kept, so the flow carries on when the connector is back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConnectorFaultsTest {

    @RegisterExtension
    static WireMockExtension connector = WireMockExtension.newInstance()
        .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1")).build();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.connector.initial-backoff", () -> "50ms");
        registry.add("assistant.connector.max-backoff", () -> "100ms");
    }

    @TestConfiguration
    static class Flow {
        @Bean
        CollectingFeature collectingFeature() {
            return new CollectingFeature(() -> { });
        }
    }

    @LocalServerPort
    int port;

    private BotClient bot() {
        return new BotClient(URI.create("http://127.0.0.1:" + port + "/api/messages"), connector.baseUrl());
    }

    @Test
    void aThrottledReplyIsSentAgainAfterRetryAfter() throws Exception {
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).inScenario("throttled")
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("open"));
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).inScenario("throttled")
            .whenScenarioStateIs("open").willReturn(aResponse().withStatus(200).withBody("{\"id\":\"r\"}")));

        try (BotClient bot = bot()) {
            var conversation = BotClient.Conversation.newOne();
            long started = System.nanoTime();
            assertThat(bot.post(bot.message(conversation, "collect", false)).statusCode()).isEqualTo(200);
            assertThat((System.nanoTime() - started) / 1_000_000).as("waited as asked").isGreaterThanOrEqualTo(1_000);
        }
        connector.verify(2, postRequestedFor(urlPathMatching("/v3/conversations/.*")));
    }

    @Test
    void whenTheConnectorKeepsFailingTheTurnGivesUpButTheConversationIsKept() throws Exception {
        try (BotClient bot = bot()) {
            var conversation = BotClient.Conversation.newOne();
            connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse().withStatus(200).withBody("{}")));
            bot.post(bot.message(conversation, "collect", false));

            connector.resetAll();
            connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse().withStatus(503)));
            long started = System.nanoTime();
            bot.post(bot.message(conversation, "first answer, sent while the connector is down", false));
            assertThat((System.nanoTime() - started) / 1_000_000).as("inside Teams' 15 s").isLessThan(14_000);
            // A slow machine may also show "typing..." (tried three times too); only replies are counted here.
            assertThat(connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*"))
                    .withRequestBody(notContaining("\"type\":\"typing\""))))
                .as("the reply and the apology, each tried three times").hasSize(6);

            connector.resetAll();
            connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse().withStatus(200).withBody("{}")));
            assertThat(BotClient.textOf(bot.say(conversation, "how many"))).contains("Answers kept: 1");
        }
    }
}
