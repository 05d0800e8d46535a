package org.practiceassistant.draft;

/**
 * Where a request to write sits in a message: its first and last sentence, its last clause, and the quotation marks
 * around the worker's own words. Plain scans of the characters, no pattern over the text.
 */
final class MessageParts {

    private MessageParts() {}

    /** Where the last sentence of {@code text} starts and ends, its closing marks left out: {start, end}. */
    static int[] lastSentence(String text) {
        return lastPart(text, ".?!\n");
    }

    /** Where the last part of {@code text} after any of {@code breaks} starts and ends, its closing marks left out. */
    static int[] lastPart(String text, String breaks) {
        int end = text.length();
        while (end > 0 && ".?!".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && breaks.indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return new int[] {start, end};
    }

    /** Where the first sentence of {@code text} ends (its closing mark), or -1 if it is all one sentence. */
    static int firstSentenceEnd(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (".?!\n".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** The text after the last comma or sentence mark of {@code text}. */
    static String lastClause(String text) {
        int start = text.length();
        while (start > 0 && ",.?!\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start);
    }

    static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
    }
}
