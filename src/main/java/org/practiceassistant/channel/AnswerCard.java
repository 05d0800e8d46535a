package org.practiceassistant.channel;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.practiceassistant.ask.Answer;
import org.practiceassistant.ask.AskResult;

/**
 * An answer from the knowledge pack: the best passage quoted with its source and section, other relevant
 * passages in brief, up to three follow-up questions, and "Was this helpful?".
 */
final class AnswerCard {

    static final int MAX_FOLLOW_UPS = 3;
    private static final int BRIEF_LENGTH = 300;

    private AnswerCard() {}

    static ObjectNode build(String question, AskResult result) {
        List<Answer> answers = result.answers();
        Answer best = answers.getFirst();
        ObjectNode card = CardJson.card();
        var body = CardJson.body(card);
        body.add(CardJson.subtle("From the practice guidance:"));
        body.add(CardJson.quote(best.text()));
        body.add(CardJson.subtle(source(best)));
        for (Answer other : answers.subList(1, answers.size())) {
            body.add(CardJson.text("**Also relevant:** " + brief(other.text())).put("spacing", "Medium"));
            body.add(CardJson.subtle(source(other)));
        }
        body.add(CardJson.text("Was this helpful?").put("spacing", "Medium"));
        body.add(CardJson.actionSet(
                CardJson.submit("Yes", new CardAction.RateAnswer(best.id(), CardAction.Vote.HELPFUL, question)),
                CardJson.submit("No", new CardAction.RateAnswer(best.id(), CardAction.Vote.NOT_HELPFUL, question))));
        for (String followUp : followUps(result)) {
            CardJson.actions(card).add(CardJson.submit(followUp, new CardAction.AskQuestion(followUp)));
        }
        return card;
    }

    static String source(Answer answer) {
        return answer.section().isBlank() ? "Source: " + answer.document()
                : "Source: " + answer.document() + " — " + answer.section();
    }

    /**
     * Ask's close-call topics when it offers them, otherwise the sections of the other passages (as
     * topics to ask about), at most three and never the question's own section.
     */
    static List<String> followUps(AskResult result) {
        Set<String> topics = new LinkedHashSet<>(result.didYouMean());
        if (topics.isEmpty()) {
            String bestSection = lastHeading(result.answers().getFirst());
            for (Answer other : result.answers().subList(1, result.answers().size())) {
                String topic = lastHeading(other);
                if (!topic.isBlank() && !topic.equalsIgnoreCase(bestSection)) {
                    topics.add(topic);
                }
            }
        }
        return new ArrayList<>(topics).subList(0, Math.min(MAX_FOLLOW_UPS, topics.size()));
    }

    private static String lastHeading(Answer answer) {
        String[] parts = answer.section().split(" › ");
        return parts[parts.length - 1].strip();
    }

    private static String brief(String text) {
        return text.length() <= BRIEF_LENGTH ? text : text.substring(0, BRIEF_LENGTH).strip() + "…";
    }
}
