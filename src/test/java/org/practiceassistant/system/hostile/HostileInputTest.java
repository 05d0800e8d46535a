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
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.practiceassistant.PracticeAssistantApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Property-based hostile input against the whole application, started once on a random loopback port
 * (anonymous mode, as on a developer machine), with WireMock as the Bot Framework connector. Each try
 * sends one request from {@link HostileRequests}; every answer must be below 500, every refusal a problem
 * body, and no turn may end in an apology.
 *
 * <p>Each try draws its request from its own {@link Random}, seeded from the run's seed and the try's number,
 * so a failing try is named by both and replays alone: {@code -Dhostile.seed=<seed>}. (jqwik did this until
 * its 1.10 release asked AI agents not to use it; these tests are written by one, so the same seeded
 * generation is done here with JUnit's dynamic tests.)
 */
class HostileInputTest {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicInteger REQUESTS = new AtomicInteger();
    private static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    private static WireMockServer connector;
    private static ConfigurableApplicationContext app;
    private static int port;
    private static final long SEED = Long.getLong("hostile.seed", System.nanoTime());
    private static long started;

    @BeforeAll
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

    @AfterAll
    static void stop() {
        System.out.printf("HostileInputTest: %d requests, %d answered 5xx, in %d s (seed %d)%n", REQUESTS.get(),
                SERVER_ERRORS.get(), (System.nanoTime() - started) / 1_000_000_000, SEED);
        if (app != null) {
            app.close();
        }
        if (connector != null) {
            connector.stop();
        }
    }

    @TestFactory
    Stream<DynamicTest> askAnswersEveryBodyBelow500() {
        return tries("ask", 150, HostileRequests::ask, HostileInputTest::assertCorrectAnswer);
    }

    @TestFactory
    Stream<DynamicTest> checkAnswersEveryBodyBelow500() {
        return tries("check", 150, HostileRequests::check, HostileInputTest::assertCorrectAnswer);
    }

    @TestFactory
    Stream<DynamicTest> messagesAnswerEveryActivityBelow500AndNeverApologise() {
        return tries("activity", 200, random -> HostileRequests.activity(random, connector.baseUrl() + "/"), request -> {
            assertCorrectAnswer(request);
            assertThat(connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*"))
                    .withRequestBody(containing("went wrong")))).as("apologies sent for %s", request).isEmpty();
        });
    }

    /** One dynamic test per try, named by the run's seed and the try, so a failure says how to replay it. */
    private static Stream<DynamicTest> tries(String kind, int count, Function<Random, HostileRequests.Request> requests,
            Consumer<HostileRequests.Request> check) {
        return IntStream.range(0, count).mapToObj(i -> DynamicTest.dynamicTest(
                "%s try %d (-Dhostile.seed=%d)".formatted(kind, i, SEED),
                () -> check.accept(requests.apply(new Random(SEED * 31 + kind.hashCode() * 1_000_003L + i)))));
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
