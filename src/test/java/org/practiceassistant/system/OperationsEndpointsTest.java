package org.practiceassistant.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.Storage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.practiceassistant.channel.state.CaffeineStorage;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The operator's view of a running application: health groups, metrics scrape, the default state store. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OperationsEndpointsTest {

    @LocalServerPort
    int port;

    @Autowired
    Storage storage;

    private HttpResponse<String> get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void readinessIncludesTheKnowledgePack() throws Exception {
        var readiness = get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"knowledge\":{\"status\":\"UP\"");
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusScrapeCarriesTheAssistantMetrics() throws Exception {
        var scrape = get("/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body()).contains("assistant_questions_total", "assistant_mappings_total");
    }

    private HttpResponse<String> postJson(String path, String json) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void questionsAndChecksAreCountedWhoeverAsks() throws Exception {
        assertThat(postJson("/api/ask", "{\"question\":\"What is a safety goal?\"}").statusCode()).isEqualTo(200);
        assertThat(postJson("/api/check", "{\"kind\":\"danger-statement\",\"text\":\"Social workers are worried "
            + "that Dad will hit Sam when he drinks.\"}").statusCode()).isEqualTo(200);

        String scrape = get("/actuator/prometheus").body();
        assertThat(scrape).containsPattern("assistant_questions_total\\{[^}]*outcome=\"answered\"[^}]*\\} [1-9]")
            .containsPattern("assistant_check_latency_seconds_count\\{[^}]*kind=\"danger_statement\"[^}]*\\} [1-9]");
    }

    @Test
    void endpointsThatCouldShowRequestsOrSecretsAreNotExposed() throws Exception {
        for (String path : new String[] {"/actuator/httpexchanges", "/actuator/env", "/actuator/heapdump", "/actuator/loggers"}) {
            assertThat(get(path).statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theDefaultStateStoreIsTheBoundedInMemoryOne() {
        assertThat(storage).isInstanceOf(CaffeineStorage.class);
    }
}
