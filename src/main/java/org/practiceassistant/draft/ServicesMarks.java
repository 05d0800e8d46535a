package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;

/**
 * The note-taking marks of a case file written as the words a family reads (knowledge/check-conventions.md,
 * "Readability"): a tally "x4" or "4x" is "4 times" ("3x a week" is "3 times a week"; "3x incidents" counts the incidents,
 * "3 incidents"), "re" or "re:" is "about", a lone "&" or "+" is "and", "w/" is "with", "+ve" and "-ve" are "positive"
 * and "negative". Each is a class of mark read by its shape, as Check reads it, never a file's word list; a mark inside a
 * word or a name ("A&E", "14+", "re-referral", "Re'Nae") is left. One pass over the text: linear.
 */
final class ServicesMarks {

    private ServicesMarks() {}

    /** Words after a tally that are no plural noun it counts ("3x this week", "2x since May"). */
    private static final Set<String> NOT_COUNTED = Set.of("this", "since", "across", "was", "is", "has", "as", "plus",
            "always", "perhaps", "its", "his", "hers", "ours", "theirs", "yours", "less", "unless", "thus", "whereas");

    /** {@code text} with each mark in words; everything else as typed. */
    static String inWords(String text) {
        var out = new StringBuilder(text.length() + 16);
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                i = symbol(text, i, out);
                continue;
            }
            int end = i;
            while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            String word = text.substring(i, end);
            char before = i > 0 ? text.charAt(i - 1) : ' ';
            boolean inAWord = before == '/' || before == '-' || before == '\'' || before == '\u2019';
            boolean spaceOrEnd = end == n || text.charAt(end) == ' ';
            if (!inAWord && word.equalsIgnoreCase("re") && (spaceOrEnd || text.charAt(end) == ':')) {
                out.append(Character.isUpperCase(word.charAt(0)) ? "About" : "about");
                i = end + (end < n && text.charAt(end) == ':' ? 1 : 0);
            } else if (!inAWord && isTally(word) && (end == n || !Character.isLetterOrDigit(text.charAt(end)))
                    && (end == n || text.charAt(end) != '/')) {
                String count = Character.toLowerCase(word.charAt(0)) == 'x' ? word.substring(1) : word.substring(0, word.length() - 1);
                out.append(count).append(countsWhatFollows(text, end) ? "" : " times");
                i = end;
            } else if (!inAWord && word.equalsIgnoreCase("w") && end < n && text.charAt(end) == '/'
                    && (end + 1 == n || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
                out.append(Character.isUpperCase(word.charAt(0)) ? "With" : "with");
                i = end + 1;
            } else {
                out.append(word);
                i = end;
            }
        }
        return out.toString();
    }

    /** "x4", "X6", "3x": a count as a file's tally writes it (as Check reads it: two to four characters). */
    private static boolean isTally(String word) {
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

    /** "3x incidents": the tally counts the plural noun after it, so it is "3 incidents", not "3 times incidents". */
    private static boolean countsWhatFollows(String text, int end) {
        if (end >= text.length() || text.charAt(end) != ' ') {
            return false;
        }
        int from = end + 1;
        int to = from;
        while (to < text.length() && Character.isLetter(text.charAt(to))) {
            to++;
        }
        String next = text.substring(from, to).toLowerCase(Locale.ROOT);
        return next.length() > 3 && next.endsWith("s") && !next.endsWith("ss") && !NOT_COUNTED.contains(next);
    }

    /** A symbol at {@code i}: " & " and " + " as "and", " +ve" and " -ve" as words; returns where the walk goes on. */
    private static int symbol(String text, int i, StringBuilder out) {
        char c = text.charAt(i);
        int n = text.length();
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 == n || Character.isWhitespace(text.charAt(i + 1));
        if ((c == '&' || c == '+') && spaceBefore && spaceAfter || c == '&' && (spaceBefore || spaceAfter)) {
            out.append(spaceBefore ? "" : " ").append("and").append(spaceAfter ? "" : " ");
            return i + 1;
        }
        if ((c == '+' || c == '-') && spaceBefore && text.startsWith("ve", i + 1) && (i + 3 == n || !Character.isLetter(text.charAt(i + 3)))) {
            out.append(c == '+' ? "positive" : "negative");
            return i + 3;
        }
        out.append(c);
        return i + 1;
    }
}
