package org.practiceassistant.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceassistant.system.Loopback;
import org.practiceassistant.system.PackagedApp;
import org.springframework.util.FileSystemUtils;

/**
 * What the image's last two stages do, done here without a container engine: the Dockerfile's own
 * {@code extract} command on the packaged jar, its four layers copied into one folder with the knowledge
 * pack, its starts at build time (Ask's passage vectors, the ahead-of-time cache) run there, its ENTRYPOINT started there
 * with its ENV, and its HEALTHCHECK command run against it.
 */
class DockerImageLayoutIT {

    @TempDir
    Path temp;

    @Test
    void theExtractedLayersStartAndPassTheHealthCheck() throws Exception {
        Dockerfile dockerfile = Dockerfile.parse();
        Path layers = temp.resolve("layers");
        Files.createDirectories(layers);
        Files.copy(PackagedApp.jar(), layers.resolve("application.jar"));
        String extract = dockerfile.stage("layers").args("RUN").getFirst();
        assertThat(extract).startsWith("java ");
        assertThat(run(layers, command(PackagedApp.javaCommand(), extract.substring("java ".length())), Duration.ofMinutes(2)))
            .as("extract exit code").isZero();

        Path app = temp.resolve("app");
        for (String copy : dockerfile.runtime().args("COPY")) {
            // The parser gives the arguments without flags: "/layers/..." is COPY --from=layers.
            if (copy.startsWith("/layers/")) {
                String source = copy.split("\\s+")[0].replaceFirst("^/layers/", "");
                FileSystemUtils.copyRecursively(layers.resolve(source), app);
            } else if (copy.startsWith("knowledge/")) {
                FileSystemUtils.copyRecursively(Path.of("knowledge"), app.resolve("knowledge"));
            }
        }

        int port = Loopback.freePort();
        // The runtime stage's starts at build time, run in order as the image build runs them: the one that writes Ask's
        // passage vectors into the image, then the training start of the faster start's ahead-of-time cache.
        List<String> buildStarts = dockerfile.runtime().args("RUN").stream().filter(run -> run.startsWith("java ")).toList();
        assertThat(buildStarts).as("the runtime stage's starts at build time").hasSize(2);
        for (int i = 0; i < buildStarts.size(); i++) {
            String buildStart = inApp(buildStarts.get(i), app);
            Path log = temp.resolve("build-start-" + i + ".log");
            ProcessBuilder train = new ProcessBuilder(command(PackagedApp.javaCommand(), buildStart.substring("java ".length())))
                .directory(app.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
            environment(train, dockerfile, app, port);
            Process trained = train.start();
            assertThat(trained.waitFor(5, TimeUnit.MINUTES)).as("the start at build time stops by itself: %s", buildStart)
                .isTrue();
            assertThat(trained.exitValue()).as("exit code of %s; log:\n%s", buildStart, Files.readString(log)).isZero();
        }
        assertThat(app.resolve("application.aot")).as("the cache the ENTRYPOINT maps").isNotEmptyFile();
        Path vectors = Path.of(inApp(dockerfile.env().get("ASSISTANT_ASK_SEMANTIC_PREBUILTCACHEDIR"), app));
        List<Path> vectorFiles;
        try (var files = Files.list(vectors)) {
            vectorFiles = files.toList();
        }
        assertThat(vectorFiles).as("Ask's passage vectors in the image").singleElement()
            .satisfies(file -> assertThat(file.getFileName().toString()).endsWith(".vectors"))
            .satisfies(file -> assertThat(Files.getPosixFilePermissions(file))
                .as("readable by the container's user, not the build's").contains(PosixFilePermission.OTHERS_READ));
        // The container's user cannot write into the image's folders: the vectors must serve read-only.
        for (Path file : vectorFiles) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        }
        Files.setPosixFilePermissions(vectors, PosixFilePermissions.fromString("r-xr-xr-x"));

        List<String> entrypoint = jsonArray(dockerfile.runtime().args("ENTRYPOINT").getFirst());
        entrypoint.set(0, PackagedApp.javaCommand());
        ProcessBuilder start = new ProcessBuilder(entrypoint).directory(app.toFile()).redirectErrorStream(true)
            .redirectOutput(temp.resolve("app.log").toFile());
        environment(start, dockerfile, app, port);
        Process running = start.start();
        try {
            List<String> healthCheck = jsonArray(dockerfile.runtime().args("HEALTHCHECK").getFirst()
                .replaceFirst("^.*CMD\\s+", "").replace("3978", Integer.toString(port)));
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            int status = -1;
            while (status != 0 && Instant.now().isBefore(deadline) && running.isAlive()) {
                Loopback.pause(500);
                status = run(temp, healthCheck, Duration.ofSeconds(10));
            }
            assertThat(status).as("the HEALTHCHECK command passes; app log:\n%s",
                Files.exists(temp.resolve("app.log")) ? Files.readString(temp.resolve("app.log")) : "").isZero();
            // Ranking by meaning is ready from the image's vectors, not from a minute of embedding in the container.
            Instant semanticDeadline = Instant.now().plus(Duration.ofSeconds(60));
            while (!Files.readString(temp.resolve("app.log")).contains("Ask semantic index ready")
                && Instant.now().isBefore(semanticDeadline) && running.isAlive()) {
                Loopback.pause(250);
            }
            assertThat(Files.readString(temp.resolve("app.log"))).contains("(vectors from the cache)");
        } finally {
            running.destroy();
            running.waitFor(30, TimeUnit.SECONDS);
            Files.setPosixFilePermissions(vectors, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** The image's ENV, its paths in /app/ moved to this test's layout, on a free loopback port. */
    private static void environment(ProcessBuilder process, Dockerfile dockerfile, Path app, int port) {
        dockerfile.env().forEach((name, value) -> process.environment().put(name, inApp(value, app)));
        process.environment().put("SERVER_PORT", Integer.toString(port));
        process.environment().put("SERVER_ADDRESS", "127.0.0.1");
        process.environment().remove("JAVA_TOOL_OPTIONS");
    }

    /** The image's /app/ paths in this test's layout. */
    private static String inApp(String text, Path app) {
        return text.replace("/app/", app + "/");
    }

    private static List<String> command(String first, String rest) {
        List<String> command = new ArrayList<>();
        command.add(first);
        command.addAll(List.of(rest.trim().split("\\s+")));
        return command;
    }

    /** An exec-form instruction's JSON array, for example {@code ["java", "-jar", "application.jar"]}. */
    private static List<String> jsonArray(String json) throws IOException {
        List<String> items = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(json).forEach(node -> items.add(node.asText()));
        return items;
    }

    private static int run(Path directory, List<String> command, Duration timeout) throws Exception {
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }

}
