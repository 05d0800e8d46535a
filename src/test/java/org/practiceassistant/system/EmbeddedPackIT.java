package org.practiceassistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A newcomer's first run: {@code java -jar} from a folder that holds nothing, no settings. The jar carries
 * its knowledge pack, so it starts and answers from it.
 */
class EmbeddedPackIT {

    @TempDir
    Path emptyFolder;

    @Test
    void thePackagedJarStartedInAnEmptyFolderAnswersFromItsEmbeddedPack() throws Exception {
        try (var listing = Files.list(emptyFolder)) {
            assertThat(listing).as("the working folder is empty").isEmpty();
        }
        try (PackagedApp app = PackagedApp.jarApp().workingDirectory(emptyFolder).start();
                HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(app.uri("/api/ask"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"question\": \"How many days before the conference does the family get the report?\"}"))
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode answer = JsonMapper.builder().build().readTree(response.body());
            assertThat(answer.get("found").asBoolean()).isTrue();
            assertThat(answer.get("answers").get(0).get("id").asString()).startsWith("handbook/11-child-protection#");
            assertThat(String.join("\n", app.outputLines()))
                    .contains("Knowledge pack loaded from the application (embedded) at jar:")
                    .contains("!BOOT-INF/classes/!/knowledge");
        }
    }
}
