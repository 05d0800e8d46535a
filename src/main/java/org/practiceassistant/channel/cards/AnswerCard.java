package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.practiceassistant.ask.Answer;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.Claim;
import org.practiceassistant.ask.Conflict;

/**
 * An answer from the knowledge pack: the best passage quoted with its source and section (a rubric
 * criterion with its whole grade ladder), where sources disagree both sides, other relevant passages in
 * brief, up to three follow-up topics, and "Was this helpful?".
 */
public final class AnswerCard {

    static final int MAX_FOLLOW_UPS = 3;
    private static final int BRIEF_LENGTH = 300;
    private static final String PATH_SEPARATOR = " › ";

    private AnswerCard() {}

    public static ObjectNode build(String question, AskResult result) {
        List<Answer> answers = result.answers();
        Answer best = answers.getFirst();
        ObjectNode card = CardJson.card();
        ArrayNode body = CardJson.body(card);
        Spelling.note(result).ifPresent(body::add);
        result.notes().forEach(note -> body.add(CardJson.text(note).put("weight", "Bolder")));
        body.add(CardJson.subtle("From the practice guidance:"));
        body.add(quoted(best));
        body.add(CardJson.subtle(source(best)));
        for (Conflict conflict : result.conflicts()) {
            body.add(CardJson.text("**The sources differ on " + conflict.point() + ":**").put("spacing", "Medium"));
            for (Claim claim : conflict.claims()) {
                body.add(CardJson.text("• " + claim.source() + ": " + claim.statement()).put("spacing", "Small"));
            }
        }
        for (Answer other : answers.subList(1, answers.size())) {
            body.add(CardJson.text("**Also relevant:** " + CardJson.withoutLineMarkers(brief(other.text()))).put("spacing", "Medium"));
            body.add(CardJson.subtle(source(other)));
        }
        body.add(CardJson.text("Was this helpful?").put("spacing", "Medium"));
        body.add(CardJson.textInput(CardAction.COMMENT_INPUT, "Anything to add? (optional; please don't name anyone)",
                CardAction.RateAnswer.MAX_COMMENT));
        List<String> shown = answers.stream().map(Answer::id).limit(CardAction.RateAnswer.MAX_PASSAGES).toList();
        body.add(CardJson.actionSet(
                CardJson.submit("Yes", new CardAction.RateAnswer(shown, CardAction.Vote.HELPFUL, "")),
                CardJson.submit("No", new CardAction.RateAnswer(shown, CardAction.Vote.NOT_HELPFUL, ""))));
        for (String topic : followUps(result)) {
            CardJson.actions(card).add(CardJson.submit(topic, new CardAction.AskQuestion(topic)));
        }
        Spelling.asTyped(question, result).ifPresent(CardJson.actions(card)::add);
        return card;
    }

    /**
     * The passage in a shaded box; a rubric criterion shows its name, then every grade once, best first, the
     * grade in bold (the passage's own text is that ladder as lines of text, so it is not shown as well).
     */
    private static ObjectNode quoted(Answer answer) {
        if (answer.ladder().isEmpty()) {
            return CardJson.quote(answer.text());
        }
        String criterion = answer.text().lines().findFirst().orElse(lastHeading(answer.section())).strip();
        ObjectNode container = CardJson.quote(CardJson.BOLD + criterion + CardJson.BOLD);
        ArrayNode items = (ArrayNode) container.get("items");
        for (Answer.GradeStep step : answer.ladder()) {
            items.add(CardJson.text(CardJson.BOLD + step.grade() + CardJson.BOLD + ": " + step.descriptor()).put("spacing", "Small"));
        }
        return container;
    }

    /** "Source: Practice handbook › Child Protection › Timescales", naming the document once. */
    static String source(Answer answer) {
        if (answer.section().isBlank()) {
            return "Source: " + answer.document();
        }
        return answer.section().startsWith(answer.document())
                ? "Source: " + answer.section()
                : "Source: " + answer.document() + " — " + answer.section();
    }

    /**
     * Ask's close-call topics when it offers them, otherwise the sections of the other passages, as the
     * last heading of each (what a practitioner would ask about), at most three, never the best answer's own.
     */
    static List<String> followUps(AskResult result) {
        String bestTopic = lastHeading(result.answers().getFirst().section());
        List<String> candidates = new ArrayList<>(result.didYouMean());
        if (candidates.isEmpty()) {
            result.answers().subList(1, result.answers().size()).forEach(other -> candidates.add(other.section()));
        }
        Set<String> topics = new LinkedHashSet<>();
        for (String candidate : candidates) {
            String topic = lastHeading(candidate);
            if (!topic.isBlank() && !topic.equalsIgnoreCase(bestTopic) && topics.size() < MAX_FOLLOW_UPS) {
                topics.add(topic);
            }
        }
        return List.copyOf(topics);
    }

    static String lastHeading(String path) {
        String[] parts = path.split(PATH_SEPARATOR);
        return parts[parts.length - 1].strip();
    }

    private static String brief(String text) {
        return text.length() <= BRIEF_LENGTH ? text : text.substring(0, BRIEF_LENGTH).strip() + "…";
    }
}
