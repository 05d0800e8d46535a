package org.practiceassistant.channel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;

/**
 * Turns a request body into a Bot Framework {@link Activity}, or says precisely why it cannot: every kind
 * of bad input ends as a 4xx with a reason, never as an exception inside the SDK.
 */
final class InboundActivity {

    /**
     * The SDK parses {@code timestamp} with the pattern {@code yyyy-MM-dd'T'HH:mm:ss.nXXX}: a timestamp
     * without fractional seconds (which the Bot Framework protocol allows) fails, and a short fraction is
     * read as nanoseconds. Rewriting it with all nine digits gives the SDK the exact instant in the only
     * shape it reads.
     */
    private static final DateTimeFormatter SDK_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.nnnnnnnnnXXX");

    sealed interface Result {}

    record Accepted(Activity activity, int bytes) implements Result {}

    record Rejected(HttpStatus status, String reason) implements Result {}

    private final long maxBytes;

    InboundActivity(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    Result read(InputStream body, long declaredLength) throws IOException {
        if (declaredLength > maxBytes) {
            return tooLarge();
        }
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            return tooLarge();
        }
        return parse(new String(bytes, StandardCharsets.UTF_8), bytes.length);
    }

    Result parse(String json, int bytes) {
        if (json.isBlank()) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The request body is empty; send a Bot Framework activity as JSON.");
        }
        JsonNode tree;
        try {
            tree = Serialization.jsonToTree(json);
        } catch (IOException e) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The request body is not valid JSON" + where(e) + ".");
        }
        if (!(tree instanceof ObjectNode node)) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The request body must be a JSON object (an activity).");
        }
        JsonNode type = node.get("type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The activity has no type.");
        }
        Rejected badTimestamp = normaliseTimestamp(node);
        if (badTimestamp != null) {
            return badTimestamp;
        }
        // The SDK copies each activity's locale into the JVM-wide default locale (BotAdapter.runPipeline),
        // which would change case rules for every request at once; we answer in English only.
        node.remove("locale");
        Activity activity;
        try {
            activity = Serialization.safeGetAs(node, Activity.class);
        } catch (JsonProcessingException e) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The activity is not a valid Bot Framework activity" + field(e) + ".");
        }
        // The SDK's anonymous path reads the emulator recipient's role without a null check and would
        // throw (a 500); the recipient of an inbound activity is always this bot.
        if (activity.getRecipient() != null && activity.getRecipient().getRole() == null) {
            activity.getRecipient().setRole(RoleTypes.BOT);
        }
        String missing = missingField(activity);
        if (missing != null) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The activity has no " + missing + ".");
        }
        return new Accepted(activity, bytes);
    }

    private Rejected tooLarge() {
        return new Rejected(HttpStatus.CONTENT_TOO_LARGE,
                "The request is larger than " + maxBytes + " bytes; send a shorter message.");
    }

    private static Rejected normaliseTimestamp(ObjectNode node) {
        JsonNode timestamp = node.get("timestamp");
        if (timestamp == null || timestamp.isNull()) {
            return null;
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(timestamp.asText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            node.put("timestamp", SDK_TIMESTAMP.format(instant));
            return null;
        } catch (DateTimeParseException e) {
            return new Rejected(HttpStatus.BAD_REQUEST,
                    "The activity's timestamp is not an ISO-8601 date-time with an offset (for example 2026-11-22T07:10:00Z).");
        }
    }

    private static String missingField(Activity activity) {
        if (activity.getServiceUrl() == null || !isHttpUrl(activity.getServiceUrl())) {
            return "serviceUrl (an absolute http or https URL)";
        }
        if (activity.getChannelId() == null || activity.getChannelId().isBlank()) {
            return "channelId";
        }
        if (activity.getConversation() == null || activity.getConversation().getId() == null
                || activity.getConversation().getId().isBlank()) {
            return "conversation.id";
        }
        if (activity.getFrom() == null || activity.getFrom().getId() == null || activity.getFrom().getId().isBlank()) {
            return "from.id";
        }
        return null;
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (Exception e) {
            return false;
        }
    }

    /** Line and column only: a parser's message quotes the input, which may be case text. */
    private static String where(IOException e) {
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return " (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    private static String field(JsonProcessingException e) {
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            StringBuilder path = new StringBuilder();
            for (JsonMappingException.Reference ref : m.getPath()) {
                if (ref.getFieldName() != null) {
                    path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
                } else if (ref.getIndex() >= 0) {
                    path.append('[').append(ref.getIndex()).append(']');
                }
            }
            return " (field " + path + ")";
        }
        return "";
    }
}
