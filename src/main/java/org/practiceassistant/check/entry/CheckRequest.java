package org.practiceassistant.check.entry;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.check.text.AnalysedText;

/**
 * A message that, with no command word, is plainly for Check: a request in everyday words ("can u check
 * my plan pls", "could you look over this safety goal") or a draft pasted on its own under its label
 * ("Danger statement: Dad has hit Mum ..."), or a whole plan pasted alone. Questions about checking ("how
 * do I check my plan has a contingency", "what does a manager check") stay questions: a request must be
 * the whole message, and a label must be followed by a colon or a new line and a draft of some length.
 */
final class CheckRequest {

    /** Longer than any request in words: not read as one. */
    private static final int LONGEST_REQUEST = 120;
    private static final int SHORTEST_LABELLED_DRAFT_WORDS = 8;
    private static final int PASTED_PLAN_LINES = 6;
    private static final int PASTED_PLAN_WORDS = 150;

    private static final String KINDS = "danger statement|worry statement|safety goal|wellbeing goal|success goal|plan";

    /* Anchored at both ends, no nested repetition, run only on short text: linear. */
    private static final Pattern REQUEST = Pattern.compile("(?:(?:hi|hey|hello|morning)\\s+)?"
            + "(?:(?:can|could|would|will)\\s+(?:you|u)\\s+|(?:please|pls|plz)\\s+)?(?:please\\s+|pls\\s+)?"
            + "(?:check|chek|sense check|look over|look at|have a look at|go over|read over|read through|review)"
            + "(?:\\s+(?:over|through))?\\s+(?:my|this|our|the|a|me a|these)\\s+(?:(?:cp|cin|lac|child and family|"
            + "family|draft|new|first)\\s+)?(?<what>" + KINDS + "|statement|goal|draft|safety plan|child's plan|"
            + "plans|goals|statements)(?:\\s+(?:please|pls|plz|for me|thanks|thank you|ta|before sign off|"
            + "before i send it|before it goes to my manager|before supervision))*");

    /* A kind's label at the very start, then a colon, dash or line break. */
    private static final Pattern LABEL = Pattern.compile("(?i)(?:" + KINDS + ")\\s*(?::|-|\\R)");

    private CheckRequest() {}

    /**
     * What to start Check with for {@code message}: the kind asked for ("plan", "safety goal") or nothing
     * for a request, the whole message for a pasted draft; empty when the message is not for Check.
     */
    static Optional<String> startingInput(String message) {
        String text = message.strip();
        if (text.length() <= LONGEST_REQUEST) {
            Matcher request = REQUEST.matcher(normalise(text));
            if (request.matches()) {
                String what = request.group("what");
                return Optional.of(what.matches(KINDS + "|statement|goal") ? what : "");
            }
        }
        Matcher label = LABEL.matcher(text);
        if (label.lookingAt() && AnalysedText.of(text.substring(label.end())).wordCount() >= SHORTEST_LABELLED_DRAFT_WORDS) {
            return Optional.of(text);
        }
        return text.lines().filter(line -> !line.isBlank()).count() >= PASTED_PLAN_LINES
                && AnalysedText.of(text).wordCount() >= PASTED_PLAN_WORDS
                ? Optional.of(text) : Optional.empty();
    }

    /** Lowercase, apostrophes kept, other punctuation dropped, single spaces: "Can u check my plan, pls?" */
    private static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019') {
                out.append(c == '\u2019' ? '\'' : c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
