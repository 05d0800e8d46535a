package org.practiceassistant.system.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The note-taking marks services write in case files and families do not read as words (knowledge/check-conventions.md,
 * "Readability"): "re" or "re:" for "about", a tally "x3" or "3x", a lone "&" or "+" for "and", "w/" for "with", "+ve"
 * or "-ve" for a test's result. Each is a class of mark read by its shape, never a file's word list; a mark inside a
 * word or a name ("A&E", "14+", "re-referral", "Re'Nae") is none. Check fails a text that has one; Draft writes them in
 * words. One pass over the text: linear.
 */
public final class NoteMarks {

    /** What a mark stands for. */
    public enum Kind { ABOUT, TALLY, WITH, AND, POSITIVE, NEGATIVE }

    /** A mark at [start, end) of the text: "re:" and "w/" include their colon or slash. */
    public record Mark(int start, int end, Kind kind) {}

    private NoteMarks() {}

    /** Every mark in {@code text}, in order. */
    public static List<Mark> in(String text) {
        List<Mark> marks = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                Mark symbol = symbolAt(text, i);
                if (symbol != null) {
                    marks.add(symbol);
                    i = symbol.end();
                } else {
                    i++;
                }
                continue;
            }
            int end = i;
            while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            Mark word = wordMark(text, i, end);
            if (word != null) {
                marks.add(word);
                i = word.end();
            } else {
                i = end;
            }
        }
        return marks;
    }

    /** The text of the first mark in {@code text}, as written, or null. */
    public static String first(String text) {
        List<Mark> marks = in(text);
        return marks.isEmpty() ? null : text.substring(marks.getFirst().start(), marks.getFirst().end());
    }

    /** The mark the word at [start, end) is, or null. */
    private static Mark wordMark(String text, int start, int end) {
        int n = text.length();
        char before = start > 0 ? text.charAt(start - 1) : ' ';
        if (before == '/' || before == '-' || before == '\'' || before == '\u2019') {
            return null; // part of a word or a name
        }
        String word = text.substring(start, end);
        boolean colonAfter = end < n && text.charAt(end) == ':';
        boolean slashAfter = end < n && text.charAt(end) == '/';
        if (word.equalsIgnoreCase("re") && (end == n || text.charAt(end) == ' ' || colonAfter)) {
            return new Mark(start, end + (colonAfter ? 1 : 0), Kind.ABOUT); // no English word is written so
        }
        if (isTally(word) && !slashAfter) {
            return new Mark(start, end, Kind.TALLY);
        }
        if (word.equalsIgnoreCase("w") && slashAfter && (end + 1 == n || !Character.isLetterOrDigit(text.charAt(end + 1)))) {
            return new Mark(start, end + 1, Kind.WITH);
        }
        return null;
    }

    /** "x4", "X6", "3x": how many times, as a file's tally writes it (two to four characters). */
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

    /** " & ", " + ": a symbol between spaces for "and"; " +ve", " -ve": a test's result. */
    private static Mark symbolAt(String text, int i) {
        char c = text.charAt(i);
        int n = text.length();
        boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1));
        boolean spaceAfter = i + 1 == n || Character.isWhitespace(text.charAt(i + 1));
        if ((c == '&' || c == '+') && spaceBefore && spaceAfter || c == '&' && (spaceBefore || spaceAfter)) {
            return new Mark(i, i + 1, Kind.AND);
        }
        if ((c == '+' || c == '-') && spaceBefore && text.startsWith("ve", i + 1) && (i + 3 == n || !Character.isLetter(text.charAt(i + 3)))) {
            return new Mark(i, i + 3, c == '+' ? Kind.POSITIVE : Kind.NEGATIVE);
        }
        return null;
    }
}
