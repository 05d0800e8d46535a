package org.practiceassistant.system.hostile;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.WordBombs;
import org.practiceassistant.system.PackagedApp;

/**
 * The hostile-input run against the packaged application, started as in production ({@code java -jar},
 * the Dockerfile's heap share of the deployed 2 GiB container and exit on out-of-memory), on the loopback
 * in anonymous mode, with the per-user rate limit on as in production. Each test repeats one reported attack at its
 * reported scale and checks the application answers it and stays up (a flood from one user, a 50,000-character message,
 * odd conversation and user ids among them); the last sends a seeded random mix over all three endpoints. The
 * figures (requests, 5xx, time, peak memory) are printed at the end, for the README.
 */
class HostileInputIT {

    /** 65% of the deployed container's 2 GiB (deploy/main.bicep, Dockerfile: MaxRAMPercentage=65). */
    static final String PRODUCTION_HEAP = "-Xmx1331m";
    static final long SEED = Long.getLong("hostile.seed", 20261204L);
    static final int RANDOM_REQUESTS = Integer.getInteger("hostile.requests", 2_400);
    /** Above this load average per core, wall-clock times measured from outside the application mean little. */
    static final double OVERLOADED_PER_CORE = 3.0;

    static WireMockServer peers;
    static WireMockServer hangingConnector;
    static PackagedApp app;
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final AtomicInteger REQUESTS = new AtomicInteger();
    static final AtomicInteger SERVER_ERRORS = new AtomicInteger();
    static long started;

    @BeforeAll
    static void start() {
        peers = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        peers.start();
        peers.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"reply\"}")));
        hangingConnector = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").containerThreads(120));
        hangingConnector.start();
        hangingConnector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse()
                .withFixedDelay(30_000).withBody("{\"id\":\"late\"}")));
        app = PackagedApp.jarApp().jvmOption(PRODUCTION_HEAP).jvmOption("-XX:+ExitOnOutOfMemoryError")
                .property("assistant.attachments.allowed-hosts", "localhost")
                .property("assistant.rate-limit.enabled", "true")
                .property("assistant.teams.feedback.file", Path.of("target", "feedback-hostile-it.jsonl").toAbsolutePath().toString())
                .start();
        started = System.nanoTime();
    }

    @AfterAll
    static void stop() throws IOException {
        long peakRss = app == null ? -1 : peakResidentKilobytes(app.pid());
        System.out.printf("HostileInputIT: %d requests, %d answered 5xx, in %d s; application peak RSS %d MB (heap limit %s)%n",
                REQUESTS.get(), SERVER_ERRORS.get(), (System.nanoTime() - started) / 1_000_000_000, peakRss / 1024,
                PRODUCTION_HEAP.substring(4));
        if (app != null) {
            app.close();
        }
        peers.stop();
        hangingConnector.stop();
    }

    @Test
    void eightConcurrentSixtyMegabyteQuestionsAre413AndTheApplicationStaysUp() throws Exception {
        byte[] huge = ("{\"question\":\"" + "a".repeat(60 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        // A client that asks first (Expect: 100-continue) hears 413 without sending the body: the server says "go on"
        // only when the body is read (ContinueOnlyWhenRead); with Tomcat's default, all eight once lost the race (-1).
        List<Integer> asked = statuses(8, () -> HttpRequest.newBuilder(app.uri("/api/ask")).expectContinue(true)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build());
        // One that just sends (declared or chunked) is refused too; the server may close the connection
        // while the rest of the body is still on its way, and the client then sees no status (-1).
        List<Integer> pushed = statuses(8, () -> HttpRequest.newBuilder(app.uri("/api/check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(huge)).build());
        pushed.addAll(statuses(4, () -> HttpRequest.newBuilder(app.uri("/api/messages")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build()));

        assertThat(asked).contains(413).allSatisfy(status -> assertThat(status).isIn(413, -1));
        assertThat(pushed).allSatisfy(status -> assertThat(status).isIn(413, -1));
        assertAlive();
    }

    /** Sends {@code count} at once; the status of each, or -1 when the server closed the connection first. */
    private static List<Integer> statuses(int count, Supplier<HttpRequest> request) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(() -> {
                    REQUESTS.incrementAndGet();
                    try {
                        return HTTP.send(request.get(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (IOException closed) {
                        return -1;
                    }
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        }
    }

    @Test
    void fourConcurrentWordBombsAreRefusedQuicklyAndTheApplicationStaysUp() throws Exception {
        byte[] bomb = WordBombs.docx(100_000, 2);
        assertThat(bomb.length).as("bomb bytes").isLessThan(4 * 1024 * 1024);
        peers.stubFor(get(urlPathEqualTo("/files/bomb.docx")).willReturn(aResponse().withStatus(200).withBody(bomb)));
        long begun = System.nanoTime();

        List<String> conversations = new ArrayList<>();
        List<HttpResponse<String>> answers = concurrently(4, () -> {
            String conversation = "a:bomb-" + UUID.randomUUID();
            synchronized (conversations) {
                conversations.add(conversation);
            }
            return send("/api/messages", HttpRequest.BodyPublishers.ofString(activity(conversation, peers.baseUrl() + "/",
                    ",\"text\":\"check\",\"attachments\":[{\"contentType\":\"application/vnd.microsoft.teams.file.download.info\","
                            + "\"name\":\"plan.docx\",\"content\":{\"downloadUrl\":\"" + peers.baseUrl() + "/files/bomb.docx\",\"fileType\":\"docx\"}}]")));
        });

        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
        assertThat(Duration.ofNanos(System.nanoTime() - begun)).isLessThan(Duration.ofSeconds(10));
        for (String conversation : conversations) {
            assertThat(peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")).withRequestBody(containing(conversation))))
                    .anySatisfy(reply -> assertThat(reply.getBodyAsString()).contains("unpacks to far more than a plan needs"));
        }
        assertAlive();
    }

    @Test
    void eightyTurnsAgainstAHangingConnectorAllEndInsideTeamsWindow() throws Exception {
        List<Long> millis = new ArrayList<>();
        List<String> activityIds = new ArrayList<>();
        concurrently(80, () -> {
            String id = "act-hang-" + UUID.randomUUID();
            long begun = System.nanoTime();
            HttpResponse<String> answer = send("/api/messages", HttpRequest.BodyPublishers.ofString(activity(id,
                    "a:hang-" + UUID.randomUUID(), "29:hostile-" + UUID.randomUUID(), hangingConnector.baseUrl() + "/",
                    ",\"text\":\"what is a fire drill?\"")));
            synchronized (millis) {
                millis.add((System.nanoTime() - begun) / 1_000_000);
                activityIds.add(id);
            }
            return answer;
        });

        long slowest = millis.stream().mapToLong(Long::longValue).max().orElseThrow();
        List<Long> serverMillis = activityIds.stream().map(HostileInputIT::turnMillisLogged).toList();
        long slowestServer = serverMillis.stream().mapToLong(Long::longValue).max().orElseThrow();
        // Where the client's extra time goes: before the application saw the request (connecting, Tomcat's queue, this
        // test's own threads) or after it answered (the response's way back), per turn; the largest gap says which load hurt.
        long widestGap = 0;
        for (int i = 0; i < millis.size(); i++) {
            widestGap = Math.max(widestGap, millis.get(i) - serverMillis.get(i));
        }
        System.out.printf("HostileInputIT: 80 turns against a hanging connector, slowest %d ms at the client, %d ms in the"
                + " application's own log; widest gap between the two for one turn %d ms, load %.1f per core%n", slowest,
                slowestServer, widestGap, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                        / Runtime.getRuntime().availableProcessors());
        // Teams resends a message it has no answer to within 15 s. The application's own time (from its log: from the request
        // reaching the controller to its answer) stays under 14 s, the most TurnProperties lets a turn's deadline be, at any load.
        assertThat(slowestServer).as("slowest turn in the application's own log, ms").isLessThan(14_000);
        // The client's time adds what happens before the application sees a request: connecting, Tomcat's queue, and this test's
        // own 80 threads and WireMock. On a machine several builds share (load 13-20 on 2 cores) that alone took 4 s, so the
        // client's bound is asserted only where the load lets the measure mean something; the figure is printed either way.
        double loadPerCore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                / Runtime.getRuntime().availableProcessors();
        if (loadPerCore <= OVERLOADED_PER_CORE) {
            assertThat(slowest).as("slowest turn at the client, ms").isLessThan(15_000);
        } else {
            System.out.printf("HostileInputIT: client bound not asserted, load %.1f per core%n", loadPerCore);
        }
        assertAlive();
    }

    /** The time the application logged for an activity's turn ("activity act-... status=200 in 12004 ms"). */
    private static long turnMillisLogged(String activityId) {
        String line = app.outputLines().stream().filter(l -> l.contains("activity " + activityId + " type=message ")).findFirst()
                .orElseThrow(() -> new AssertionError("no outcome logged for " + activityId));
        int in = line.lastIndexOf(" in ");
        return Long.parseLong(line.substring(in + 4, line.indexOf(" ms", in)));
    }

    @Test
    void aFloodFromOneUserIsAnsweredPolitelyAndNeverWith5xx() throws Exception {
        String user = "29:flood-" + UUID.randomUUID();
        String conversation = "a:flood-" + UUID.randomUUID();
        int flood = 200;
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<HttpResponse<String>>> sent = new ArrayList<>();
            for (int i = 0; i < flood; i++) {
                sent.add(pool.submit(() -> send("/api/messages", HttpRequest.BodyPublishers.ofString(
                        activity(conversation, user, peers.baseUrl() + "/", ",\"text\":\"what is a fire drill?\"")))));
            }
            for (Future<HttpResponse<String>> future : sent) {
                answers.add(future.get());
            }
        }

        assertThat(answers).allSatisfy(answer -> assertAnsweredWithoutFault(answer, "a flooded turn"));
        List<String> replies = repliesIn(conversation);
        long refusals = replies.stream().filter(reply -> reply.contains("faster than I can keep up")).count();
        System.out.printf("HostileInputIT: a flood of %d messages from one user, %d refused politely%n", flood, refusals);
        // The default limit lets 30 through at once and 90 a minute: most of a flood this quick is refused, politely.
        assertThat(refusals).isGreaterThanOrEqualTo(flood / 2);
        assertThat(replies).noneMatch(reply -> reply.contains("went wrong"));
        assertAlive();
    }

    @Test
    void aFiftyThousandCharacterMessageGetsAProblemOrAHelpfulReply() throws Exception {
        String marker = "Quillonbury";
        String text = ("Mum told me " + marker + " that Leo was left alone again on Tuesday night. ").repeat(700).substring(0, 50_000);
        String conversation = "a:long-" + UUID.randomUUID();

        HttpResponse<String> message = send("/api/messages", HttpRequest.BodyPublishers.ofString(
                activity(conversation, peers.baseUrl() + "/", ",\"text\":" + HostileRequests.json(text))));
        HttpResponse<String> check = send("/api/check", HttpRequest.BodyPublishers.ofString(
                "{\"kind\":\"plan\",\"text\":" + HostileRequests.json(text) + "}"));
        HttpResponse<String> checkStatement = send("/api/check", HttpRequest.BodyPublishers.ofString(
                "{\"kind\":\"statement\",\"text\":" + HostileRequests.json(text) + "}"));

        assertAnsweredWithoutFault(message, "a 50,000-character message");
        assertAnsweredWithoutFault(check, "a 50,000-character plan to /api/check");
        assertAnsweredWithoutFault(checkStatement, "a 50,000-character statement to /api/check");
        if (message.statusCode() == 200) {
            assertThat(repliesIn(conversation)).as("a reply that says what to do").isNotEmpty()
                    .noneMatch(reply -> reply.contains("went wrong"));
        }
        assertNoCaseTextInTheLog(marker);
        assertAlive();
    }

    @Test
    void oddConversationAndUserIdsGetAProblemOrAHelpfulReply() throws Exception {
        String marker = "Brackenwhistle";
        List<String> odd = List.of("x".repeat(10_000), "ctl\u0000\u0007\u001b[31m\r\nforged log line", "\u202eevil\u0301 \ud83d\ude00 \u4f1a\u8bdd",
                "lone\ud800surrogate", "", " ", "../../etc/passwd", "%00%0d%0a");
        List<String> failures = new ArrayList<>();
        for (String id : odd) {
            for (boolean asConversation : new boolean[] {true, false}) {
                String conversation = asConversation ? id : "a:odd-" + UUID.randomUUID();
                String user = asConversation ? "29:odd-" + UUID.randomUUID() : id;
                HttpResponse<String> answer = send("/api/messages", HttpRequest.BodyPublishers.ofString(activity(conversation, user,
                        peers.baseUrl() + "/", ",\"text\":" + HostileRequests.json("check Mum will keep " + marker + " safe at home"))));
                boolean problem = answer.headers().firstValue("Content-Type").orElse("").contains("problem+json");
                if (answer.statusCode() >= 500 || answer.statusCode() >= 400 && !problem) {
                    failures.add(answer.statusCode() + " for an odd " + (asConversation ? "conversation" : "user") + " id of "
                            + id.length() + " chars");
                }
            }
        }

        assertThat(failures).isEmpty();
        assertThat(peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")).withRequestBody(containing("went wrong"))))
                .as("apologies").isEmpty();
        assertNoCaseTextInTheLog(marker);
        assertThat(app.outputLines()).noneMatch(line -> line.startsWith("forged log line"));
        assertAlive();
    }

    @Test
    void aSeededRandomMixOverAllThreeEndpointsNeverAnswers5xx() throws Exception {
        System.out.printf("HostileInputIT: random mix, seed %d (replay with -Dhostile.seed=%d)%n", SEED, SEED);
        Random random = new Random(SEED);
        List<HostileRequests.Request> requests = new ArrayList<>();
        for (int i = 0; i < RANDOM_REQUESTS; i++) {
            requests.add(switch (i % 3) {
                case 0 -> HostileRequests.ask(random);
                case 1 -> HostileRequests.check(random);
                default -> HostileRequests.activity(random, peers.baseUrl() + "/");
            });
        }
        List<String> failures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> sent = new ArrayList<>();
            for (HostileRequests.Request request : requests) {
                sent.add(pool.submit(() -> {
                    HttpResponse<String> answer = send(request.path(), HttpRequest.BodyPublishers.ofString(request.body()));
                    boolean problem = answer.statusCode() < 400 || answer.headers().firstValue("Content-Type").orElse("").contains("problem+json");
                    if (answer.statusCode() >= 500 || !problem) {
                        synchronized (failures) {
                            failures.add(answer.statusCode() + " for " + request);
                        }
                    }
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        }

        assertThat(failures).as("seed %d", SEED).isEmpty();
        assertThat(peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")).withRequestBody(containing("went wrong"))))
                .as("apologies").isEmpty();
        assertThat(app.outputLines()).as("log lines over 20,000 characters").noneMatch(line -> line.length() > 20_000);
        assertAlive();
    }

    /** An activity from a user of its own (the rate limit is per user, and only the flood test means to reach it). */
    private static String activity(String conversation, String serviceUrl, String extra) {
        return activity(conversation, "29:hostile-" + UUID.randomUUID(), serviceUrl, extra);
    }

    private static String activity(String conversation, String user, String serviceUrl, String extra) {
        return activity("act-" + UUID.randomUUID(), conversation, user, serviceUrl, extra);
    }

    private static String activity(String id, String conversation, String user, String serviceUrl, String extra) {
        return "{\"type\":\"message\",\"id\":\"" + id + "\",\"channelId\":\"msteams\",\"serviceUrl\":\""
                + serviceUrl + "\",\"from\":{\"id\":" + HostileRequests.json(user) + "},\"recipient\":{\"id\":\"28:bot\"},"
                + "\"conversation\":{\"id\":" + HostileRequests.json(conversation) + ",\"conversationType\":\"personal\"}" + extra + "}";
    }

    /** Replies the connector received that name {@code conversation}. */
    private static List<String> repliesIn(String conversation) {
        return peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*"))).stream()
                .map(reply -> reply.getBodyAsString()).filter(body -> body.contains(conversation)).toList();
    }

    /** A 4xx with a problem body, or a 2xx: never a 5xx, never a bare error page. */
    private static void assertAnsweredWithoutFault(HttpResponse<String> answer, String what) {
        assertThat(answer.statusCode()).as(what).isLessThan(500);
        if (answer.statusCode() >= 400) {
            assertThat(answer.headers().firstValue("Content-Type").orElse("")).as(what).contains("problem+json");
        }
    }

    /** No log line holds the marker a test's case text carried, nor a control character that could forge a line or colour it. */
    private static void assertNoCaseTextInTheLog(String marker) {
        assertThat(app.outputLines()).as("log lines").noneMatch(line -> line.contains(marker))
                .noneMatch(line -> line.indexOf('\u001b') >= 0 || line.indexOf('\u0007') >= 0 || line.indexOf('\u0000') >= 0);
    }

    private static HttpResponse<String> send(String path, HttpRequest.BodyPublisher body) {
        try {
            HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json").POST(body).build(), HttpResponse.BodyHandlers.ofString());
            REQUESTS.incrementAndGet();
            if (answer.statusCode() >= 500) {
                SERVER_ERRORS.incrementAndGet();
            }
            return answer;
        } catch (IOException e) {
            REQUESTS.incrementAndGet();
            // The server may close a connection once it has answered 413 to a body still being sent.
            throw new IllegalStateException("no answer from " + path + ": " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static List<HttpResponse<String>> concurrently(int count, Supplier<HttpResponse<String>> call) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(count)) {
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(call::get));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        }
    }

    private static void assertAlive() throws IOException, InterruptedException {
        HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(app.uri("/actuator/health/liveness")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
    }

    /** VmHWM: the most memory the process has held at once (Linux). */
    private static long peakResidentKilobytes(long pid) throws IOException {
        Path status = Path.of("/proc", String.valueOf(pid), "status");
        if (!Files.exists(status)) {
            return -1;
        }
        return Files.readAllLines(status).stream().filter(line -> line.startsWith("VmHWM:"))
                .map(line -> Long.parseLong(line.replaceAll("[^0-9]", ""))).findFirst().orElse(-1L);
    }
}
