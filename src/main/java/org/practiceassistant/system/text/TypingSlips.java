package org.practiceassistant.system.text;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * A word as people type it in a hurry: a letter missing, added or changed, or two neighbours swapped, up to a number of
 * such slips. The one place the project reads typing slips, with Lucene's Levenshtein automata (transpositions counted
 * as one slip, as its FuzzyQuery does): the router's command words, the request words of Check and Draft, the coach's
 * short answers. Built once per word and kept, an automaton answers in time linear in the word typed.
 */
public final class TypingSlips {

    /** Lucene builds its automata for up to two slips. */
    public static final int MOST_SLIPS = 2;

    private final CharacterRunAutomaton automaton;

    private TypingSlips(CharacterRunAutomaton automaton) {
        this.automaton = automaton;
    }

    /** Every spelling within {@code slips} (0 to {@value #MOST_SLIPS}) of {@code word}. */
    public static TypingSlips of(String word, int slips) {
        return new TypingSlips(new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(slips)));
    }

    /**
     * As {@link #of}, with the first letter typed as it is (FuzzyQuery's prefix): a name such as "Jack" is then never read
     * as "back".
     */
    public static TypingSlips keepingFirstLetter(String word, int slips) {
        int prefixEnd = word.offsetByCodePoints(0, 1);
        return new TypingSlips(new CharacterRunAutomaton(new LevenshteinAutomata(word.substring(prefixEnd), true)
                .toAutomaton(slips, word.substring(0, prefixEnd))));
    }

    /** True when {@code typed} is the word, or the word within its slips. */
    public boolean matches(String typed) {
        return automaton.run(typed);
    }

    /** True when {@code typed} is {@code word} with at most one slip. */
    public static boolean withinOne(String typed, String word) {
        return of(word, 1).matches(typed);
    }
}
