package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;

import org.practiceassistant.system.text.NoteMarks;

/**
 * The note-taking marks of a case file written as the words a family reads (knowledge/check-conventions.md,
 * "Readability"): a tally "x4" or "4x" is "4 times" ("3x a week" is "3 times a week"; "3x incidents" counts the incidents,
 * "3 incidents"), "re" or "re:" is "about", a lone "&" or "+" is "and", "w/" is "with", "+ve" and "-ve" are "positive"
 * and "negative". The marks are read by {@link NoteMarks}, as Check reads them. One pass over the text: linear.
 */
final class ServicesMarks {

    private ServicesMarks() {}

    /** Words after a tally that are no plural noun it counts ("3x this week", "2x since May"). */
    private static final Set<String> NOT_COUNTED = Set.of("this", "since", "across", "was", "is", "has", "as", "plus",
            "always", "perhaps", "its", "his", "hers", "ours", "theirs", "yours", "less", "unless", "thus", "whereas");

    /** {@code text} with each mark in words; everything else as typed. */
    static String inWords(String text) {
        var out = new StringBuilder(text.length() + 16);
        int from = 0;
        for (NoteMarks.Mark mark : NoteMarks.in(text)) {
            out.append(text, from, mark.start());
            boolean capital = Character.isUpperCase(text.charAt(mark.start()));
            switch (mark.kind()) {
                case ABOUT -> out.append(capital ? "About" : "about");
                case WITH -> out.append(capital ? "With" : "with");
                case TALLY -> {
                    String word = text.substring(mark.start(), mark.end());
                    String count = Character.toLowerCase(word.charAt(0)) == 'x' ? word.substring(1) : word.substring(0, word.length() - 1);
                    out.append(count).append(countsWhatFollows(text, mark.end()) ? "" : " times");
                }
                case AND -> {
                    boolean spaceBefore = mark.start() == 0 || Character.isWhitespace(text.charAt(mark.start() - 1));
                    boolean spaceAfter = mark.end() == text.length() || Character.isWhitespace(text.charAt(mark.end()));
                    out.append(spaceBefore ? "" : " ").append("and").append(spaceAfter ? "" : " ");
                }
                case POSITIVE -> out.append("positive");
                case NEGATIVE -> out.append("negative");
            }
            from = mark.end();
        }
        return out.append(text, from, text.length()).toString();
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
}
