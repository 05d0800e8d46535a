package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Sent once when the bot is installed or a user opens a personal chat with it. */
public final class WelcomeCard {

    public static final List<String> EXAMPLE_QUESTIONS = List.of(
            "How soon do I visit after a referral?",
            "What is a fire drill?",
            "What does Good look like for core groups?");

    static final String CASE_DATA_NOTE = "Case details stay in this conversation: I never log them or send them "
            + "anywhere, and typing **forget** erases what I hold at once.";

    /** The button that starts the drafting coach, as typing "draft" does. */
    public static final String START_DRAFT = "Write a danger statement with me";

    private WelcomeCard() {}

    public static ObjectNode build(List<String> featureLines) {
        ObjectNode card = CardJson.card();
        var body = CardJson.body(card);
        body.add(CardJson.heading("Hello, I'm your practice guidance assistant"));
        body.add(CardJson.text("I answer questions about our Signs of Safety practice guidance, quoting the handbook, "
                + "standard, audit rubric and mapping templates, and I say so when they don't cover something."));
        for (String line : featureLines) {
            body.add(CardJson.text("• " + line).put("spacing", "None"));
        }
        body.add(CardJson.text("Try one of these:").put("spacing", "Medium"));
        for (String question : EXAMPLE_QUESTIONS) {
            CardJson.actions(card).add(CardJson.submit(question, new CardAction.AskQuestion(question)));
        }
        CardJson.actions(card).add(CardJson.submit(START_DRAFT, new CardAction.RunCommand("draft")));
        body.add(CardJson.subtle(CASE_DATA_NOTE));
        return card;
    }
}
