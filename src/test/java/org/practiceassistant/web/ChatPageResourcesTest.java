package org.practiceassistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The real application serves the local chat page and everything it loads, from inside the jar. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ChatPageResourcesTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "/,                                          text/html,              <title>Practice guidance assistant: local chat</title>",
        "/index.html,                                text/html,              src=\"chat.js\"",
        "/chat.js,                                   text/javascript,        deliveryMode: \"expectReplies\"",
        "/chat.css,                                  text/css,               .transcript",
        "/favicon.svg,                               image/svg+xml,          <svg",
        "/vendor/adaptivecards/adaptivecards.min.js, text/javascript,        AdaptiveCards",
        "/vendor/adaptivecards/LICENSE,              ,                       MIT License",
        "/privacy.html,                              text/html,              never written to logs",
        "/terms.html,                                text/html,              professional judgement",
    })
    void servesThePageAndItsAssets(String path, String contentType, String expectedText)
            throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        if (contentType != null) {
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    value -> assertThat(value).startsWith(contentType));
        }
        assertThat(response.body()).contains(expectedText);
    }
}
