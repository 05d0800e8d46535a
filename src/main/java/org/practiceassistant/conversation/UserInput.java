package org.practiceassistant.conversation;

import java.util.Map;
import java.util.Objects;

/**
 * What the user sent in one turn, already stripped of the bot's @mention: typed text, or the data of an
 * Adaptive Card button they clicked. Plain Java values: features never see Bot Framework types.
 */
public sealed interface UserInput {

    /**
     * A typed message.
     *
     * @param text the message with the bot's @mention removed and surrounding whitespace trimmed; may be
     *     empty (an empty message or only a mention)
     */
    record Text(String text) implements UserInput {
        public Text {
            text = Objects.requireNonNull(text, "text").strip();
        }

        @Override
        public String toString() {
            // Never the text: it may be case material.
            return "Text[" + text.length() + " chars]";
        }
    }

    /**
     * A file the user attached (Teams personal chat uploads), already downloaded by the channel.
     *
     * @param fileName    the name the user gave the file, for example {@code plan.docx}
     * @param contentType the file type Teams reports, for example {@code docx} or a MIME type; may be empty
     * @param content     the file's bytes (size-capped by the channel)
     * @param text        any text typed with the file (mention stripped), may be empty
     */
    record Document(String fileName, String contentType, byte[] content, String text) implements UserInput {
        public Document {
            Objects.requireNonNull(fileName, "fileName");
            contentType = contentType == null ? "" : contentType;
            content = content.clone();
            text = text == null ? "" : text.strip();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Document d && fileName.equals(d.fileName) && contentType.equals(d.contentType)
                    && java.util.Arrays.equals(content, d.content) && text.equals(d.text);
        }

        @Override
        public int hashCode() {
            return Objects.hash(fileName, contentType, java.util.Arrays.hashCode(content), text);
        }

        @Override
        public String toString() {
            // Never the content: it is case material.
            return "Document[" + content.length + " bytes]";
        }
    }

    /**
     * A click on a card button built from {@link Reply.Choices} (or another card the feature built).
     *
     * @param feature the feature the button belongs to (the {@link ConversationFeature#name()} that built it)
     * @param choice  the {@link Reply.Choice#value()} of the clicked button
     * @param fields  any other string fields the card submitted (inputs), never null
     */
    record Submission(String feature, String choice, Map<String, String> fields) implements UserInput {
        public Submission {
            Objects.requireNonNull(feature, "feature");
            choice = choice == null ? "" : choice;
            fields = Map.copyOf(fields);
        }
    }
}
