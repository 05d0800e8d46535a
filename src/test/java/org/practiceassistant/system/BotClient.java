package org.practiceassistant.system;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Talks to a running application's {@code /api/messages} as Teams would, in anonymous mode: one message
 * activity per call. With {@code expectReplies} the bot's replies come back in the HTTP response; without
 * it they go to the connector at {@code serviceUrl} (WireMock in the tests).
 */
public final class BotClient implements AutoCloseable {

    /** The tenant every conversation comes from. */
    public static final String TENANT = "tenant-under-test";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI endpoint;
    private final String serviceUrl;
    private final String bearerToken;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public BotClient(URI endpoint, String serviceUrl) {
        this(endpoint, serviceUrl, null);
    }

    /** A client that sends {@code bearerToken} (a channel-signed JWT) with every activity, or none if null. */
    public BotClient(URI endpoint, String serviceUrl, String bearerToken) {
        this.endpoint = endpoint;
        this.serviceUrl = serviceUrl;
        this.bearerToken = bearerToken;
    }

    /** A personal-chat conversation of one user. */
    public record Conversation(String id, String userId) {
        public static Conversation newOne() {
            return new Conversation("a:" + UUID.randomUUID(), "29:" + UUID.randomUUID());
        }
    }

    /** The message activity Teams would send for {@code text}. */
    public ObjectNode message(Conversation conversation, String text, boolean expectReplies) {
        ObjectNode activity = JSON.createObjectNode()
            .put("type", "message")
            .put("id", UUID.randomUUID().toString())
            .put("timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString())
            .put("channelId", "msteams")
            .put("serviceUrl", serviceUrl)
            .put("text", text);
        activity.putObject("from").put("id", conversation.userId()).put("aadObjectId", conversation.userId().substring(3));
        activity.putObject("recipient").put("id", "28:bot");
        activity.putObject("conversation").put("id", conversation.id()).put("conversationType", "personal")
            .put("tenantId", TENANT);
        if (expectReplies) {
            activity.put("deliveryMode", "expectReplies");
        }
        return activity;
    }

    /** Sends {@code text} and returns the bot's replies (expectReplies). */
    public List<JsonNode> say(Conversation conversation, String text) throws IOException, InterruptedException {
        HttpResponse<String> response = post(message(conversation, text, true));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/api/messages answered " + response.statusCode() + ": " + response.body());
        }
        List<JsonNode> replies = new ArrayList<>();
        JSON.readTree(response.body()).path("activities").forEach(replies::add);
        return replies;
    }

    /** Every piece of text in the replies (message text and card text), for assertions. */
    public static String textOf(List<JsonNode> replies) {
        StringBuilder text = new StringBuilder();
        for (JsonNode reply : replies) {
            text.append(reply.path("text").asText("")).append('\n');
            reply.path("attachments").forEach(a -> text.append(a.path("content").toString()).append('\n'));
        }
        return text.toString();
    }

    public HttpResponse<String> post(JsonNode activity) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(activity.toString()));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        http.close();
    }
}
