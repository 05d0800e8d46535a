package org.practiceassistant.check.rules;

import java.util.Locale;
import java.util.Set;
import org.practiceassistant.check.DraftKind;

/**
 * The label a worker puts in front of a pasted statement or goal: "DS:", "WS (CIN) =", "Safety goal 2 -", "SG (CP plan):".
 * It names what the draft is, for the worker's own records; the family never reads it, so it is not the draft's text
 * (an acronym in it is not the draft's jargon, its words are not the draft's length). Read by hand, left to right, once.
 */
public final class DraftLabel {

    /* What a label's words may say the draft is, besides the short labels DraftKind knows ("DS", "WG"). */
    private static final Set<String> KIND_WORDS = Set.of("danger statement", "worry statement", "safety goal", "wellbeing goal",
            "success goal", "statement", "goal");
    /* The longest qualifier in brackets after the label: "(CIN)", "(CP plan)", "(for Leo)". */
    private static final int MAX_QUALIFIER = 30;

    private DraftLabel() {}

    /** Where the draft's own words start: after its label and the mark that ends it, or 0 when it opens with none. */
    public static int end(String text) {
        int i = skipSpaces(text, 0);
        int wordEnd = wordEnd(text, i);
        if (wordEnd == i) {
            return 0;
        }
        String first = text.substring(i, wordEnd).toLowerCase(Locale.ROOT);
        int j;
        int secondStart = skipSpaces(text, wordEnd);
        int secondEnd = wordEnd(text, secondStart);
        if (secondEnd > secondStart && KIND_WORDS.contains(first + " " + text.substring(secondStart, secondEnd).toLowerCase(Locale.ROOT))) {
            j = secondEnd;
        } else if (KIND_WORDS.contains(first) || DraftKind.ofShortLabel(first).isPresent()) {
            j = wordEnd;
        } else {
            return 0;
        }
        j = skipSpaces(text, j);
        while (j < text.length() && Character.isDigit(text.charAt(j))) {
            j++;
        }
        j = skipSpaces(text, j);
        if (j < text.length() && text.charAt(j) == '(') {
            int close = text.indexOf(')', j);
            if (close < 0 || close - j > MAX_QUALIFIER || text.substring(j, close).indexOf('\n') >= 0) {
                return 0;
            }
            j = skipSpaces(text, close + 1);
        }
        if (j >= text.length() || ":=-\u2013\u2014".indexOf(text.charAt(j)) < 0) {
            return 0;
        }
        return skipSpaces(text, j + 1);
    }

    /** The draft without its label. */
    public static String without(String text) {
        int end = end(text);
        return end == 0 ? text : text.substring(end);
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int wordEnd(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isLetter(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
