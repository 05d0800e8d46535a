package org.practiceassistant.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * pack, its ENTRYPOINT started there with its ENV, and its HEALTHCHECK command run against it.
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
        // The runtime stage's training start (the faster start's ahead-of-time cache), run as the image build runs it.
        String training = dockerfile.runtime().args("RUN").stream().filter(run -> run.startsWith("java ")).findFirst()
            .orElseThrow(() -> new AssertionError("the runtime stage writes no ahead-of-time cache"));
        ProcessBuilder train = new ProcessBuilder(command(PackagedApp.javaCommand(), training.substring("java ".length())))
            .directory(app.toFile()).redirectErrorStream(true).redirectOutput(temp.resolve("training.log").toFile());
        dockerfile.env().forEach((name, value) -> train.environment().put(name, value));
        train.environment().put("ASSISTANT_KNOWLEDGE_PATH", app.resolve("knowledge").toString());
        train.environment().put("SERVER_PORT", Integer.toString(port));
        train.environment().put("SERVER_ADDRESS", "127.0.0.1");
        train.environment().remove("JAVA_TOOL_OPTIONS");
        Process trained = train.start();
        assertThat(trained.waitFor(3, TimeUnit.MINUTES)).as("the training start stops by itself").isTrue();
        assertThat(trained.exitValue()).as("training start exit code; log:\n%s", Files.readString(temp.resolve("training.log")))
            .isZero();
        assertThat(app.resolve("application.aot")).as("the cache the ENTRYPOINT maps").isNotEmptyFile();

        List<String> entrypoint = jsonArray(dockerfile.runtime().args("ENTRYPOINT").getFirst());
        entrypoint.set(0, PackagedApp.javaCommand());
        ProcessBuilder start = new ProcessBuilder(entrypoint).directory(app.toFile()).redirectErrorStream(true)
            .redirectOutput(temp.resolve("app.log").toFile());
        dockerfile.env().forEach((name, value) -> start.environment().put(name, value));
        start.environment().put("ASSISTANT_KNOWLEDGE_PATH", app.resolve("knowledge").toString());
        start.environment().put("SERVER_PORT", Integer.toString(port));
        start.environment().put("SERVER_ADDRESS", "127.0.0.1");
        start.environment().remove("JAVA_TOOL_OPTIONS");
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
        } finally {
            running.destroy();
            running.waitFor(30, TimeUnit.SECONDS);
        }
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
