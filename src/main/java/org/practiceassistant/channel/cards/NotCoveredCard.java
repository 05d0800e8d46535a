package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.practiceassistant.ask.AskResult;

/** Says plainly that the guidance does not cover a question, and offers the closest topics instead of a guess. */
public final class NotCoveredCard {

    private NotCoveredCard() {}

    /** For a question Ask did not find, saying what it searched for when it corrected the spelling. */
    public static ObjectNode build(String question, AskResult result) {
        ObjectNode card = build(result.didYouMean());
        Spelling.note(result).ifPresent(note -> CardJson.body(card).insert(0, note));
        Spelling.asTyped(question, result).ifPresent(CardJson.actions(card)::add);
        return card;
    }

    public static ObjectNode build(List<String> closestTopics) {
        ObjectNode card = CardJson.card();
        var body = CardJson.body(card);
        body.add(CardJson.heading("Not covered by the practice guidance"));
        body.add(CardJson.text("I couldn't find this in the handbook, the practice standard, the audit rubric "
                + "or the mapping templates, so I won't guess. Check with your manager or practice lead."));
        List<String> topics = closestTopics.stream().map(AnswerCard::lastHeading).filter(t -> !t.isBlank())
                .distinct().limit(AnswerCard.MAX_FOLLOW_UPS).toList();
        if (!topics.isEmpty()) {
            body.add(CardJson.text("The closest topics I do have:"));
            for (String topic : topics) {
                CardJson.actions(card).add(CardJson.submit(topic, new CardAction.AskQuestion(topic)));
            }
        } else {
            body.add(CardJson.text("Try asking with different words, or type **help** to see what I can do."));
        }
        return card;
    }
}
