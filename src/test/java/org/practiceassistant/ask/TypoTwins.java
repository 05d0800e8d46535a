package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Typo twins of a question set, as people type in Teams: two words of each question misspelt (a letter
 * dropped, doubled, swapped with its neighbour or hit on the next key), no capital and no question mark.
 * Reproducible: the same seed gives the same twins, whatever else changes in the set, because each
 * question's misspellings are drawn from the seed and the question's own text.
 */
public final class TypoTwins {

    /** The seed the benchmark and the floors use. */
    public static final long SEED = 11;

    /** Words shorter than this are left alone: "cp" misspelt is another word, not a typo. */
    private static final int MIN_LENGTH = 4;

    private static final String[] KEY_ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    private TypoTwins() {}

    /** The twin of every question, in the same order, each labelled as its original. */
    public static List<AskQualitySet.Question> of(List<AskQualitySet.Question> questions, long seed) {
        return questions.stream()
                .map(question -> new AskQualitySet.Question(question.split(), question.area(), twin(question.q(), seed),
                        question.expect()))
                .toList();
    }

    /** The twin of every out-of-scope question. */
    public static List<String> ofTexts(List<String> questions, long seed) {
        return questions.stream().map(question -> twin(question, seed)).toList();
    }

    /** One question with two of its words misspelt (one when it has only one word long enough). */
    public static String twin(String question, long seed) {
        Random random = new Random(seed * 31 + question.hashCode());
        String plain = question.strip().toLowerCase(Locale.ROOT);
        while (plain.endsWith("?")) {
            plain = plain.substring(0, plain.length() - 1).stripTrailing();
        }
        String[] words = plain.split(" ");
        List<Integer> candidates = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            if (words[i].length() >= MIN_LENGTH && words[i].chars().allMatch(Character::isLetter)) {
                candidates.add(i);
            }
        }
        for (int typos = 0; typos < 2 && !candidates.isEmpty(); typos++) {
            int word = candidates.remove(random.nextInt(candidates.size()));
            words[word] = misspell(words[word], random);
        }
        return String.join(" ", words);
    }

    private static String misspell(String word, Random random) {
        // Never the first letter: people rarely get it wrong, and spell checkers rely on it as everyone's do.
        int at = 1 + random.nextInt(word.length() - 1);
        StringBuilder typo = new StringBuilder(word);
        switch (random.nextInt(4)) {
            case 0 -> typo.deleteCharAt(at);
            case 1 -> typo.insert(at, word.charAt(at));
            case 2 -> {
                int left = at == word.length() - 1 ? at - 1 : at;
                char swapped = typo.charAt(left);
                typo.setCharAt(left, typo.charAt(left + 1));
                typo.setCharAt(left + 1, swapped);
            }
            default -> typo.setCharAt(at, neighbour(word.charAt(at), random));
        }
        return typo.toString().equals(word) ? word.substring(0, at) + word.substring(at + 1) : typo.toString();
    }

    /** A key next to this one on a QWERTY keyboard. */
    private static char neighbour(char key, Random random) {
        for (String row : KEY_ROWS) {
            int position = row.indexOf(key);
            if (position >= 0) {
                if (position == 0) {
                    return row.charAt(1);
                }
                if (position == row.length() - 1) {
                    return row.charAt(position - 1);
                }
                return row.charAt(position + (random.nextBoolean() ? 1 : -1));
            }
        }
        return key;
    }
}
