package org.practiceassistant.check.rules;

/** Small, linear-time edits of a heading line. */
final class Headings {

    private Headings() {}

    /**
     * The line without a parenthesis that closes it ("Danger statements (what we are worried about):"
     * becomes "Danger statements"), with the spaces before it. Written out rather than as
     * {@code \s*\([^)]*\)\s*[:?]?$}: that pattern, tried from every "(" of a line of brackets, is quadratic.
     */
    static String withoutTrailingParenthesis(String line) {
        int end = line.length();
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && (line.charAt(end - 1) == ':' || line.charAt(end - 1) == '?')) {
            end--;
        }
        while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (end == 0 || line.charAt(end - 1) != ')') {
            return line;
        }
        int previousClose = line.lastIndexOf(')', end - 2);
        int open = line.indexOf('(', previousClose + 1);
        if (open < 0 || open >= end - 1) {
            return line;
        }
        int cut = open;
        while (cut > 0 && Character.isWhitespace(line.charAt(cut - 1))) {
            cut--;
        }
        return line.substring(0, cut);
    }

    /** What a parenthesis that closes the line holds ("danger statements" in "Why we are involved (danger statements):"), or "". */
    static String trailingParenthesis(String line) {
        String before = withoutTrailingParenthesis(line);
        if (before.length() == line.length()) {
            return "";
        }
        int open = line.indexOf('(', before.length());
        int close = line.lastIndexOf(')');
        return open < 0 || close <= open ? "" : line.substring(open + 1, close).strip();
    }
}
