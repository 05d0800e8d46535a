package org.practiceassistant.ask;

import java.util.List;

/**
 * A question that sets two things side by side: "worry statement vs danger statement", "difference between a goal and a
 * bottom line". Each side names what it asks about as a question of its own would ("what is a bottom line"), so a
 * passage named by one side is about the question though the other side's words make up half of it.
 *
 * <p>Read from a question's words as {@link PassageNames#words} gives them (lower case, plurals folded); one pass over
 * them, so linear.
 */
final class Comparison {

    /** Words that set what is before them against what is after ("harm vs risk"). */
    private static final List<String> VERSUS = List.of("vs", "versus", "v");

    private static final List<String> DIFFERENCE_BETWEEN = List.of("difference", "between");
    private static final List<String> DIFF_BETWEEN = List.of("diff", "between");

    private Comparison() {}

    /**
     * The two sides compared, or none when the question compares nothing: either side of "vs" / "versus" (at its first
     * use), or the words after "difference between" up to "and" and the words after that "and".
     */
    static List<List<String>> sides(List<String> words) {
        for (int i = 1; i < words.size() - 1; i++) {
            if (VERSUS.contains(words.get(i))) {
                return List.of(words.subList(0, i), words.subList(i + 1, words.size()));
            }
        }
        int between = Math.max(end(words, DIFFERENCE_BETWEEN), end(words, DIFF_BETWEEN));
        if (between < 0) {
            return List.of();
        }
        int and = words.subList(between, words.size()).indexOf("and");
        if (and <= 0 || between + and + 1 >= words.size()) {
            return List.of();
        }
        return List.of(words.subList(between, between + and), words.subList(between + and + 1, words.size()));
    }

    /** Where the first use of these words side by side ends, or -1. */
    private static int end(List<String> words, List<String> phrase) {
        int start = java.util.Collections.indexOfSubList(words, phrase);
        return start < 0 ? -1 : start + phrase.size();
    }
}
