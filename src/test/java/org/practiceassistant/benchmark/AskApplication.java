package org.practiceassistant.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.practiceassistant.ask.Answer;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.system.PackagedApp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The application in its own JVM, on the test class path, as the Ask benchmarks drive it over HTTP: started
 * the way a user starts it, with Tomcat logging how long each timed request took inside it.
 */
final class AskApplication implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Marks the timed requests, so the application's access log can tell them from the warm-up. */
    static final String TIMING_HEADER = "X-Benchmark-Pass";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Process process;
    private final Path tomcat;
    private final Path log;
    private final URI ask;
    private final URI health;
    /** When the process was launched, for the times to ready. */
    final long launched;

    private AskApplication(Process process, Path tomcat, Path log, int port, long launched) {
        this.process = process;
        this.tomcat = tomcat;
        this.log = log;
        this.ask = URI.create("http://localhost:" + port + "/api/ask");
        this.health = URI.create("http://localhost:" + port + "/actuator/health");
        this.launched = launched;
    }

    /** Starts the application; JVM options from {@code -Dask.app.options="-Xms512m -Xmx512m"}. */
    static AskApplication start(String... arguments) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path tomcat = Files.createTempDirectory("ask-benchmark-tomcat");
        Path log = Files.createTempFile("ask-benchmark-app", ".log");
        List<String> command = new ArrayList<>(List.of(PackagedApp.javaCommand()));
        for (String option : System.getProperty("ask.app.options", "").split(" ")) {
            if (!option.isBlank()) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "org.practiceassistant.PracticeAssistantApplication", "--server.port=" + port,
                // Room for every timed answer, so a cached pass finds them all after the warm-up's.
                "--assistant.ask.cache.maximum-size=10000",
                // Tomcat logs how long each timed request took inside the application (%D, microseconds).
                "--server.tomcat.basedir=" + tomcat, "--server.tomcat.accesslog.enabled=true",
                "--server.tomcat.accesslog.buffered=false",
                "--server.tomcat.accesslog.pattern=%{" + TIMING_HEADER + "}i %D"));
        command.addAll(List.of(arguments));
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new AskApplication(process, tomcat, log, port, launched);
    }

    /** Milliseconds from launch until the first answer of /api/ask. */
    double waitUntilAnswering() throws InterruptedException {
        waitUntil("answering", () -> {
            post("what is a genogram?", 1);
            return true;
        });
        return (System.nanoTime() - launched) / 1e6;
    }

    /** Milliseconds from launch until the health endpoint says Ask ranks by meaning too. */
    double waitUntilRankingByMeaning() throws InterruptedException {
        waitUntil("ranking by meaning", () -> {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                return "UP".equals(JSON.readTree(response.body()).path("components").path("semanticSearch")
                        .path("status").asString());
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
        return (System.nanoTime() - launched) / 1e6;
    }

    /** The application's own log line saying how its semantic index was built (from the cache or embedded). */
    String semanticIndexLogLine() throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("Ask semantic index ready")).findFirst()
                    .map(line -> line.substring(line.indexOf("Ask semantic index ready")))
                    .orElse("(no 'semantic index ready' line in the application log)");
        }
    }

    /** Polls until {@code done} says so (a failure counts as not yet), for at most 120 s, while the application runs. */
    private void waitUntil(String what, java.util.function.BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped before " + what);
            }
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException notYet) {
                // not yet
            }
            Thread.sleep(10);
        }
        throw new IllegalStateException("the application was not " + what + " within 120 s");
    }

    AskResult post(String question, int limit) {
        JsonNode json = JSON.readTree(exchange(question, limit, "-"));
        List<Answer> answers = new ArrayList<>();
        for (JsonNode answer : json.get("answers")) {
            answers.add(new Answer(answer.path("id").asString(), answer.get("text").asString(),
                    answer.get("document").asString(), answer.get("section").asString(), answer.get("score").asDouble()));
        }
        return new AskResult(json.get("found").asBoolean(), answers, List.of());
    }

    /** One POST, returning the body: what is timed (the client's parsing of the answer is not). */
    String exchange(String question, int limit, String pass) {
        try {
            String body = JSON.writeValueAsString(Map.of("question", question, "limit", limit));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(ask)
                    .header("Content-Type", "application/json").header(TIMING_HEADER, pass).timeout(Duration.ofSeconds(10))
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach the application", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The client-side time of each question, asked once with this limit and marked with this pass. */
    List<Double> time(List<String> questions, int limit, String pass) {
        List<Double> millis = new ArrayList<>();
        for (String question : questions) {
            long start = System.nanoTime();
            exchange(question, limit, pass);
            millis.add((System.nanoTime() - start) / 1e6);
        }
        return millis;
    }

    /**
     * Tomcat's own time for each timed request, in milliseconds, by pass. Tomcat writes a request's line just
     * after its response, so the last pass's lines may lag a moment: waits until {@code lastPass} has
     * {@code lastPassSize} lines.
     */
    Map<String, List<Double>> serverTimes(String lastPass, int lastPassSize) throws IOException, InterruptedException {
        Map<String, List<Double>> times = Map.of();
        for (int attempt = 0; attempt < 20 && times.getOrDefault(lastPass, List.of()).size() < lastPassSize; attempt++) {
            Thread.sleep(attempt == 0 ? 0 : 100);
            times = new java.util.TreeMap<>();
            try (Stream<Path> logs = Files.list(tomcat.resolve("logs"))) {
                for (Path file : logs.toList()) {
                    for (String line : Files.readAllLines(file)) {
                        String[] fields = line.split(" ");
                        if (fields.length == 2 && !fields[0].equals("-")) {
                            times.computeIfAbsent(fields[0], pass -> new ArrayList<>()).add(Long.parseLong(fields[1]) / 1000.0);
                        }
                    }
                }
            }
        }
        return times;
    }

    static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }

    @Override
    public void close() throws InterruptedException, IOException {
        process.destroy();
        process.waitFor();
        org.springframework.util.FileSystemUtils.deleteRecursively(tomcat);
        Files.deleteIfExists(log);
    }
}
