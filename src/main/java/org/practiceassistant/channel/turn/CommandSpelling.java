package org.practiceassistant.channel.turn;

import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import org.practiceassistant.system.text.EnglishWords;
import org.practiceassistant.system.text.TypingSlips;

/**
 * Command words as people type them in a hurry: "chek", "drfat", "hlep", "cancle" are the command one
 * slip away (a letter missing, added, changed, or two swapped), and "dfrat" is "draft" typed out of order. A real English word is never taken for
 * a command ("heck", "daft", "held", "checks" mean what they say), nor a word shorter than four letters,
 * nor a slip that two commands are equally close to. A message that is little more than the command ("cehckk",
 * "chej thhis", "drfaat") may hold two slips in a command of five letters or more, typed from its first letter: a
 * question is longer, so a word two slips from a command that opens one is left to mean what it says.
 */
final class CommandSpelling {

    private static final int SHORTEST = 4;
    /** Jumbled letters count as a slip only on words this long: on "chek"-length words they make other words. */
    private static final int JUMBLED_LENGTH = 5;
    /** Two slips only in a command this long: a four-letter word is two slips from too many others. */
    private static final int TWO_SLIPS_LENGTH = 5;
    /** "chej thhis pls": the command and what it takes; a longer message is a question that may open with any word. */
    private static final int MOST_WORDS_AFTER_TWO_SLIPS = 2;

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

    /**
     * As {@link #meant}, and when {@code wordsAfter} (the words that follow the word in the message) are few, a command of
     * five letters or more two slips away from its first letter on.
     */
    static Optional<String> meant(String word, Collection<String> commands, int wordsAfter) {
        Optional<String> oneSlip = meant(word, commands);
        if (oneSlip.isPresent() || wordsAfter > MOST_WORDS_AFTER_TWO_SLIPS || word.length() < SHORTEST
                || !word.chars().allMatch(Character::isLetter) || commands.contains(word) || EnglishWords.contains(word)) {
            return oneSlip;
        }
        var close = commands.stream().filter(command -> command.length() >= TWO_SLIPS_LENGTH
                && TypingSlips.keepingFirstLetter(command, 2).matches(word)).toList();
        return close.size() == 1 ? Optional.of(close.getFirst()) : Optional.empty();
    }

    /**
     * One insertion, deletion, substitution or swap of neighbours ({@link TypingSlips}), or the command's own letters jumbled behind its first ("dfrat" for
     * "draft": fingers out of order on a longer word, never a different word, as English words are kept).
     */
    static boolean oneSlipApart(String word, String command) {
        if (word.equals(command)) {
            return false;
        }
        if (TypingSlips.withinOne(word, command)) {
            return true;
        }
        return word.length() >= JUMBLED_LENGTH && word.length() == command.length() && word.charAt(0) == command.charAt(0)
                && Arrays.equals(sortedLetters(word), sortedLetters(command));
    }

    private static char[] sortedLetters(String word) {
        char[] letters = word.toCharArray();
        Arrays.sort(letters);
        return letters;
    }
}
