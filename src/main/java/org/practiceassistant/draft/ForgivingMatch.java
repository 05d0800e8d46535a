package org.practiceassistant.draft;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.system.text.TypingSlips;

/**
 * Reads a short typed answer as one of a fixed set of phrases, forgiving the typos people make in chat:
 * one slip (a wrong, missing, extra or swapped letter: "bakc", "examle", "skp") in a word of three to
 * five letters, two in a longer one ("child protecton"). Uses {@link TypingSlips} (Lucene's Levenshtein
 * automata) with the first letter kept exact (FuzzyQuery's prefix) so that a name such as "Jack"
 * is not read as "back". An answer close to two different meanings matches neither.
 *
 * @param <T> what a phrase means
 */
final class ForgivingMatch<T> {

    /** Whole-message phrases longer than this are never short answers, so they are not matched. */
    private static final int LONGEST = 40;

    private record Entry<T>(String phrase, TypingSlips slips, T meaning) {}

    private final Map<String, T> exact = new LinkedHashMap<>();
    private final List<Entry<T>> fuzzy;

    ForgivingMatch(Map<String, T> phrases) {
        this(phrases, 2);
    }

    /**
     * @param mostSlips the most typos forgiven in any phrase: 1 where a phrase two slips away could be a name or a
     *                  word someone meant ("Carmel" is two from "cancel")
     */
    ForgivingMatch(Map<String, T> phrases, int mostSlips) {
        phrases.forEach((phrase, meaning) -> exact.put(normalise(phrase), meaning));
        fuzzy = exact.entrySet().stream()
                .filter(e -> slips(e.getKey()) > 0)
                .map(e -> new Entry<>(e.getKey(), TypingSlips.keepingFirstLetter(e.getKey(), Math.min(mostSlips, slips(e.getKey()))),
                        e.getValue()))
                .toList();
    }

    Optional<T> match(String text) {
        return match(text, 0);
    }

    /**
     * As {@link #match(String)}, with a typo forgiven only in a message of at least {@code typoFrom} letters: where a
     * phrase read from a typo would be kept in place of the words typed, a short word is taken as it is, since short
     * words close to "none" or "nah" are people ("nan", "Nat", "Nona").
     */
    Optional<T> match(String text, int typoFrom) {
        String said = normalise(text);
        if (said.isEmpty() || said.length() > LONGEST) {
            return Optional.empty();
        }
        T found = exact.get(said);
        if (found != null) {
            return Optional.of(found);
        }
        if (said.length() < typoFrom) {
            return Optional.empty();
        }
        Set<T> close = new HashSet<>();
        for (Entry<T> entry : fuzzy) {
            if (Math.abs(entry.phrase().length() - said.length()) <= 2 && entry.slips().matches(said)) {
                close.add(entry.meaning());
            }
        }
        return close.size() == 1 ? Optional.of(close.iterator().next()) : Optional.empty();
    }

    /** Lower case, single spaces, no punctuation at the ends ("Help!", "back.", "examle?"). */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String t = text.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        var out = new StringBuilder(t.length());
        boolean space = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isWhitespace(c)) {
                space = !out.isEmpty();
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        int start = 0;
        int end = out.length();
        while (end > 0 && ".!?,;:".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        while (start < end && "\"'(".indexOf(out.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && "\"')".indexOf(out.charAt(end - 1)) >= 0) {
            end--;
        }
        // "?", "??", "?!": a lone question is a question about the step.
        return end > start ? out.substring(start, end) : (!out.isEmpty() && out.charAt(0) == '?' ? "?" : "");
    }

    /** Typos forgiven in a phrase of this length: none in one or two letters, one up to five, two beyond. */
    private static int slips(String phrase) {
        int letters = phrase.codePointCount(0, phrase.length());
        return letters <= 2 ? 0 : letters <= 5 ? 1 : 2;
    }
}
