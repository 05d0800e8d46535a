package org.practiceassistant.system.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassistant.system.metrics.AssistantMetrics;

/** The retry policy against a real HTTP server standing in for the Bot Framework connector. */
class ConnectorRetryInterceptorTest {

    private static final String REPLY = "/v3/conversations/c1/activities/a1";

    private final WireMockServer connector = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private OkHttpClient client;

    @BeforeEach
    void start() {
        connector.start();
        client = clientWithReadTimeout(Duration.ofSeconds(10));
    }

    private OkHttpClient clientWithReadTimeout(Duration readTimeout) {
        var properties = new ConnectorRetryProperties(3, Duration.ofMillis(200), Duration.ofSeconds(2),
            Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(1), readTimeout, 64);
        var interceptor = new ConnectorRetryInterceptor(properties, new AssistantMetrics(registry), Clock.systemUTC(), waits::add);
        return new OkHttpClient.Builder().addInterceptor(interceptor)
            .readTimeout(readTimeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    @AfterEach
    void stop() {
        connector.stop();
    }

    private Response sendReply() throws IOException {
        return client.newCall(new Request.Builder().url(connector.baseUrl() + REPLY)
            .post(RequestBody.create("{\"type\":\"message\"}", MediaType.get("application/json"))).build()).execute();
    }

    private void answers(String first, int firstStatus, String retryAfter, int thenStatus) {
        var busy = aResponse().withStatus(firstStatus);
        if (retryAfter != null) {
            busy = busy.withHeader("Retry-After", retryAfter);
        }
        connector.stubFor(post(urlPathEqualTo(REPLY)).inScenario(first).whenScenarioStateIs(Scenario.STARTED)
            .willReturn(busy).willSetStateTo("recovered"));
        connector.stubFor(post(urlPathEqualTo(REPLY)).inScenario(first).whenScenarioStateIs("recovered")
            .willReturn(aResponse().withStatus(thenStatus).withBody("{\"id\":\"r1\"}")));
    }

    private double counter(String name) {
        var counter = registry.find(name).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aThrottledReplyWaitsAsRetryAfterAsksAndIsDelivered() throws IOException {
        answers("429", 429, "2", 200);

        try (Response response = sendReply()) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        connector.verify(2, postRequestedFor(urlPathEqualTo(REPLY)));
        assertThat(counter("assistant.replies.retries")).isEqualTo(1);
    }

    @Test
    void aServerErrorIsRetriedWithBackOff() throws IOException {
        answers("503", 503, null, 200);

        try (Response response = sendReply()) {
            assertThat(response.code()).isEqualTo(200);
        }
        assertThat(waits).singleElement().satisfies(wait ->
            assertThat(wait).isBetween(Duration.ofMillis(100), Duration.ofMillis(200)));
    }

    @Test
    void aConnectorThatKeepsFailingIsGivenUpOnAfterTheLastAttempt() throws IOException {
        connector.stubFor(post(urlPathEqualTo(REPLY)).willReturn(aResponse().withStatus(502)));

        try (Response response = sendReply()) {
            assertThat(response.code()).isEqualTo(502);
        }
        connector.verify(3, postRequestedFor(urlPathEqualTo(REPLY)));
        assertThat(waits).hasSize(2);
        assertThat(waits.get(1)).isGreaterThanOrEqualTo(Duration.ofMillis(200)).as("backs off further");
        assertThat(counter("assistant.replies.abandoned")).isEqualTo(1);
    }

    @Test
    void aConnectorThatDoesNotAnswerInTimeIsTriedAgainThenGivenUpOn() {
        connector.stubFor(post(urlPathEqualTo(REPLY)).willReturn(aResponse().withStatus(200).withFixedDelay(3_000)));
        client = clientWithReadTimeout(Duration.ofMillis(500));

        assertThatThrownBy(this::sendReply).isInstanceOf(SocketTimeoutException.class);
        connector.verify(3, postRequestedFor(urlPathEqualTo(REPLY)));
    }

    @Test
    void aRetryAfterLongerThanTheLimitIsNotWaitedFor() throws IOException {
        answers("long", 429, "120", 200);

        try (Response response = sendReply()) {
            assertThat(response.code()).isEqualTo(429);
        }
        assertThat(waits).isEmpty();
        connector.verify(1, postRequestedFor(urlPathEqualTo(REPLY)));
    }

    @Test
    void aRefusalThatRetryingCannotFixIsReturnedAtOnce() throws IOException {
        connector.stubFor(post(urlPathEqualTo(REPLY)).willReturn(aResponse().withStatus(403)));

        try (Response response = sendReply()) {
            assertThat(response.code()).isEqualTo(403);
        }
        connector.verify(1, postRequestedFor(urlPathEqualTo(REPLY)));
    }

    @Test
    void retryAfterMayBeAnHttpDate() {
        var interceptor = new ConnectorRetryInterceptor(
            new ConnectorRetryProperties(3, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5), Duration.ofSeconds(10),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 1),
            new AssistantMetrics(registry), Clock.fixed(java.time.Instant.parse("2026-11-22T10:00:00Z"), java.time.ZoneOffset.UTC),
            waits::add);
        assertThat(interceptor.retryAfter("Sun, 22 Nov 2026 10:00:03 GMT")).contains(Duration.ofSeconds(3));
        assertThat(interceptor.retryAfter("soon")).isEmpty();
    }

    @Test
    void eachTrysTimeOutCountsAgainstTheBudgetSoAHangingConnectorIsLeftInTime() {
        // Three tries of a 5 s read time-out would be 15 s; the budget is 4 s and the connector never answers.
        connector.stubFor(post(urlPathEqualTo(REPLY)).willReturn(aResponse().withFixedDelay(30_000)));
        var properties = new ConnectorRetryProperties(3, Duration.ofMillis(100), Duration.ofMillis(100),
            Duration.ofSeconds(5), Duration.ofSeconds(4), Duration.ofSeconds(1), Duration.ofSeconds(5), 64);
        OkHttpClient hanging = new OkHttpClient.Builder()
            .addInterceptor(new ConnectorRetryInterceptor(properties, new AssistantMetrics(registry), Clock.systemUTC(), waits::add))
            .readTimeout(5, TimeUnit.SECONDS).build();
        long started = System.nanoTime();

        assertThatThrownBy(() -> hanging.newCall(new Request.Builder().url(connector.baseUrl() + REPLY)
            .post(RequestBody.create("{}", MediaType.get("application/json"))).build()).execute().close())
            .isInstanceOf(IOException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(4_600));
    }

    @Test
    void theTurnsDeadlineWinsOverTheReplysOwnBudget() {
        connector.stubFor(post(urlPathEqualTo(REPLY)).willReturn(aResponse().withFixedDelay(30_000)));
        var properties = new ConnectorRetryProperties(3, Duration.ofMillis(100), Duration.ofMillis(100),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(5), 64);
        java.time.Instant turnEnds = java.time.Instant.now().plusMillis(1_500);
        ReplyDeadlines turns = conversation -> "c1".equals(conversation) ? java.util.Optional.of(turnEnds) : java.util.Optional.empty();
        OkHttpClient hanging = new OkHttpClient.Builder()
            .addInterceptor(new ConnectorRetryInterceptor(properties, new AssistantMetrics(registry), Clock.systemUTC(), waits::add, turns))
            .readTimeout(5, TimeUnit.SECONDS).build();
        long started = System.nanoTime();

        assertThatThrownBy(() -> hanging.newCall(new Request.Builder().url(connector.baseUrl() + REPLY)
            .post(RequestBody.create("{}", MediaType.get("application/json"))).build()).execute().close())
            .isInstanceOf(IOException.class);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(2_100));
    }

    @Test
    void aReplyWhoseTurnIsAlreadyOverIsNotTriedAtAll() {
        connector.stubFor(post(urlPathEqualTo(REPLY)).willReturn(aResponse().withFixedDelay(30_000)));
        var properties = new ConnectorRetryProperties(3, Duration.ofMillis(100), Duration.ofMillis(100),
            Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(1), Duration.ofSeconds(5), 64);
        java.time.Instant turnEnded = java.time.Instant.now().minusMillis(1);
        ReplyDeadlines turns = conversation -> java.util.Optional.of(turnEnded);
        java.util.concurrent.atomic.AtomicInteger connects = new java.util.concurrent.atomic.AtomicInteger();
        OkHttpClient late = new OkHttpClient.Builder()
            .addInterceptor(new ConnectorRetryInterceptor(properties, new AssistantMetrics(registry), Clock.systemUTC(), waits::add, turns))
            .eventListener(new okhttp3.EventListener() {
                @Override
                public void connectStart(okhttp3.Call call, java.net.InetSocketAddress address, java.net.Proxy proxy) {
                    connects.incrementAndGet();
                }
            })
            .readTimeout(5, TimeUnit.SECONDS).build();

        assertThatThrownBy(() -> late.newCall(new Request.Builder().url(connector.baseUrl() + REPLY)
            .post(RequestBody.create("{}", MediaType.get("application/json"))).build()).execute().close())
            .isInstanceOf(java.net.SocketTimeoutException.class);

        assertThat(connects.get()).as("connections opened to the connector").isZero();
        assertThat(waits).isEmpty();
    }
}
