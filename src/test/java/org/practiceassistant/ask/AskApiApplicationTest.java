package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** /api/ask on the whole application, over real HTTP on a random port, with the real knowledge pack. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AskApiApplicationTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> post(String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/ask"))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersAPracticeQuestionWithACitedPassage() throws Exception {
        HttpResponse<String> response = post("application/json",
                "{\"question\": \"how soon after allocation does the TAF meeting need to happen?\", \"limit\": 2}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"found\":true")
                .contains("within 6 days of it being allocated to a family worker")
                .contains("\"document\":\"Practice handbook\"")
                .contains("Team Around the Family (TAF) Meetings");
    }

    @Test
    void ranksByMeaningOnceTheModelHasLoadedInTheBackground() throws Exception {
        URI health = URI.create("http://localhost:" + port + "/actuator/health");
        String body = "";
        for (long deadline = System.nanoTime() + 120_000_000_000L; System.nanoTime() < deadline; Thread.sleep(100)) {
            body = http.send(HttpRequest.newBuilder(health).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
            if (body.contains("\"semanticSearch\":{\"status\":\"UP\"}")) {
                break;
            }
        }
        assertThat(body).contains("\"semanticSearch\":{\"status\":\"UP\"}");

        // Shares almost no words with the passage that answers it: by words alone it is "not found".
        HttpResponse<String> response = post("application/json",
                "{\"question\": \"what if I can't get hold of the family about a referral?\"}");
        assertThat(response.body()).contains("\"found\":true").contains("write a letter asking them to call us");
    }

    @Test
    void correctsAMisspeltQuestionAndSaysWhatItSearchedFor() throws Exception {
        HttpResponse<String> response = post("application/json",
                "{\"question\": \"how soon after allocaton does the TAF meetting need to happen\", \"limit\": 2}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"found\":true")
                .contains("within 6 days of it being allocated to a family worker")
                .contains("\"searchedFor\":\"how soon after allocation does the TAF meeting need to happen\"")
                .contains("{\"typed\":\"allocaton\",\"corrected\":\"allocation\"}")
                .contains("{\"typed\":\"meetting\",\"corrected\":\"meeting\"}");

        HttpResponse<String> asTyped = post("application/json",
                "{\"question\": \"how soon after allocaton does the TAF meetting need to happen\", \"asTyped\": true}");
        assertThat(asTyped.body()).contains("\"searchedFor\":\"\"").contains("\"corrections\":[]");
    }

    /** A pasted link's address is no words of the question: here its words name a subject the pack says it does not cover. */
    @Test
    void searchesTheQuestionsWordsNotAPastedLinksAddress() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"question\": \"how soon after allocation does the TAF"
                + " meeting need to happen? see <a href='https://intranet.example/pension-salary-payslip'>this page</a>\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"found\":true").contains("within 6 days of it being allocated to a family worker");
    }

    @Test
    void saysSoWhenThePackDoesNotCoverTheQuestion() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"question\": \"how do I reset my laptop password?\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"found\":false").contains("\"answers\":[]");
    }

    @Test
    void neverLogsTheQuestion(CapturedOutput output) throws Exception {
        // Debug level for our code only, and only for this test: logging levels outlive a test context.
        LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
        logging.setLogLevel("org.practiceassistant", LogLevel.DEBUG);
        try {
            String sentinel = "Zebediah Quillfeather";
            post("application/json", "{\"question\": \"" + sentinel + " was hurt: what is a safety plan?\"}");
            post("application/json", "{\"question\": \"" + sentinel + " laptop\"}");
            post("application/json", "{\"question\": \"" + sentinel);
            post("application/json", "{\"question\": \"" + sentinel + "\", \"limit\": 99}");

            assertThat(output.getAll()).contains("ask: ").doesNotContain(sentinel);
        } finally {
            logging.setLogLevel("org.practiceassistant", null);
        }
    }

    @Test
    void badInputIsAProblemNotAStackTrace() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"question\": ");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("The request body is not valid JSON.").doesNotContain("Exception");
    }
}
