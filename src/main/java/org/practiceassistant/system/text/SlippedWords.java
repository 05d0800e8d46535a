package org.practiceassistant.system.text;

import java.util.List;
import java.util.function.Function;

/**
 * Words a reader knows, each with the spellings a slip makes of it ({@link TypingSlips}): which known word a typed one
 * was meant to be. Each automaton stops at the first letter that leaves it, so a scan of a list of known words costs a
 * letter or two per word that does not share the typed word's start.
 */
public final class SlippedWords {

    private final List<String> words;
    private final List<TypingSlips> slips;

    private SlippedWords(List<String> words, List<TypingSlips> slips) {
        this.words = words;
        this.slips = slips;
    }

    /** {@code words}, in order of preference, each with the slips {@code slipsOf} allows it. */
    public static SlippedWords of(List<String> words, Function<String, TypingSlips> slipsOf) {
        return new SlippedWords(List.copyOf(words), words.stream().map(slipsOf).toList());
    }

    public boolean contains(String word) {
        return words.contains(word);
    }

    public boolean isEmpty() {
        return words.isEmpty();
    }

    /** The first word {@code typed} is a slip of, or {@code null} when it is none of them. */
    public String slipped(String typed) {
        for (int i = 0; i < words.size(); i++) {
            if (slips.get(i).matches(typed)) {
                return words.get(i);
            }
        }
        return null;
    }

    /**
     * As {@link #slipped}, preferring a word as long as the one typed where two are a slip away ("thanj" is "thank", not
     * "than": a changed letter is likelier than a letter added).
     */
    public String slippedSameLengthFirst(String typed) {
        String first = null;
        for (int i = 0; i < words.size(); i++) {
            if (slips.get(i).matches(typed)) {
                if (words.get(i).length() == typed.length()) {
                    return words.get(i);
                }
                first = first == null ? words.get(i) : first;
            }
        }
        return first;
    }
}
