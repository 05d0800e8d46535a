package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;

/**
 * Small builders for Adaptive Card 1.5 elements (the newest version Teams renders), shared by the card
 * classes. Cards are Jackson 2 trees because the SDK serialises attachments with Jackson 2.
 */
public final class CardJson {

    static final String CONTENT_TYPE = "application/vnd.microsoft.card.adaptive";

    private CardJson() {}

    static ObjectNode card() {
        ObjectNode card = Serialization.createObjectNode();
        card.put("type", "AdaptiveCard");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json");
        card.put("version", "1.5");
        card.putArray("body");
        return card;
    }

    static ArrayNode body(ObjectNode card) {
        return (ArrayNode) card.get("body");
    }

    static ArrayNode actions(ObjectNode card) {
        return card.has("actions") ? (ArrayNode) card.get("actions") : card.putArray("actions");
    }

    static ObjectNode heading(String text) {
        return text(text).put("size", "Medium").put("weight", "Bolder");
    }

    static ObjectNode text(String text) {
        ObjectNode block = Serialization.createObjectNode();
        block.put("type", "TextBlock").put("text", text).put("wrap", true);
        return block;
    }

    static ObjectNode subtle(String text) {
        return text(text).put("isSubtle", true).put("size", "Small");
    }

    /** A shaded box, used for quoted guidance so it reads as the source's words, not the bot's. */
    static ObjectNode quote(String text) {
        ObjectNode container = Serialization.createObjectNode();
        container.put("type", "Container").put("style", "emphasis");
        container.putArray("items").add(text(text));
        return container;
    }

    static ObjectNode submit(String title, CardAction action) {
        ObjectNode submit = Serialization.createObjectNode();
        submit.put("type", "Action.Submit").put("title", title);
        submit.set("data", action.toData());
        return submit;
    }

    static ObjectNode actionSet(ObjectNode... actions) {
        ObjectNode set = Serialization.createObjectNode();
        set.put("type", "ActionSet");
        ArrayNode list = set.putArray("actions");
        for (ObjectNode action : actions) {
            list.add(action);
        }
        return set;
    }

    public static Attachment attachment(ObjectNode card) {
        Attachment attachment = new Attachment();
        attachment.setContentType(CONTENT_TYPE);
        attachment.setContent(card);
        return attachment;
    }
}
