package org.practiceassistant.system.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.practiceassistant.PracticeAssistantApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Property-based hostile input against the whole application, started once on a random loopback port
 * (anonymous mode, as on a developer machine), with WireMock as the Bot Framework connector. Each try
 * sends one request from {@link HostileRequests}; every answer must be below 500, every refusal a problem
 * body, and no turn may end in an apology. jqwik prints the seed of a failing run ({@code seed = ...});
 * replay it with {@code @Property(seed = "...")}.
 */
class HostileInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static WireMockServer connector;
    private static ConfigurableApplicationContext app;
    private static int port;
    private static long started;

    @BeforeContainer
    static void start() {
        connector = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"reply\"}")));
        app = new SpringApplicationBuilder(PracticeAssistantApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--assistant.rate-limit.enabled=false",
                "--assistant.teams.feedback.file=target/feedback-hostile-input.jsonl", "--assistant.attachments.allowed-hosts=localhost");
        port = Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
        started = System.nanoTime();
    }

    @AfterContainer
    static void stop() {
        System.out.printf("HostileInputTest: %d requests, %d answered 5xx, in %d s%n", REQUESTS.get(), SERVER_ERRORS.get(),
                (System.nanoTime() - started) / 1_000_000_000);
        if (app != null) {
            app.close();
        }
        if (connector != null) {
            connector.stop();
        }
    }

    @Property(tries = 150)
    void askAnswersEveryBodyBelow500(@ForAll("asks") HostileRequests.Request request) {
        assertCorrectAnswer(request);
    }

    @Property(tries = 150)
    void checkAnswersEveryBodyBelow500(@ForAll("checks") HostileRequests.Request request) {
        assertCorrectAnswer(request);
    }

    @Property(tries = 200)
    void messagesAnswerEveryActivityBelow500AndNeverApologise(@ForAll("activities") HostileRequests.Request request) {
        assertCorrectAnswer(request);
        assertThat(connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*"))
                .withRequestBody(containing("went wrong")))).as("apologies sent for %s", request).isEmpty();
    }

    @Provide
    Arbitrary<HostileRequests.Request> asks() {
        return Arbitraries.randomValue(HostileRequests::ask);
    }

    @Provide
    Arbitrary<HostileRequests.Request> checks() {
        return Arbitraries.randomValue(HostileRequests::check);
    }

    @Provide
    Arbitrary<HostileRequests.Request> activities() {
        return Arbitraries.randomValue(random -> HostileRequests.activity(random, connector.baseUrl() + "/"));
    }

    private static void assertCorrectAnswer(HostileRequests.Request request) {
        HttpResponse<String> response = send(request);
        REQUESTS.incrementAndGet();
        if (response.statusCode() >= 500) {
            SERVER_ERRORS.incrementAndGet();
        }
        assertThat(response.statusCode()).as("status for %s", request).isLessThan(500);
        if (response.statusCode() >= 400) {
            assertThat(response.headers().firstValue("Content-Type")).as("problem body for %s", request)
                    .hasValueSatisfying(type -> assertThat(type).contains("application/problem+json"));
        }
        assertThat(response.body()).as("body for %s", request).doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static HttpResponse<String> send(HostileRequests.Request request) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + request.path()))
                    .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("no answer for " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
