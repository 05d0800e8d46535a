package org.practiceassistant.channel.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.RoleTypes;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practiceassistant.channel.InboundProperties;
import org.springframework.http.HttpStatus;

/**
 * Turns a request body into a Bot Framework {@link Activity}, or says precisely why it cannot: every kind
 * of bad input ends as a 4xx with a reason, never as an exception inside the SDK.
 */
final class ActivityBody {

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

    /**
     * Who may send activities: the channels accepted, and whether replies may go anywhere the channel's
     * token vouches for (with credentials, the SDK checks the token's {@code serviceurl} claim) or only
     * to this machine (without credentials nothing vouches for a service URL, so only the loopback).
     */
    record Peers(Set<String> channels, boolean loopbackServiceUrlOnly) {

        static Peers of(InboundProperties properties, boolean authenticated) {
            Set<String> channels = new LinkedHashSet<>(properties.allowedChannels());
            if (!authenticated) {
                channels.addAll(InboundProperties.LOCAL_CHANNELS);
            }
            return new Peers(Set.copyOf(channels), !authenticated);
        }
    }

    /**
     * Longer than any id a channel gives an activity, a conversation or a user; a longer one is not a channel's. Teams'
     * longest are a personal chat's conversation id ("a:1" and about 130 characters) and a user's ("29:1" and about 90),
     * a channel thread's "19:...@thread.skype;messageid=..." is shorter; the ids key our conversation records and
     * rate limits, so a longer one is refused before it reaches them.
     */
    static final int MAX_ID_LENGTH = 256;

    /** Arrays the SDK walks without a null check ({@code ActivityHandler}, our reader): null elements are dropped. */
    private static final List<String> ARRAYS_WITHOUT_NULLS = List.of("entities", "attachments", "membersAdded",
            "membersRemoved", "reactionsAdded", "reactionsRemoved", "listenFor", "textHighlights");

    /** The protocol's activity types; senders spell them in any case ("Message"), the SDK matches exactly. */
    private static final List<String> TYPES = List.of(ActivityTypes.MESSAGE, ActivityTypes.CONTACT_RELATION_UPDATE,
            ActivityTypes.CONVERSATION_UPDATE, ActivityTypes.TYPING, ActivityTypes.END_OF_CONVERSATION, ActivityTypes.EVENT,
            ActivityTypes.INVOKE, ActivityTypes.DELETE_USER_DATA, ActivityTypes.MESSAGE_UPDATE, ActivityTypes.MESSAGE_DELETE,
            ActivityTypes.INSTALLATION_UPDATE, ActivityTypes.MESSAGE_REACTION, ActivityTypes.SUGGESTION, ActivityTypes.TRACE,
            ActivityTypes.HANDOFF, ActivityTypes.COMMAND, ActivityTypes.COMMAND_RESULT);

    private final long maxBytes;
    private final Peers peers;

    ActivityBody(long maxBytes, Peers peers) {
        this.maxBytes = maxBytes;
        this.peers = peers;
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
        TYPES.stream().filter(known -> known.equalsIgnoreCase(type.asText())).findFirst()
                .ifPresent(known -> node.put("type", known));
        JsonNode id = node.get("id");
        if (id != null && id.isTextual() && id.asText().length() > MAX_ID_LENGTH) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The activity's id is longer than " + MAX_ID_LENGTH + " characters.");
        }
        dropNullElements(node);
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
        String tooLong = tooLongId(activity);
        if (tooLong != null) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The activity's " + tooLong + " is longer than " + MAX_ID_LENGTH + " characters.");
        }
        if (!peers.channels().contains(activity.getChannelId().toLowerCase(Locale.ROOT))) {
            return new Rejected(HttpStatus.BAD_REQUEST, "The activity's channel is not one this bot serves.");
        }
        if (peers.loopbackServiceUrlOnly() && !onLoopback(activity.getServiceUrl())) {
            return new Rejected(HttpStatus.BAD_REQUEST,
                    "Without bot credentials replies go only to this machine: the serviceUrl must be a loopback address.");
        }
        return new Accepted(activity, bytes);
    }

    private static void dropNullElements(ObjectNode node) {
        for (String field : ARRAYS_WITHOUT_NULLS) {
            if (node.get(field) instanceof ArrayNode array) {
                for (int i = array.size() - 1; i >= 0; i--) {
                    if (array.get(i) == null || array.get(i).isNull()) {
                        array.remove(i);
                    }
                }
            }
        }
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

    private static String tooLongId(Activity activity) {
        if (activity.getConversation().getId().length() > MAX_ID_LENGTH) {
            return "conversation.id";
        }
        if (activity.getFrom().getId().length() > MAX_ID_LENGTH) {
            return "from.id";
        }
        if (activity.getRecipient() != null && activity.getRecipient().getId() != null
                && activity.getRecipient().getId().length() > MAX_ID_LENGTH) {
            return "recipient.id";
        }
        return null;
    }

    /** The host is this machine by name or literal address (no name is looked up). */
    private static boolean onLoopback(String serviceUrl) {
        String host = URI.create(serviceUrl).getHost().toLowerCase(Locale.ROOT);
        if (host.equals("localhost")) {
            return true;
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            return host.equals("[::1]") || host.equals("[0:0:0:0:0:0:0:1]");
        }
        return host.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
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
