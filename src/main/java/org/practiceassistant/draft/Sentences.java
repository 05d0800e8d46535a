package org.practiceassistant.draft;

import java.util.List;

/**
 * Keeps composed sentences short enough for a family to read: a sentence longer than {@link #MAX_WORDS} words
 * (the worker's fear and what happened, joined into one) is split at a clause boundary near its middle ("; ",
 * ", and ", ", but ", ", so "), the second part starting a sentence of its own. The worker's words are kept;
 * only the joins change. Scans the text, no regular expressions over it.
 */
final class Sentences {

    /** Check's readability rule fails a sentence over 50 words; this leaves room for what the composer adds. */
    static final int MAX_WORDS = 40;
    /** The longest sentence Check's readability rule lets pass. */
    static final int CHECK_LIMIT = 50;
    /** Boundaries, best first, and what the new sentence starts with. */
    private static final List<String[]> BOUNDARIES = List.of(new String[] {"; ", ""}, new String[] {", and ", ""},
            new String[] {", but ", "But "}, new String[] {", so ", "So "});
    /** Parts shorter than this are not worth a sentence of their own. */
    private static final int MIN_PART_WORDS = 6;

    private Sentences() {}

    static String shortened(String text) {
        return shortened(text, 0);
    }

    /**
     * As {@link #shortened(String)}, never splitting in the first {@code keep} characters: who is worried ("Me,
     * the health visitor Jo Anand, and the police") or who will act is one subject, not two sentences.
     */
    static String shortened(String text, int keep) {
        var out = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || (".!?".indexOf(text.charAt(i)) >= 0
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
            if (end) {
                String sentence = text.substring(start, Math.min(i + 1, text.length()));
                out.append(split(sentence, Math.max(0, keep - start), 0));
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String split(String sentence, int keep, int depth) {
        if (words(sentence) <= MAX_WORDS || depth > 6) {
            return sentence;
        }
        int middle = sentence.length() / 2;
        int[] wordsBefore = wordsBefore(sentence);
        int total = wordsBefore[sentence.length()];
        for (String[] boundary : BOUNDARIES) {
            int best = -1;
            for (int at = sentence.indexOf(boundary[0], keep); at >= 0; at = sentence.indexOf(boundary[0], at + 1)) {
                if (wordsBefore[at] >= MIN_PART_WORDS && total - wordsBefore[at] >= MIN_PART_WORDS
                        && (best < 0 || Math.abs(at - middle) < Math.abs(best - middle))) {
                    best = at;
                }
            }
            if (best >= 0) {
                String rest = sentence.substring(best + boundary[0].length()).strip();
                String second = boundary[1].isEmpty() ? capitalise(rest) : boundary[1] + rest;
                return split(sentence.substring(0, best) + ".", keep, depth + 1) + " " + split(second, 0, depth + 1);
            }
        }
        int clause = newClause(sentence, keep, wordsBefore, middle);
        if (clause >= 0) {
            return split(sentence.substring(0, clause) + ".", keep, depth + 1) + " "
                    + split(sentence.substring(clause + 2).strip(), 0, depth + 1);
        }
        return sentence;
    }

    /** Verbs that make "<Name> could ..." after a comma a clause of its own. */
    private static final java.util.Set<String> CLAUSE_VERBS = java.util.Set.of("will", "could", "might", "may", "would",
            "can", "is", "has", "was", "had", "won't", "wont", "cannot", "can't", "should");

    /**
     * "..., Kai could get hold of needles ...": a comma then a name and a verb of its own starts a new clause, so the
     * sentence can end before it. The comma nearest the middle, or -1.
     */
    private static int newClause(String sentence, int keep, int[] wordsBefore, int middle) {
        int total = wordsBefore[sentence.length()];
        int best = -1;
        for (int at = sentence.indexOf(", ", keep); at >= 0; at = sentence.indexOf(", ", at + 1)) {
            int nameStart = at + 2;
            int nameEnd = nameStart;
            while (nameEnd < sentence.length() && Character.isLetter(sentence.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || nameEnd - nameStart < 2 || !Character.isUpperCase(sentence.charAt(nameStart))
                    || nameEnd >= sentence.length() || sentence.charAt(nameEnd) != ' ') {
                continue;
            }
            int verbEnd = sentence.indexOf(' ', nameEnd + 1);
            String verb = sentence.substring(nameEnd + 1, verbEnd < 0 ? sentence.length() : verbEnd).toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_VERBS.contains(verb) && wordsBefore[at] >= MIN_PART_WORDS && total - wordsBefore[at] >= MIN_PART_WORDS
                    && (best < 0 || Math.abs(at - middle) < Math.abs(best - middle))) {
                best = at;
            }
        }
        return best;
    }

    /** The number of words in the longest sentence of {@code text}. */
    static int longest(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || (".!?".indexOf(text.charAt(i)) >= 0
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
            if (end) {
                longest = Math.max(longest, words(text.substring(start, Math.min(i + 1, text.length()))));
                start = i + 1;
            }
        }
        return longest;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static int words(String text) {
        return wordsBefore(text)[text.length()];
    }

    /** Words started before each position, so each boundary is weighed without counting again (linear). */
    private static int[] wordsBefore(String text) {
        int[] before = new int[text.length() + 1];
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            before[i + 1] = before[i] + (!space && !inWord ? 1 : 0);
            inWord = !space;
        }
        return before;
    }
}
