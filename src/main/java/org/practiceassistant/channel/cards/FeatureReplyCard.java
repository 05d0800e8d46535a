package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;

/** Renders a feature's {@link Reply.Choices} and {@link Reply.Report} as cards whose buttons come back to it. */
public final class FeatureReplyCard {

    private FeatureReplyCard() {}

    public static ObjectNode choices(String feature, Reply.Choices choices) {
        ObjectNode card = CardJson.card();
        var body = CardJson.body(card);
        body.add(CardJson.text(choices.prompt()));
        for (Reply.Quote quote : choices.quotes()) {
            body.add(quotation(quote));
        }
        if (!choices.question().isBlank()) {
            body.add(CardJson.text(choices.question()).put("weight", "Bolder"));
        }
        if (!choices.options().isEmpty()) {
            // The answers sit with the question (an ActionSet in the body); the card's own actions are commands.
            body.add(CardJson.actionSet(choices.options().stream()
                    .map(option -> CardJson.submit(option.label(), new CardAction.FeatureChoice(
                            new UserInput.Submission(feature, option.value(), Map.of()))))
                    .toArray(ObjectNode[]::new)));
        }
        addButtons(card, feature, choices.choices());
        return card;
    }

    /** A shaded container: the quoted words, then their source in small subtle text. */
    private static ObjectNode quotation(Reply.Quote quote) {
        ObjectNode container = CardJson.quote(quote.text());
        ((com.fasterxml.jackson.databind.node.ArrayNode) container.get("items"))
                .add(CardJson.subtle("— " + quote.citation()).put("spacing", "Small"));
        return container;
    }

    public static ObjectNode report(String feature, Reply.Report report) {
        ObjectNode card = CardJson.card();
        var body = CardJson.body(card);
        body.add(CardJson.heading(report.title()));
        for (Reply.Item item : report.items()) {
            String heading = item.status().isEmpty() ? "**" + item.heading() + "**"
                    : "**" + item.heading() + "** - " + item.status();
            body.add(CardJson.text(heading).put("separator", true));
            if (!item.body().isEmpty()) {
                body.add(CardJson.text(item.body()).put("spacing", "Small"));
            }
            if (!item.more().isEmpty()) {
                body.add(CardJson.actionSet(showCard(item.more())));
            }
        }
        addButtons(card, feature, report.choices());
        return card;
    }

    /* Action.ShowCard: the detail opens inside the card, no round trip to the bot. */
    private static ObjectNode showCard(Reply.More more) {
        ObjectNode inner = CardJson.card();
        inner.remove("$schema");
        CardJson.body(inner).add(CardJson.text(more.text()));
        ObjectNode action = com.microsoft.bot.schema.Serialization.createObjectNode();
        action.put("type", "Action.ShowCard").put("title", more.label());
        action.set("card", inner);
        return action;
    }

    private static void addButtons(ObjectNode card, String feature, List<Reply.Choice> choices) {
        for (Reply.Choice choice : choices) {
            var submission = new UserInput.Submission(feature, choice.value(), Map.of());
            CardJson.actions(card).add(CardJson.submit(choice.label(), new CardAction.FeatureChoice(submission)));
        }
    }
}
