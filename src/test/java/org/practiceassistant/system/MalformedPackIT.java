package org.practiceassistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.FileSystemUtils;

/** The packaged application, given a broken knowledge pack, stops at start-up naming the file and the line. */
class MalformedPackIT {

    @TempDir
    Path temp;

    @Test
    void aBrokenPackFileStopsStartUpWithItsFileAndLine() throws IOException {
        Path pack = temp.resolve("knowledge");
        FileSystemUtils.copyRecursively(Path.of("knowledge"), pack);
        Path glossary = pack.resolve("handbook/glossary.yaml");
        Files.writeString(glossary, "\nbroken: [never closed\n", java.nio.file.StandardOpenOption.APPEND);
        long brokenLine = Files.readAllLines(glossary).size();

        try (PackagedApp app = PackagedApp.jarApp().property("assistant.knowledge.path", pack.toString()).launch()) {
            assertThat(app.awaitExit(Duration.ofSeconds(90))).as("exit code").isNotZero();
            assertThat(String.join("\n", app.outputLines()))
                .containsPattern("glossary\\.yaml line (" + brokenLine + "|" + (brokenLine + 1) + ")")
                .doesNotContain("Tomcat started on port");
        }
    }

}
