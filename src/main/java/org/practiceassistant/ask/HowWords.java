package org.practiceassistant.ask;

import java.util.List;
import java.util.Locale;

/**
 * What "how" asks for: after it, a word one slip from one of {@link #WORDS} is that word even when it is English too ("how
 * man hours", "how ling does it last", "how son"), as "how" is followed by little else that close to them. The spelling
 * step otherwise never changes an English word.
 */
final class HowWords {

    private HowWords() {}

    private static final List<String> WORDS = List.of("many", "much", "long", "often", "soon", "quickly");

    /** Shorter words after "how" are left alone: too many are one slip from "son" or "man". */
    private static final int MIN_LENGTH = 3;

    /** The word a lower-case word typed after "how" is one slip from, or null (none, or more than one). */
    static String intended(String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        if (!word.equals(typed) || word.length() < MIN_LENGTH || WORDS.contains(word)
                || PracticeAnalyzers.STOP_WORDS.contains(word)) {
            return null;
        }
        String found = null;
        for (String intended : WORDS) {
            if (Slips.oneEditApart(word, intended)) {
                if (found != null) {
                    return null;
                }
                found = intended;
            }
        }
        return found;
    }
}
