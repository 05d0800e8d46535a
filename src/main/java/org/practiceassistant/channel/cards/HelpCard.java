package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** What the bot can do and the commands it understands. */
public final class HelpCard {

    private HelpCard() {}

    public static ObjectNode build(List<String> featureLines) {
        ObjectNode card = CardJson.card();
        var body = CardJson.body(card);
        body.add(CardJson.heading("What I can do"));
        body.add(CardJson.text("• **Ask** - type any question about practice; I quote and cite the guidance."));
        for (String line : featureLines) {
            body.add(CardJson.text("• " + line).put("spacing", "None"));
        }
        body.add(CardJson.text("• **cancel** - stop a guided flow").put("spacing", "None"));
        body.add(CardJson.text("• **forget** - erase everything I hold about this conversation").put("spacing", "None"));
        body.add(CardJson.text("In a team channel or group chat, @mention me first.").put("spacing", "Medium"));
        body.add(CardJson.subtle(WelcomeCard.CASE_DATA_NOTE));
        for (String question : WelcomeCard.EXAMPLE_QUESTIONS) {
            CardJson.actions(card).add(CardJson.submit(question, new CardAction.AskQuestion(question)));
        }
        CardJson.actions(card).add(CardJson.submit(WelcomeCard.START_DRAFT, new CardAction.RunCommand("draft")));
        return card;
    }
}
