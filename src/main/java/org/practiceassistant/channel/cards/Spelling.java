package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import java.util.Optional;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.Spelled;

/**
 * What an answer card says when Ask corrected the question's spelling first: "Showing answers for: how
 * soon is the first home visit", the corrected words in bold, and a button to search the words as typed.
 */
final class Spelling {

    static final String AS_TYPED = "Search for what I typed";

    private Spelling() {}

    /** "Showing answers for: ..." with each corrected word in bold; empty when nothing was corrected. */
    static Optional<ObjectNode> note(AskResult result) {
        if (result.corrections().isEmpty()) {
            return Optional.empty();
        }
        String searched = result.searchedFor();
        ObjectNode block = Serialization.createObjectNode();
        block.put("type", "RichTextBlock");
        ArrayNode inlines = block.putArray("inlines");
        inlines.add(CardJson.run("Showing answers for: ", false).put("isSubtle", true));
        int from = 0;
        for (Spelled.Correction correction : result.corrections()) {
            int at = searched.indexOf(correction.corrected(), from);
            if (at < 0) {
                continue;
            }
            if (at > from) {
                inlines.add(CardJson.run(searched.substring(from, at), false));
            }
            inlines.add(CardJson.run(correction.corrected(), true));
            from = at + correction.corrected().length();
        }
        if (from < searched.length()) {
            inlines.add(CardJson.run(searched.substring(from), false));
        }
        return Optional.of(block);
    }

    /** A button asking the question again with its words exactly as typed; empty when nothing was corrected. */
    static Optional<ObjectNode> asTyped(String question, AskResult result) {
        return result.corrections().isEmpty() ? Optional.empty()
                : Optional.of(CardJson.submit(AS_TYPED, new CardAction.AskQuestion(question, true)));
    }
}
