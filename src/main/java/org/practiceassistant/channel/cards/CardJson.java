package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import org.practiceassistant.system.text.LinkFreeText;

/**
 * Small builders for Adaptive Card 1.5 elements (the newest version Teams renders), shared by the card
 * classes. Cards are Jackson 2 trees because the SDK serialises attachments with Jackson 2. Every text a card
 * shows goes through {@link #plain} or {@link #run}, which drop links ({@link LinkFreeText}): a card never
 * renders a link a user typed.
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
        return plain(text.replace(BOLD, "")).put("size", "Medium").put("weight", "Bolder");
    }

    /** Marks bold in the text our features write ("**check** - ..."); never shown as such on a card. */
    static final String BOLD = "**";

    /**
     * A paragraph. Text marked bold with {@code **} becomes a rich text block whose bold runs are bold by
     * their weight, not by Markdown: Teams shows Markdown asterisks literally where they span lines or sit
     * next to punctuation, and a card should never show mark-up. A '#' or '>' at the start of a line (a
     * heading or quote in Markdown) is dropped for the same reason.
     */
    static ObjectNode text(String text) {
        String clean = withoutLineMarkers(text);
        if (!clean.contains(BOLD)) {
            return plain(clean);
        }
        ObjectNode block = Serialization.createObjectNode();
        block.put("type", "RichTextBlock");
        ArrayNode inlines = block.putArray("inlines");
        boolean bold = false;
        int from = 0;
        while (from <= clean.length()) {
            int marker = clean.indexOf(BOLD, from);
            int end = marker < 0 ? clean.length() : marker;
            if (end > from) {
                addRuns(inlines, clean.substring(from, end), bold);
            }
            if (marker < 0) {
                break;
            }
            bold = !bold;
            from = marker + BOLD.length();
        }
        return block;
    }

    /**
     * The runs of one bold or plain stretch: words between italic markers ("_The service sets the words ..._") become a
     * run in italics by the TextRun's own {@code italic} property, as a TextRun shows Markdown literally. An underscore
     * that opens no pair ("file_name", "_ _") is kept as written.
     */
    private static void addRuns(ArrayNode inlines, String text, boolean bold) {
        int from = 0;
        for (int[] span : italicSpans(text)) {
            if (span[0] > from) {
                inlines.add(run(text.substring(from, span[0]), bold));
            }
            inlines.add(run(text.substring(span[0] + 1, span[1]), bold).put("italic", true));
            from = span[1] + 1;
        }
        if (from < text.length()) {
            inlines.add(run(text.substring(from), bold));
        }
    }

    /** The positions of paired italic underscores: one opening a word, the next closing one; one pass over the text. */
    static java.util.List<int[]> italicSpans(String text) {
        var spans = new java.util.ArrayList<int[]>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '_') {
                continue;
            }
            char before = i == 0 ? ' ' : text.charAt(i - 1);
            char after = i + 1 == text.length() ? ' ' : text.charAt(i + 1);
            boolean opens = (Character.isWhitespace(before) || "([\"\u201C".indexOf(before) >= 0) && !Character.isWhitespace(after)
                    && after != '_';
            boolean closes = !Character.isWhitespace(before) && before != '_' && !Character.isLetterOrDigit(after) && after != '_';
            if (open >= 0 && closes) {
                spans.add(new int[] {open, i});
                open = -1;
            } else if (open < 0 && opens) {
                open = i;
            }
        }
        return spans;
    }

    /** A run of rich text; its words are shown as they are, never read as mark-up. */
    static ObjectNode run(String text, boolean bold) {
        ObjectNode run = Serialization.createObjectNode();
        run.put("type", "TextRun").put("text", LinkFreeText.of(text));
        if (bold) {
            run.put("weight", "Bolder");
        }
        return run;
    }

    private static ObjectNode plain(String text) {
        ObjectNode block = Serialization.createObjectNode();
        block.put("type", "TextBlock").put("text", LinkFreeText.of(text)).put("wrap", true);
        return block;
    }

    /** Drops Markdown heading and quote markers at line starts; one pass over the text. */
    static String withoutLineMarkers(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean lineStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (lineStart && (c == '#' || c == '>')) {
                while (i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                    i++;
                }
                continue;
            }
            out.append(c);
            lineStart = c == '\n' || (lineStart && c == ' ');
        }
        return out.toString();
    }

    static ObjectNode subtle(String text) {
        return plain(withoutLineMarkers(text.replace(BOLD, ""))).put("isSubtle", true).put("size", "Small");
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

    /** A one-line text box whose value is sent with the card's Submit data under {@code id}. */
    static ObjectNode textInput(String id, String placeholder, int maxLength) {
        ObjectNode input = Serialization.createObjectNode();
        input.put("type", "Input.Text").put("id", id).put("placeholder", placeholder).put("maxLength", maxLength);
        return input;
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
