package org.practiceassistant.channel.turn;

import java.util.Collection;
import java.util.Optional;
import org.practiceassistant.ask.EnglishWords;

/**
 * Command words as people type them in a hurry: "chek", "drfat", "hlep", "cancle" are the command one
 * slip away (a letter missing, added, changed, or two swapped). A real English word is never taken for
 * a command ("heck", "daft", "held", "checks" mean what they say), nor a word shorter than four letters,
 * nor a slip that two commands are equally close to.
 */
final class CommandSpelling {

    private static final int SHORTEST = 4;

    private CommandSpelling() {}

    /** The command {@code word} (lowercase) was meant to be, if it is a slip of exactly one. */
    static Optional<String> meant(String word, Collection<String> commands) {
        if (word.length() < SHORTEST || !word.chars().allMatch(Character::isLetter) || commands.contains(word)
                || EnglishWords.contains(word)) {
            return Optional.empty();
        }
        var close = commands.stream().filter(command -> command.length() >= SHORTEST && oneSlipApart(word, command)).toList();
        return close.size() == 1 ? Optional.of(close.getFirst()) : Optional.empty();
    }

    /** One insertion, deletion, substitution or swap of neighbours (optimal string alignment distance 1). */
    static boolean oneSlipApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            boolean swapped = i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2));
            return swapped || a.substring(i + 1).equals(b.substring(i + 1));
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = longer == a ? b : a;
        return longer.substring(i + 1).equals(shorter.substring(i));
    }
}
