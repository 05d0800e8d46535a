package org.practiceassistant.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's fastest start on a JDK 25 or newer: the application as {@code package} lays it out in
 * {@code target/practice-assistant/}, with the JVM's ahead-of-time cache. A training start
 * ({@code -XX:AOTCacheOutput=...}) answers and, stopped gracefully, writes the cache; the next start
 * ({@code -XX:AOTCache=...}) maps it and answers. {@code -XX:AOTMode=on} makes a cache the JVM cannot use a failed
 * start rather than a silently slower one, and the class-loading log shows the application's own classes coming from
 * the cache, not from its jar.
 */
class AheadOfTimeCacheStartIT {

    private static final String QUESTION = "{\"question\":\"what is a genogram?\",\"limit\":1}";

    @Test
    void aTrainingStartWritesTheCacheAndTheNextStartMapsItAndAnswers(@TempDir Path folder) throws Exception {
        assumeTrue(Runtime.version().feature() >= 25, "the AOT cache's one-step training (JEP 514) needs JDK 25");
        Path cache = folder.resolve("application.aot");
        try (PackagedApp training = PackagedApp.jarApp().jar(PackagedApp.laidOutJar())
                .jvmOption("-XX:AOTCacheOutput=" + cache).start()) {
            assertAnswers(training);
            assertThat(cache).doesNotExist();
        }
        // Written as the JVM exits, after a graceful stop (as Ctrl-C or a platform's SIGTERM gives).
        assertThat(cache).isRegularFile();
        assertThat(Files.size(cache)).isGreaterThan(10_000_000);

        Path classLoading = folder.resolve("class-load.log");
        try (PackagedApp cached = PackagedApp.jarApp().jar(PackagedApp.laidOutJar())
                .jvmOption("-XX:AOTCache=" + cache).jvmOption("-XX:AOTMode=on")
                .jvmOption("-Xlog:class+load=info:file=" + classLoading).start()) {
            assertAnswers(cached);
            assertThat(sourceOf(classLoading, "org.practiceassistant.PracticeAssistantApplication"))
                    .contains("shared objects file");
            assertThat(sourceOf(classLoading, "org.springframework.boot.SpringApplication"))
                    .contains("shared objects file");
        }
    }

    private static void assertAnswers(PackagedApp app) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.uri("/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(QUESTION)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"found\":true");
        }
    }

    /** The class-loading log's line for this class: "name source: ...", where it was loaded from. */
    private static String sourceOf(Path classLoading, String className) throws IOException {
        try (var lines = Files.lines(classLoading)) {
            return lines.filter(line -> line.contains(" " + className + " source: ")).findFirst().orElse("not loaded");
        }
    }
}
