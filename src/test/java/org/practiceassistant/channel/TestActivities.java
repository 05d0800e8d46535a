package org.practiceassistant.channel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.json.JsonMapper;

/** Activities as Teams sends them, built as JSON so tests exercise the real parsing. */
final class TestActivities {

    static final String CHANNEL = "msteams";
    static final String BOT_ID = "28:bot-id";
    static final String TENANT = "tenant-allowed";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> activity = new LinkedHashMap<>();

    private TestActivities(String type, String serviceUrl, String conversationId) {
        activity.put("type", type);
        activity.put("id", "act-" + UUID.randomUUID());
        activity.put("timestamp", "2026-11-22T07:10:00.123Z");
        activity.put("channelId", CHANNEL);
        activity.put("serviceUrl", serviceUrl);
        activity.put("from", Map.of("id", "29:user-1", "name", "A Practitioner", "aadObjectId", "user-object-1"));
        activity.put("recipient", Map.of("id", BOT_ID, "name", "Practice Assistant"));
        activity.put("conversation", new LinkedHashMap<>(Map.of("id", conversationId, "conversationType", "personal",
                "tenantId", TENANT)));
        activity.put("channelData", Map.of("tenant", Map.of("id", TENANT)));
    }

    static TestActivities message(String text, String serviceUrl, String conversationId) {
        TestActivities message = new TestActivities("message", serviceUrl, conversationId);
        message.activity.put("text", text);
        return message;
    }

    static TestActivities submit(Map<String, Object> value, String serviceUrl, String conversationId) {
        TestActivities message = new TestActivities("message", serviceUrl, conversationId);
        message.activity.put("value", value);
        return message;
    }

    static TestActivities of(String type, String serviceUrl, String conversationId) {
        return new TestActivities(type, serviceUrl, conversationId);
    }

    TestActivities set(String field, Object value) {
        if (value == null) {
            activity.remove(field);
        } else {
            activity.put(field, value);
        }
        return this;
    }

    TestActivities expectReplies() {
        return set("deliveryMode", "expectReplies");
    }

    TestActivities tenant(String tenant) {
        @SuppressWarnings("unchecked")
        Map<String, Object> conversation = (Map<String, Object>) activity.get("conversation");
        conversation.put("tenantId", tenant);
        activity.put("channelData", Map.of("tenant", Map.of("id", tenant)));
        return this;
    }

    TestActivities inGroupChatMentioning(String botName) {
        @SuppressWarnings("unchecked")
        Map<String, Object> conversation = (Map<String, Object>) activity.get("conversation");
        conversation.put("conversationType", "groupChat");
        String mention = "<at>" + botName + "</at>";
        activity.put("text", mention + " " + activity.get("text"));
        activity.put("entities", List.of(Map.of("type", "mention", "text", mention,
                "mentioned", Map.of("id", BOT_ID, "name", botName))));
        return this;
    }

    /** Posted in a team channel, the bot @mentioned, as Teams sends it. */
    TestActivities inTeamChannelMentioning(String botName) {
        inGroupChatMentioning(botName);
        @SuppressWarnings("unchecked")
        Map<String, Object> conversation = (Map<String, Object>) activity.get("conversation");
        conversation.put("conversationType", "channel");
        return this;
    }

    String id() {
        return (String) activity.get("id");
    }

    String conversationId() {
        @SuppressWarnings("unchecked")
        Map<String, Object> conversation = (Map<String, Object>) activity.get("conversation");
        return (String) conversation.get("id");
    }

    String json() {
        return JSON.writeValueAsString(activity);
    }
}
