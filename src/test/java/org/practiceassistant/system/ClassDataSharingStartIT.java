package org.practiceassistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's faster start: the application as {@code package} lays it out in {@code target/practice-assistant/},
 * started with class data sharing ({@code -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=...}) on a machine
 * with no archive yet. It must serve as the jar does (Ask answers, the Teams bot builds: every library is on the
 * JVM's own class path here, not inside the jar), and write the archive when it stops, for the next start.
 */
class ClassDataSharingStartIT {

    @Test
    void theLaidOutApplicationServesAndWritesItsArchiveWhenItStops(@TempDir Path folder) throws Exception {
        Path archive = folder.resolve("application.jsa");
        try (PackagedApp app = PackagedApp.jarApp().jar(PackagedApp.laidOutJar())
                .jvmOption("-XX:+AutoCreateSharedArchive").jvmOption("-XX:SharedArchiveFile=" + archive)
                .start();
             HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(app.uri("/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"what is a genogram?\",\"limit\":1}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"found\":true");
            assertThat(awaitHealth(http, app, "\"teamsBot\":{\"status\":\"UP\"")).isTrue();
            assertThat(archive).doesNotExist();
        }
        // Written as the JVM exits, after a graceful stop (as Ctrl-C or a platform's SIGTERM gives).
        assertThat(archive).isRegularFile();
        assertThat(Files.size(archive)).isGreaterThan(1_000_000);
    }

    private static boolean awaitHealth(HttpClient http, PackagedApp app, String component) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            String health = http.send(HttpRequest.newBuilder(app.uri("/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            if (health.contains(component)) {
                return true;
            }
            Loopback.pause(100);
        }
        return false;
    }
}
