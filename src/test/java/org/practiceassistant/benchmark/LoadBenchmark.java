package org.practiceassistant.benchmark;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import org.junit.jupiter.api.Test;
import org.practiceassistant.system.BotClient;
import org.practiceassistant.system.PackagedApp;

/**
 * Load on the packaged application as Teams would put it: N conversations at once, each sending a practice
 * question, waiting for the turn to finish (the answer card delivered to the connector, here WireMock),
 * and sending the next, for a fixed time. Prints throughput, p50/p99/max latency, errors and the heap
 * after a full GC before and after the run (growth would be a leak).
 *
 * <pre>
 * ./mvnw -B -Pbenchmark test -Dtest=LoadBenchmark                      # 200 conversations, 60 s
 * ./mvnw -B -Pbenchmark test -Dtest=LoadBenchmark -Dload.seconds=10 -Dload.conversations=50
 * </pre>
 *
 * Loopback only, bounded in count and time. The per-user rate limit is raised for the run: every
 * simulated user sends far faster than a person types, and a refusal would measure the limiter, not Ask.
 */
class LoadBenchmark {

    private static final List<String> QUESTIONS = List.of(
        "How soon do I visit after a referral?",
        "What is a fire drill?",
        "What does good look like for core groups?",
        "What is a danger statement?",
        "How often should a child protection plan be reviewed?",
        "What is a safety goal?",
        "Who should be in the safety network?",
        "What are the bottom lines for a child protection conference?",
        "How do I write a words and pictures explanation?",
        "What is a scaling question?");

    private final int conversations = Integer.getInteger("load.conversations", 200);
    private final Duration duration = Duration.ofSeconds(Long.getLong("load.seconds", 60));
    private final Duration warmUp = Duration.ofSeconds(Long.getLong("load.warmup.seconds", 10));

    @Test
    void conversationsAtOnceForAFixedTime() throws Exception {
        WireMockServer connector = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1")
            .containerThreads(64).disableRequestJournal());
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(
            aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"reply\"}")));
        try (PackagedApp app = PackagedApp.jarApp()
                .jvmOption("-Xmx512m")
                .property("assistant.rate-limit.messages-per-minute", "1000000")
                .property("assistant.rate-limit.burst", "1000000")
                .start();
             BotClient bot = new BotClient(app.uri("/api/messages"), connector.baseUrl())) {

            forget(bot, run(bot, Math.min(conversations, 20), warmUp).conversations());
            long heapBefore = heapAfterFullGc(app);

            Instant started = Instant.now();
            Result result = run(bot, conversations, duration);
            Duration took = Duration.between(started, Instant.now());

            // Each user says "forget", as the conversations would expire: what is left after a full GC
            // and compared with before the run is what the application itself kept.
            forget(bot, result.conversations());
            long heapAfter = heapAfterFullGc(app);
            long threads = gauge(app, "jvm.threads.live");

            Histogram latency = result.latency();
            String report = String.format(Locale.ROOT, """
                LoadBenchmark: %d conversations for %d s against the packaged application (java -jar), connector = WireMock
                  turns                %,d (%,.0f per second)
                  errors               %,d (non-200 answers or failed requests)
                  latency, end to end  p50 %.1f ms, p99 %.1f ms, max %.1f ms (POST /api/messages until the answer was delivered to the connector)
                  heap after full GC   before %.1f MB, after %.1f MB (growth %+.1f MB), every user having said "forget"; live threads after %d
                """,
                conversations, took.toSeconds(), result.turns(), result.turns() / (took.toMillis() / 1000.0),
                result.errors(), ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(99)),
                ms(latency.getMaxValue()), mb(heapBefore), mb(heapAfter), mb(heapAfter - heapBefore), threads);
            System.out.println(report);
            Files.writeString(Path.of("target", "load-benchmark.txt"), report);
        } finally {
            connector.stop();
        }
    }

    private record Result(long turns, long errors, Histogram latency, List<BotClient.Conversation> conversations) {}

    private static void forget(BotClient bot, List<BotClient.Conversation> conversations) throws Exception {
        for (BotClient.Conversation conversation : conversations) {
            bot.say(conversation, "forget");
        }
    }

    private static Result run(BotClient bot, int conversations, Duration duration) throws Exception {
        Recorder recorder = new Recorder(3);
        AtomicLong turns = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        Instant deadline = Instant.now().plus(duration);
        List<BotClient.Conversation> all = new ArrayList<>();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < conversations; c++) {
                int offset = c;
                var conversation = BotClient.Conversation.newOne();
                all.add(conversation);
                running.add(users.submit(() -> {
                    for (int i = offset; Instant.now().isBefore(deadline); i++) {
                        var message = bot.message(conversation, QUESTIONS.get(i % QUESTIONS.size()), false);
                        long start = System.nanoTime();
                        try {
                            HttpResponse<String> response = bot.post(message);
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        }
                        recorder.recordValue(System.nanoTime() - start);
                        turns.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get(duration.toSeconds() + 120, TimeUnit.SECONDS);
            }
        }
        return new Result(turns.get(), errors.get(), recorder.getIntervalHistogram(), all);
    }

    /** Heap in use right after a full collection of the application's JVM (jcmd from the JDK running the tests). */
    private static long heapAfterFullGc(PackagedApp app) throws Exception {
        Path jcmd = Path.of(PackagedApp.javaCommand()).resolveSibling("jcmd");
        Process gc = new ProcessBuilder(jcmd.toString(), Long.toString(app.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(60, TimeUnit.SECONDS);
        return gauge(app, "jvm.memory.used?tag=area:heap");
    }

    private static long gauge(PackagedApp app, String metric) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            String body = client.send(HttpRequest.newBuilder(app.uri("/actuator/metrics/" + metric)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
            return (long) new ObjectMapper().readTree(body).path("measurements").get(0).path("value").asDouble();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
