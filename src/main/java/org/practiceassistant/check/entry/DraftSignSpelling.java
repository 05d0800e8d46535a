package org.practiceassistant.check.entry;

import java.util.List;
import org.practiceassistant.system.text.EnglishWords;
import org.practiceassistant.system.text.SlippedWords;
import org.practiceassistant.system.text.TypingSlips;

/**
 * The few words a bare statement or goal is recognised by ("will", "worried", "concerned", "risk", "ensure"), read through one
 * slip of any kind, first letter as typed, when the word typed is no English word: "Mum wll attend ...", "we are woorried
 * that ...", "ris of emotional harm ..." are the drafts they would be typed carefully. A word on the English list means what
 * it says ("wall", "worries"), and every other word is left as typed, so the shape of the paste is read, not changed.
 */
final class DraftSignSpelling {

    private static final SlippedWords SIGNS = SlippedWords.of(List.of("will", "worried", "concerned", "concerns", "risk",
            "ensure", "sure", "harm"), word -> TypingSlips.keepingFirstLetter(word, 1));
    /* "wil", "wll": three letters typed are enough for "will" in a paste's shape ("Mum wil ..."). */
    private static final int SHORTEST_TYPED = 3;
    /* Longer words are no slip of these. */
    private static final int LONGEST_TYPED = 11;

    private DraftSignSpelling() {}

    /** {@code text} with each word that is a slip of a sign word written as that word; linear in the text. */
    static String readThrough(String text) {
        StringBuilder read = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                read.append(text.charAt(i++));
                continue;
            }
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            read.append(meant(text.substring(i, end)));
            i = end;
        }
        return read.toString();
    }

    private static String meant(String typed) {
        if (typed.length() < SHORTEST_TYPED || typed.length() > LONGEST_TYPED) {
            return typed;
        }
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        if (SIGNS.contains(lower) || EnglishWords.contains(lower)) {
            return typed;
        }
        String sign = SIGNS.slippedSameLengthFirst(lower);
        return sign == null ? typed : sign;
    }
}
