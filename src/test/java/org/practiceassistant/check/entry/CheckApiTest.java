package org.practiceassistant.check.entry;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** /api/check over HTTP against the whole application, with the real knowledge pack and jargon list. */
// The controller's per-check line is at debug; shown here so the test sees what it would log.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "logging.level.org.practiceassistant.check.entry.CheckController=debug")
@ExtendWith(OutputCaptureExtension.class)
class CheckApiTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SENTINEL = "Zebedee Quillfeather";

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPlanGetsChecksStatementsAndRubricRows() throws Exception {
        String plan = Files.readString(Path.of("tests-data/check/plans/plan-01-good-headings.txt"));

        HttpResponse<String> response = post(JSON.writeValueAsString(Map.of("kind", "plan", "text", plan)));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.path("checks")).extracting(c -> c.path("id").asString()).contains("danger-goal-pairs", "who-what-when",
                "voice-of-child", "bottom-lines", "contingency", "visits-and-review", "scaling", "network",
                "identity-and-diversity", "shared-with-family", "visits-made");
        JsonNode contingency = find(body.path("checks"), "id", "contingency");
        assertThat(contingency.path("status").asString()).isEqualTo("pass");
        assertThat(contingency.path("evidence").asString()).contains("If Mark comes to the house drunk");
        assertThat(contingency.path("source").asString()).startsWith("Child and Family Plan guidance, What should this include?");
        assertThat(find(body.path("checks"), "id", "visits-made").path("status").asString()).isEqualTo("manual");
        assertThat(body.path("summary").asString()).matches("\\d+ of \\d+ criteria met, 2 need your judgement");

        assertThat(body.path("statements")).hasSize(4);
        assertThat(body.path("statements").path(0).path("kind").asString()).isEqualTo("danger-statement");
        assertThat(body.path("statements").path(0).path("checks")).isNotEmpty();

        JsonNode contingencyRow = find(body.path("rubric"), "criterion", "CP – contingency");
        assertThat(contingencyRow.path("grade").asString()).isEqualTo("Outstanding");
        assertThat(contingencyRow.path("why").asString()).contains("A cogent and clear contingency plan is in place");
        assertThat(contingencyRow.path("section").asString()).isEqualToIgnoringCase("Child protection planning");
        assertThat(find(body.path("rubric"), "criterion", "CP – visits").path("grade").asString()).isEqualTo("manual");
    }

    @Test
    void aWorkersLabelIsNotTheDraftAndEvidenceIsQuotedOnce() throws Exception {
        String draft = "WS (CIN) = Nursery and Gran are worried that Dad tells Zac he is \"useless\" most mornings. "
                + "If nothing changes Zac could stop trying at nursery and feel bad about himself.";

        JsonNode body = JSON.readTree(post(JSON.writeValueAsString(Map.of("kind", "worry-statement", "text", draft))).body());

        assertThat(find(body.path("checks"), "id", "jargon-free").path("status").asString()).isEqualTo("pass");
        body.path("checks").forEach(check -> assertThat(check.path("evidence").asString()).doesNotContain("\"\""));
    }

    @Test
    void aPlanWithoutContingencySupportsInadequateOnThatRow() throws Exception {
        String plan = Files.readString(Path.of("tests-data/check/plans/plan-02-poor-minimal.txt"));

        JsonNode body = JSON.readTree(post(JSON.writeValueAsString(Map.of("kind", "plan", "text", plan))).body());

        assertThat(find(body.path("rubric"), "criterion", "CP – contingency").path("grade").asString()).isEqualTo("Inadequate");
    }

    @Test
    void aDangerStatementIsCheckedOnItsOwn() throws Exception {
        HttpResponse<String> response = post("{\"kind\":\"danger-statement\",\"text\":\"Concerns around DV.\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(response.body());
        assertThat(find(body.path("checks"), "id", "specific-behaviour").path("status").asString()).isEqualTo("fail");
        assertThat(find(body.path("checks"), "id", "jargon-free").path("evidence").asString()).contains("DV");
        assertThat(body.path("statements")).isEmpty();
        assertThat(body.path("rubric")).hasSize(1);
        assertThat(body.path("rubric").path(0).path("criterion").asString()).isEqualTo("Analysis and plans");
        assertThat(body.path("rubric").path(0).path("grade").asString()).isEqualTo("manual");
    }

    @Test
    void worryStatementsAndWellbeingAndSuccessGoalsAreKindsOfTheirOwnInTheServicesWords() throws Exception {
        JsonNode worry = JSON.readTree(post("{\"kind\":\"worry-statement\",\"text\":\"We are worried about Mum's drinking, "
                + "her depression, the state of the house and that Ella misses school.\"}").body());
        assertThat(worry.path("kind").asString()).isEqualTo("worry-statement");
        assertThat(find(worry.path("checks"), "id", "who-is-worried").path("source").asString()).contains("Worry Statement");
        assertThat(find(worry.path("checks"), "id", "one-worry-per-statement").path("advice").asString())
                .contains("worry statement").contains("wellbeing goal").doesNotContain("danger");

        JsonNode wellbeing = JSON.readTree(post("{\"kind\":\"wellbeing-goal\",\"text\":\"Mum will engage with services.\"}").body());
        assertThat(wellbeing.path("kind").asString()).isEqualTo("wellbeing-goal");
        assertThat(find(wellbeing.path("checks"), "id", "child-outcome").path("advice").asString()).contains("wellbeing goal")
                .contains("healthy and well");
        assertThat(find(wellbeing.path("checks"), "id", "observable-behaviour").path("source").asString()).contains("Wellbeing Goal");
        assertThat(find(wellbeing.path("rubric"), "criterion", "Outcomes").path("grade").asString()).isEqualTo("Inadequate");

        JsonNode success = JSON.readTree(post("{\"kind\":\"success-goal\",\"text\":\"Dev will ring Sam every evening.\"}").body());
        assertThat(success.path("kind").asString()).isEqualTo("success-goal");
        assertThat(find(success.path("checks"), "id", "who-will-act").path("status").asString()).isEqualTo("pass");
    }

    @Test
    void badInputIsAProblemNotAnError() throws Exception {
        assertProblem(post("{\"kind\":\"plan\",\"text\":\"   \"}"), "no text");
        assertProblem(post("{\"kind\":\"poem\",\"text\":\"Roses are red\"}"), "Unknown kind");
        assertProblem(post("{\"text\":\"We are worried.\"}"), "kind");
        assertProblem(post(JSON.writeValueAsString(Map.of("kind", "plan", "text", "a".repeat(50_001)))), "50000");
        assertProblem(post("{\"kind\":\"plan\",\"text\":"), "JSON");
        assertProblem(post("[1,2,3]"), "JSON");
    }

    @Test
    void theDraftNeverReachesTheLog(CapturedOutput output) throws Exception {
        post(JSON.writeValueAsString(Map.of("kind", "danger-statement", "text", "We are worried that " + SENTINEL + " hit Jack.")));
        post("{\"kind\":\"plan\",\"text\":\"" + SENTINEL + " \"broken");

        assertThat(output.getAll()).contains("Checked a danger-statement").doesNotContain(SENTINEL);
    }

    private static void assertProblem(HttpResponse<String> response, String detailContains) {
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).contains(detailContains);
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode node : array) {
            if (node.path(field).asString().equals(value)) {
                return node;
            }
        }
        throw new AssertionError("no element with " + field + " = " + value + " in " + array);
    }

    private HttpResponse<String> post(String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/check"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
