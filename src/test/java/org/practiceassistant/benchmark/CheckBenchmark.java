package org.practiceassistant.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckQualitySet;
import org.practiceassistant.check.DraftChecker;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Check quality and speed: agreement with the auditor's labels in tests-data/check (per check, overall,
 * held-out), auditor-inadequate drafts that pass every check (target 0), and /api/check latency for a
 * two-page plan over HTTP against the running application (target p99 <= 20 ms).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CheckBenchmark {

    private static final int WARM_UP = 300;
    private static final int MEASURED = 2000;

    @LocalServerPort
    int port;

    @Autowired
    DraftChecker checker;

    @Test
    void agreementAndLatency() throws Exception {
        List<CheckQualitySet.Entry> entries = CheckQualitySet.load();
        CheckQualitySet.Agreement all = CheckQualitySet.measure(checker, entries);
        CheckQualitySet.Agreement heldOut = CheckQualitySet.measure(checker, entries.stream().filter(CheckQualitySet.Entry::heldOut).toList());

        System.out.println();
        System.out.println("=== CheckBenchmark: agreement with auditor labels (" + entries.size() + " drafts, "
                + entries.stream().filter(CheckQualitySet.Entry::heldOut).count() + " held out) ===");
        all.perCheck().forEach((check, counts) -> System.out.printf("  %-45s %3d/%-3d %6.1f%%   held-out %s%n", check, counts[0],
                counts[1], 100.0 * counts[0] / counts[1], heldOutFigure(heldOut.perCheck().get(check))));
        System.out.printf("  overall                                       %d/%d %6.1f%%%n", all.agreed(), all.total(), 100 * all.overall());
        System.out.printf("  held-out                                      %d/%d %6.1f%%%n", all.heldOutAgreed(), all.heldOutTotal(), 100 * all.heldOut());
        System.out.println("  auditor-inadequate drafts passing every check: " + all.inadequatePassing().size() + " " + all.inadequatePassing());
        all.disagreements().forEach(d -> System.out.println("  disagreement: " + d.entry() + " " + d.criterion() + " expected "
                + d.expected() + " got " + d.actual()));

        String plan = Files.readString(Path.of("tests-data/check/plans/plan-01-good-headings.txt"));
        String body = JsonMapper.builder().build().writeValueAsString(Map.of("kind", "plan", "text", plan));
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        for (int i = 0; i < WARM_UP; i++) {
            assertThat(http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos[i] = System.nanoTime() - started;
            assertThat(response.statusCode()).isEqualTo(200);
        }
        Arrays.sort(nanos);
        long[] inProcess = new long[MEASURED];
        long[] cpu = new long[MEASURED];
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < MEASURED; i++) {
            long started = System.nanoTime();
            long cpuStarted = threads.getCurrentThreadCpuTime();
            checker.check(org.practiceassistant.check.DraftKind.PLAN, plan);
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuStarted;
            inProcess[i] = System.nanoTime() - started;
        }
        Arrays.sort(inProcess);
        Arrays.sort(cpu);
        // On a shared machine the wall-clock tail is mostly waiting for a core; CPU time shows the work itself.
        System.out.printf("=== checker alone (no HTTP), same plan: wall p50 %.2f ms, p99 %.2f ms; CPU p50 %.2f ms, p99 %.2f ms; "
                        + "machine load average %.1f on %d cores ===%n",
                inProcess[MEASURED / 2] / 1e6, inProcess[(int) (MEASURED * 0.99)] / 1e6, cpu[MEASURED / 2] / 1e6,
                cpu[(int) (MEASURED * 0.99)] / 1e6,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        System.out.printf("=== /api/check latency, plan of %d words (%d characters), %d requests over HTTP: p50 %.2f ms, p99 %.2f ms, max %.2f ms ===%n",
                plan.split("\\s+").length, plan.length(), MEASURED, nanos[MEASURED / 2] / 1e6, nanos[(int) (MEASURED * 0.99)] / 1e6,
                nanos[MEASURED - 1] / 1e6);
        System.out.println();
    }

    private static String heldOutFigure(int[] counts) {
        return counts == null ? "-" : counts[0] + "/" + counts[1];
    }
}
