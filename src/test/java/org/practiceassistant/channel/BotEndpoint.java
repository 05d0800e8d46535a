package org.practiceassistant.channel;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Posts activities to a running application's /api/messages, as a channel would. */
final class BotEndpoint {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI messages;

    BotEndpoint(int port) {
        this.messages = URI.create("http://localhost:" + port + "/api/messages");
    }

    HttpResponse<String> post(String body, String bearerToken) {
        HttpRequest.Builder request = HttpRequest.newBuilder(messages).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return send(request.build());
    }

    HttpResponse<String> postWithAuthorization(String body, String authorizationHeader) {
        return send(HttpRequest.newBuilder(messages).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", authorizationHeader)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    HttpResponse<String> post(String body) {
        return post(body, null);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String body) {
        return JSON.readTree(body);
    }
}
