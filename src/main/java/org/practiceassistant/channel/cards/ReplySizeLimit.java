package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps replies under Teams' message size limit (about 80 KB of JSON; Teams rejects larger ones outright).
 * Over the limit, the longest texts are shortened and the reply says it was shortened.
 */
public final class ReplySizeLimit {

    static final String SHORTENED_NOTE = "(Shortened to fit Teams' message size limit.)";
    private static final int MAX_ROUNDS = 40;

    private final long maxBytes;

    public ReplySizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Shortens {@code reply} (one we built this turn, so ours to change) until it fits; returns it. */
    public Activity fit(Activity reply) {
        if (size(reply) <= maxBytes) {
            return reply;
        }
        Activity copy = reply;
        List<ObjectNode> cards = cards(copy);
        if (!cards.isEmpty()) {
            CardJson.body(cards.getFirst()).add(CardJson.subtle(SHORTENED_NOTE));
        } else if (copy.getText() != null) {
            copy.setText(copy.getText() + "\n\n" + SHORTENED_NOTE);
        }
        for (int round = 0; round < MAX_ROUNDS && size(copy) > maxBytes; round++) {
            halveLongestText(copy, cards);
        }
        if (size(copy) > maxBytes) {
            copy.setAttachments(null);
            copy.setText("That reply was too large for Teams to show. Please ask about a smaller part.");
        }
        return copy;
    }

    long size(Activity activity) {
        String json = Serialization.toStringSilent(activity);
        return json == null ? Long.MAX_VALUE : json.getBytes(StandardCharsets.UTF_8).length;
    }

    private static void halveLongestText(Activity activity, List<ObjectNode> cards) {
        ObjectNode longest = null;
        for (ObjectNode card : cards) {
            for (ObjectNode block : textBlocks(card)) {
                if (!SHORTENED_NOTE.equals(block.path("text").asText())
                        && (longest == null || block.path("text").asText().length() > longest.path("text").asText().length())) {
                    longest = block;
                }
            }
        }
        String messageText = activity.getText() == null ? "" : activity.getText();
        if (longest != null && longest.path("text").asText().length() >= messageText.length()) {
            longest.put("text", halve(longest.path("text").asText()));
        } else if (!messageText.isEmpty()) {
            String body = messageText.replace("\n\n" + SHORTENED_NOTE, "");
            activity.setText(halve(body) + "\n\n" + SHORTENED_NOTE);
        }
    }

    private static String halve(String text) {
        int cut = text.length() / 2;
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return text.substring(0, cut).strip() + "…";
    }

    private static List<ObjectNode> cards(Activity activity) {
        List<ObjectNode> cards = new ArrayList<>();
        if (activity.getAttachments() == null) {
            return cards;
        }
        for (Attachment attachment : activity.getAttachments()) {
            if (CardJson.CONTENT_TYPE.equals(attachment.getContentType())) {
                JsonNode content = Serialization.objectToTree(attachment.getContent());
                if (content instanceof ObjectNode card && card.get("body") instanceof ArrayNode) {
                    attachment.setContent(card);
                    cards.add(card);
                }
            }
        }
        return cards;
    }

    private static List<ObjectNode> textBlocks(JsonNode node) {
        List<ObjectNode> blocks = new ArrayList<>();
        if (node instanceof ObjectNode object && "TextBlock".equals(object.path("type").asText())) {
            blocks.add(object);
        }
        for (JsonNode child : node) {
            blocks.addAll(textBlocks(child));
        }
        return blocks;
    }
}
