package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a worker thinks aloud with before an answer ("um", "ok so", "basically", "I suppose that"), left off the
 * front of an answer before it is composed into a statement or goal, where a family would read them. Only at the start
 * of the answer, word by word in one pass (linear time); the words after them are kept exactly as typed, and an answer
 * that is only such words is kept whole.
 *
 * <p>Two kinds, because they differ in meaning. A <em>filler</em> ("um", "ok", "basically") says nothing and goes from
 * every answer. A <em>hedge</em> ("I think", "I suppose that") says the worker is not certain: in the fear and the goal
 * it goes, because the statement already says whose worry it is and the goal is a plan still to be agreed; in what has
 * happened it stays ({@link #withoutFillers}), because "This is because I think Mum is scared of him" is the worker's
 * opinion and a danger statement must keep opinion and fact apart.
 */
final class SpokenOpeners {

    private SpokenOpeners() {}

    /** Fillers that open an answer and carry no meaning wherever they stand at its start. */
    private static final Set<String> FILLERS = Set.of("um", "umm", "erm", "er", "uh", "uhm", "hmm", "ok", "okay",
            "basically");
    /**
     * Words that are fillers only beside another opener or before a comma ("ok so ...", "so basically", "well, ..."):
     * alone they may be the answer's own words ("so long as", "well fed", "right arm").
     */
    private static final Set<String> FILLERS_BESIDE_ANOTHER = Set.of("so", "well", "right");
    /**
     * Words that open a clause of their own, after which a lone "so" is thinking aloud ("so on 14 nov dad grabbed mum",
     * "so mum says", "so he ..."), not "so" meaning "very" or "so long as". A name or a date (a capital or a digit after
     * "so") opens one too.
     */
    private static final Set<String> CLAUSE_OPENERS = Set.of("on", "in", "at", "last", "yesterday", "today", "tonight",
            "this", "the", "a", "an", "he", "she", "they", "we", "i", "it", "its", "it's", "there", "mum", "mums", "mum's",
            "dad", "dads", "dad's", "his", "her", "their", "our", "my", "when", "after", "before", "since", "nan", "school",
            "police");

    /** "I think", "I suppose that": the worker thinking aloud about how sure they are. */
    private static final List<String> HEDGES = List.of("i think", "i suppose", "i guess", "i reckon", "i'd say",
            "i would say");

    /** {@code answer} without the fillers and hedges that open it: for the fear, who is worried and the goal's parts. */
    static String withoutOpeners(String answer) {
        return without(answer, true);
    }

    /** {@code answer} without the fillers that open it, its hedges kept: for what has happened. */
    static String withoutFillers(String answer) {
        return without(answer, false);
    }

    private static String without(String answer, boolean hedges) {
        if (answer == null || answer.isEmpty()) {
            return answer;
        }
        String lower = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        if (lower.length() != answer.length()) {
            return answer; // a letter whose lower case is longer: positions would not match, so nothing is left off
        }
        int at = skipSpaces(lower, 0);
        boolean afterAnother = false;
        while (at < lower.length()) {
            int end = wordEnd(lower, at);
            String word = lower.substring(at, end);
            int next = afterPunctuation(lower, end);
            boolean comma = end < lower.length() && (lower.charAt(end) == ',' || lower.charAt(end) == '.');
            int hedgeEnd = hedges ? hedgeEnd(lower, at) : -1;
            if (hedgeEnd > 0) {
                next = afterPunctuation(lower, hedgeEnd);
                next = skipWord(lower, next, "that");
            } else if (!(FILLERS.contains(word) || FILLERS_BESIDE_ANOTHER.contains(word)
                    && (afterAnother || comma || opensWithAnOpener(lower, next, hedges) || word.equals("so")
                    && opensAClause(answer, lower, next)) && !startsWord(lower, next, "that"))) {
                break; // the answer's own first word
            }
            if (!hasALetter(lower, next)) {
                break; // never the whole answer: "ok" alone, "I think so"... stays as typed
            }
            if (hedgeEnd > 0 && startsWord(lower, next, "so") && wordEnd(lower, next) == lower.length()) {
                break;
            }
            at = next;
            afterAnother = true;
        }
        return afterAnother ? answer.substring(at) : answer;
    }

    /** Whether a clause of its own opens at {@code at}: a word that opens one, a name or a number. */
    private static boolean opensAClause(String answer, String lower, int at) {
        if (at >= lower.length() || at != skipSpaces(lower, at) || at == 0 || !Character.isWhitespace(lower.charAt(at - 1))) {
            return false; // "so-called": no space after "so"
        }
        char first = answer.charAt(at);
        return Character.isUpperCase(first) || Character.isDigit(first) || CLAUSE_OPENERS.contains(lower.substring(at, wordEnd(lower, at)));
    }

    private static boolean opensWithAnOpener(String lower, int at, boolean hedges) {
        String word = lower.substring(at, wordEnd(lower, at));
        return FILLERS.contains(word) || FILLERS_BESIDE_ANOTHER.contains(word) || hedges && hedgeEnd(lower, at) > 0;
    }

    /** Where the hedge opening at {@code at} ends, or -1. */
    private static int hedgeEnd(String lower, int at) {
        for (String hedge : HEDGES) {
            if (startsWord(lower, at, hedge)) {
                return at + hedge.length();
            }
        }
        return -1;
    }

    /** Whether {@code phrase} stands at {@code at} as whole words. */
    private static boolean startsWord(String lower, int at, String phrase) {
        int end = at + phrase.length();
        return lower.startsWith(phrase, at) && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end))
                && lower.charAt(end) != '\'');
    }

    private static int skipWord(String lower, int at, String word) {
        return startsWord(lower, at, word) ? afterPunctuation(lower, at + word.length()) : at;
    }

    private static int wordEnd(String lower, int at) {
        int end = at;
        while (end < lower.length() && (Character.isLetter(lower.charAt(end)) || lower.charAt(end) == '\'')) {
            end++;
        }
        return end;
    }

    /** Past a comma or dots and the spaces after a word: "um, ", "ok... ". */
    private static int afterPunctuation(String lower, int at) {
        int i = at;
        while (i < lower.length() && (lower.charAt(i) == ',' || lower.charAt(i) == '.' || lower.charAt(i) == '\u2026')) {
            i++;
        }
        return skipSpaces(lower, i);
    }

    private static int skipSpaces(String lower, int at) {
        int i = at;
        while (i < lower.length() && Character.isWhitespace(lower.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean hasALetter(String lower, int from) {
        for (int i = from; i < lower.length(); i++) {
            if (Character.isLetterOrDigit(lower.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
