package org.practiceassistant.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application started as users start it ({@code java -jar target/practice-assistant-*.jar}),
 * with the JDK running the tests (the machine's default {@code java} may be too old), on a free loopback
 * port, its console output kept in a file so tests can read every line it wrote.
 */
public final class PackagedApp implements AutoCloseable {

    private final List<String> command;
    private final Map<String, String> environment;
    private final Path workingDirectory;
    private final Path output;
    private final int port;
    private Process process;

    private PackagedApp(List<String> command, Map<String, String> environment, Path workingDirectory, int port)
            throws IOException {
        this.command = command;
        this.environment = environment;
        this.workingDirectory = workingDirectory;
        this.port = port;
        this.output = Files.createTempFile("practice-assistant", ".log");
        // Kept after close (some tests read the whole log once the application has stopped), gone with the test JVM.
        output.toFile().deleteOnExit();
    }

    /** The application jar built by {@code package} (or the benchmark profile). */
    public static Path jar() {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "practice-assistant-*.jar")) {
            for (Path jar : jars) {
                return jar.toAbsolutePath();
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot list target/", e);
        }
        throw new IllegalStateException("No target/practice-assistant-*.jar: run ./mvnw -B -DskipTests package first");
    }

    /** The same application as {@code package} also lays it out, for the faster start with class data sharing. */
    public static Path laidOutJar() {
        Path jar = Path.of("target", "practice-assistant", "practice-assistant.jar").toAbsolutePath();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": run ./mvnw -B -DskipTests package first");
        }
        return jar;
    }

    /** The java launcher of the JVM running this test (21+, unlike the machine's default java). */
    public static String javaCommand() {
        return ProcessHandle.current().info().command().orElseThrow();
    }

    /** A builder for {@code java [jvmOptions] -jar app.jar --server.port=N [arguments]} in the repository root. */
    public static Builder jarApp() {
        return new Builder();
    }

    public static final class Builder {
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> arguments = new ArrayList<>();
        private final Map<String, String> environment = new LinkedHashMap<>();
        private Path workingDirectory = Path.of("").toAbsolutePath();
        private Integer port;
        private Path jar;

        /** Another jar than {@link #jar()}, for example {@link #laidOutJar()}. */
        public Builder jar(Path application) {
            jar = application;
            return this;
        }

        public Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        /** A Spring property as a command-line argument, for example {@code assistant.state.store=blob}. */
        public Builder property(String name, String value) {
            arguments.add("--" + name + "=" + value);
            return this;
        }

        public Builder env(String name, String value) {
            environment.put(name, value);
            return this;
        }

        public Builder workingDirectory(Path directory) {
            workingDirectory = directory;
            return this;
        }

        public Builder port(int fixedPort) {
            port = fixedPort;
            return this;
        }

        /** Starts the application and waits until it is ready to serve. */
        public PackagedApp start() {
            PackagedApp app = create();
            app.begin();
            app.awaitReady(Duration.ofSeconds(90));
            return app;
        }

        /** Starts the application without waiting (for start-up failures). */
        public PackagedApp launch() {
            PackagedApp app = create();
            app.begin();
            return app;
        }

        private PackagedApp create() {
            try {
                int chosen = port != null ? port : Loopback.freePort();
                List<String> command = new ArrayList<>();
                command.add(javaCommand());
                command.addAll(jvmOptions);
                command.add("-jar");
                command.add((jar != null ? jar : PackagedApp.jar()).toString());
                command.add("--server.port=" + chosen);
                command.add("--server.address=127.0.0.1");
                command.addAll(arguments);
                return new PackagedApp(command, environment, workingDirectory, chosen);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private void begin() {
        try {
            ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start " + command, e);
        }
    }

    /** Stops (gracefully, as a platform would) and starts the same application again on the same port. */
    public void restart() {
        stop();
        begin();
        awaitReady(Duration.ofSeconds(90));
    }

    public void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("The application exited with " + process.exitValue()
                        + " before it was ready:\n" + tail());
                }
                try {
                    var response = client.send(HttpRequest.newBuilder(uri("/actuator/health/readiness")).build(),
                        HttpResponse.BodyHandlers.discarding());
                    if (response.statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                Loopback.pause(250);
            }
        }
        throw new IllegalStateException("The application was not ready within " + timeout + ":\n" + tail());
    }

    /** Waits for the application to exit by itself (a failed start-up) and returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException("Still running after " + timeout + ":\n" + tail());
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    /** Every line the application has written to its console so far. */
    public List<String> outputLines() {
        try {
            return Files.readAllLines(output);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String tail() {
        List<String> lines = outputLines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }

    public void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
    }

}
