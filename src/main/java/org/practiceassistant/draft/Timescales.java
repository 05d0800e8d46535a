package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A timescale given with a hedge ("not sure yet - probably 3 months", "idk maybe 6 months", "dunno, till the
 * review"): the worker's best idea is the answer, without the words of not being sure, which never reach the goal.
 * Only when what follows the hedge says a length of time or a date.
 */
final class Timescales {

    private Timescales() {}

    /** Words of not being sure, and the fillers around them, read from the start of the answer. */
    private static final Set<String> HEDGES = Set.of("not", "sure", "yet", "idk", "dunno", "don't", "dont", "do", "know",
            "unsure", "maybe", "probably", "prob", "possibly", "perhaps", "about", "around", "roughly", "approx", "i", "think",
            "tbc", "no", "idea", "tbh", "but", "so", "guess", "say", "-", "\u2013", "?", "...", "um", "erm", "hmm");
    private static final Set<String> TIME_WORDS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "term", "terms", "review", "conference", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "christmas", "easter", "summer", "autumn", "spring", "winter", "birth",
            "end");

    static Optional<String> hedged(String answer) {
        String[] words = answer.strip().split("\\s+");
        int start = 0;
        while (start < words.length && HEDGES.contains(bare(words[start]))) {
            start++;
        }
        if (start == 0 || start == words.length) {
            return Optional.empty();
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
        boolean time = false;
        for (int i = start; i < words.length; i++) {
            String w = bare(words[i]);
            time |= TIME_WORDS.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0));
        }
        return time ? Optional.of(rest) : Optional.empty();
    }

    /** Lower case, without the punctuation typed around a word ("sure," "yet -"). */
    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int from = 0;
        int to = w.length();
        while (from < to && ",.;:!()\"".indexOf(w.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ",.;:!()\"".indexOf(w.charAt(to - 1)) >= 0) {
            to--;
        }
        return from == to ? w : w.substring(from, to);
    }
}
