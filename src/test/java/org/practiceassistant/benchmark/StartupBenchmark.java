package org.practiceassistant.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practiceassistant.system.Loopback;
import org.practiceassistant.system.PackagedApp;
import org.springframework.util.FileSystemUtils;

/**
 * How soon the packaged application answers after it is launched, started the ways the README gives: the jar as
 * built ({@code java -jar target/practice-assistant-*.jar}), and the faster starts of the jar as {@code package} also
 * lays it out in {@code target/practice-assistant/}: with class data sharing and, on a JDK 25 or newer, with the
 * ahead-of-time cache (JEP 483/514/515: linked classes and method profiles, not only parsed classes). For each
 * start: launch to the first
 * answer of POST /api/ask, launch to ranking by meaning too (the health endpoint's {@code semanticSearch} UP), and
 * the CPU time the application had used by its first answer, which says more than the wall-clock time on a machine
 * other builds share. The passage vectors are always cached (their own folder, which no other build's pack can
 * replace), as the target is set for.
 *
 * <p>The starts alternate between the ways, so all see the same machine, and each line says the load average
 * when it started. Run with {@code ./mvnw -B -Pbenchmark test -Dtest=StartupBenchmark}; {@code -Dstartup.runs=5}
 * for more starts (3 by default).
 */
class StartupBenchmark {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void printFigures() throws Exception {
        int runs = Integer.getInteger("startup.runs", 3);
        boolean aheadOfTime = Runtime.version().feature() >= 25;
        Path work = Files.createTempDirectory("startup-benchmark");
        try {
            Path vectors = work.resolve("vectors");
            Path laidOut = layOut(PackagedApp.jar(), work.resolve("practice-assistant"));
            Path archive = laidOut.getParent().resolve("application.jsa");
            List<String> asBuilt = List.of("-jar", PackagedApp.jar().toString());
            List<String> shared = List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive,
                    "-jar", laidOut.toString());
            Path cache = laidOut.getParent().resolve("application.aot");
            List<String> cached = List.of("-XX:AOTCache=" + cache, "-jar", laidOut.toString());

            // A start that embeds the passages and caches their vectors, not timed: every timed start has them cached.
            start(asBuilt, vectors);
            // The first start the faster way writes the class-data archive when it stops: the cost a fresh machine
            // pays once, and again after each build.
            Start first = start(shared, vectors);
            long archiveBytes = Files.exists(archive) ? Files.size(archive) : 0;
            // The ahead-of-time cache's training start, as the README gives it: a start that answers and is stopped, the
            // JVM then writing the cache (a child JVM assembles it, which the stop time includes).
            Start training = aheadOfTime ? start(List.of("-XX:AOTCacheOutput=" + cache, "-jar", laidOut.toString()), vectors)
                    : null;
            long cacheBytes = Files.exists(cache) ? Files.size(cache) : 0;
            Map<String, List<Start>> starts = new TreeMap<>();
            for (int run = 0; run < runs; run++) {
                starts.computeIfAbsent("java -jar target/practice-assistant-*.jar", way -> new ArrayList<>())
                        .add(start(asBuilt, vectors));
                starts.computeIfAbsent("class data sharing, target/practice-assistant/", way -> new ArrayList<>())
                        .add(start(shared, vectors));
                if (aheadOfTime) {
                    starts.computeIfAbsent("AOT cache, target/practice-assistant/", way -> new ArrayList<>())
                            .add(start(cached, vectors));
                }
            }

            System.out.println();
            System.out.println("==== Start-up benchmark (passage vectors cached) ====");
            System.out.printf(Locale.ROOT, "processors %d; JDK %s%n", Runtime.getRuntime().availableProcessors(),
                    Runtime.version());
            System.out.printf(Locale.ROOT, "first start with class data sharing (no archive yet; it is written at exit, %d MB, in"
                    + " %.1f s): %s%n", archiveBytes / 1_000_000, first.stopSeconds(), first);
            if (training != null) {
                System.out.printf(Locale.ROOT, "training start for the AOT cache (written at exit, %d MB, in %.1f s): %s%n",
                        cacheBytes / 1_000_000, training.stopSeconds(), training);
            }
            starts.forEach((way, list) -> {
                System.out.println(way + ":");
                list.forEach(start -> System.out.println("  " + start));
                System.out.printf(Locale.ROOT, "  median: first answer %.1f s, ranking by meaning %.1f s, CPU by the first answer %.1f s%n",
                        median(list.stream().map(Start::answerSeconds).toList()),
                        median(list.stream().map(Start::meaningSeconds).toList()),
                        median(list.stream().map(Start::cpuSeconds).toList()));
            });
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** The layout {@code package} makes in {@code target/practice-assistant/}, made here from the jar under test. */
    private static Path layOut(Path jar, Path destination) throws IOException, InterruptedException {
        Process extract = new ProcessBuilder(PackagedApp.javaCommand(), "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", destination.toString(), "--application-filename", "practice-assistant.jar")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!extract.waitFor(120, TimeUnit.SECONDS) || extract.exitValue() != 0) {
            throw new IllegalStateException("could not lay the jar out in " + destination);
        }
        return destination.resolve("practice-assistant.jar");
    }

    /** One start, timed from launch; stopped (gracefully) once it ranks by meaning. */
    private Start start(List<String> launch, Path vectors) throws IOException, InterruptedException {
        int port = Loopback.freePort();
        List<String> command = new ArrayList<>(List.of(PackagedApp.javaCommand()));
        command.addAll(launch);
        command.addAll(List.of("--server.port=" + port, "--server.address=127.0.0.1",
                "--assistant.ask.semantic.cache-dir=" + vectors));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            URI ask = URI.create("http://127.0.0.1:" + port + "/api/ask");
            URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");
            waitUntil(process, () -> post(ask));
            double answer = (System.nanoTime() - launched) / 1e9;
            double cpu = process.toHandle().info().totalCpuDuration().map(Duration::toMillis).orElse(0L) / 1000.0;
            waitUntil(process, () -> get(health).contains("\"semanticSearch\":{\"status\":\"UP\""));
            double meaning = (System.nanoTime() - launched) / 1e9;
            long stopping = System.nanoTime();
            process.destroy();
            process.waitFor(180, TimeUnit.SECONDS);
            return new Start(load, answer, meaning, cpu, (System.nanoTime() - stopping) / 1e9);
        } finally {
            process.destroyForcibly();
        }
    }

    private boolean post(URI ask) {
        try {
            return http.send(HttpRequest.newBuilder(ask).header("Content-Type", "application/json").timeout(Duration.ofSeconds(5))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"question\":\"what is a genogram?\",\"limit\":1}")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String get(URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException notYet) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Polls every 10 ms, for at most 120 s, while the application runs. */
    private static void waitUntil(Process process, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped during start-up (exit " + process.exitValue() + ")");
            }
            if (done.getAsBoolean()) {
                return;
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the application did not start within 120 s");
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    /** One start's figures, in seconds from launch. */
    private record Start(double load, double answerSeconds, double meaningSeconds, double cpuSeconds, double stopSeconds) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "first answer %.1f s, ranking by meaning %.1f s, CPU by the first answer %.1f s"
                    + " (load average %.1f at launch)", answerSeconds, meaningSeconds, cpuSeconds, load);
        }
    }
}
