package org.practiceassistant.check.rules;

import java.util.Locale;
import java.util.Optional;

/**
 * The note-taking marks services write in files and families do not read as words (knowledge/check-conventions.md,
 * "Readability": "re", "x3", "&", "+ve"): "re" or "re:" for "about", a count written "x3" or "3x", a lone "&" or "+" for
 * "and", "w/" for "with", "+ve" or "-ve" for a test's result. Each is a class of mark, read by its shape, not a list of a
 * file's words. One pass over the text: linear.
 */
final class ServicesShorthand {

    private ServicesShorthand() {}

    /** The first such mark in {@code text}, as written, or empty. */
    static Optional<String> first(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                Optional<String> mark = symbolAt(text, i);
                if (mark.isPresent()) {
                    return mark;
                }
                i++;
                continue;
            }
            int end = i;
            while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            boolean slashAfter = end < n && text.charAt(end) == '/';
            boolean wordBefore = i > 0 && (text.charAt(i - 1) == '/' || text.charAt(i - 1) == '-' || text.charAt(i - 1) == '\'');
            if (!wordBefore && (isAbout(word, text, end) || isCount(word) || word.equalsIgnoreCase("w") && slashAfter
                    && (end + 1 == n || !Character.isLetterOrDigit(text.charAt(end + 1))))) {
                return Optional.of(text.substring(i, Math.min(n, end + (slashAfter || isColon(text, end) ? 1 : 0))));
            }
            i = end;
        }
        return Optional.empty();
    }

    /* "re DV incidents", "Worries re: parenting": "re" standing alone for "about" (no English word is written so). */
    private static boolean isAbout(String word, String text, int end) {
        return word.toLowerCase(Locale.ROOT).equals("re") && (end == text.length() || text.charAt(end) == ' ' || isColon(text, end));
    }

    private static boolean isColon(String text, int end) {
        return end < text.length() && text.charAt(end) == ':';
    }

    /* "x3", "X6", "3x": how many times, as a file's tally writes it. */
    private static boolean isCount(String word) {
        if (word.length() < 2 || word.length() > 4) {
            return false;
        }
        char first = Character.toLowerCase(word.charAt(0));
        char last = Character.toLowerCase(word.charAt(word.length() - 1));
        if (first == 'x') {
            return word.substring(1).chars().allMatch(Character::isDigit);
        }
        return last == 'x' && word.substring(0, word.length() - 1).chars().allMatch(Character::isDigit);
    }

    /* " & ", " + ": a symbol between spaces for "and"; "+ve", "-ve" after a space: a test's result. */
    private static Optional<String> symbolAt(String text, int i) {
        char c = text.charAt(i);
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1));
        if ((c == '&' || c == '+') && spaceBefore && spaceAfter || c == '&' && (spaceBefore || spaceAfter)) {
            return Optional.of(String.valueOf(c));
        }
        if ((c == '+' || c == '-') && spaceBefore && text.startsWith("ve", i + 1)
                && (i + 3 == text.length() || !Character.isLetter(text.charAt(i + 3)))) {
            return Optional.of(text.substring(i, i + 3));
        }
        return Optional.empty();
    }
}
