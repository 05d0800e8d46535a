package org.practiceassistant.draft;

/**
 * Rewrites a text one run of letters at a time, copying everything between the runs as it is: one pass, no pattern, so
 * its time is linear in the text whatever the worker typed. Shared by the tidying of chat words and of time units.
 */
final class LetterRuns {

    private LetterRuns() {}

    /** What one run of letters becomes. */
    interface Rewrite {
        /**
         * Appends to {@code out} what {@code text[start, end)} (a whole run of letters) becomes, and returns where the walk
         * goes on: {@code end}, or further when the rewrite also took what follows (a space after a dropped word).
         */
        int rewrite(String text, int start, int end, StringBuilder out);
    }

    static String rewrite(String text, Rewrite rewrite) {
        var out = new StringBuilder(text.length() + 8);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end == i) {
                out.append(text.charAt(i++));
                continue;
            }
            i = Math.max(end, rewrite.rewrite(text, i, end, out));
        }
        return out.toString();
    }
}
