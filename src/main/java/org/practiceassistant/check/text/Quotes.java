package org.practiceassistant.check.text;

/** Evidence is a quote, not the whole draft: quotes are shown on one line and cut to a readable length. */
public final class Quotes {

    /** The longest quote shown as evidence, in characters. */
    public static final int MAX_QUOTE = 160;

    private Quotes() {}

    /** {@code s} on one line, at most {@value #MAX_QUOTE} characters (cut with "..."). */
    public static String shorten(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= MAX_QUOTE ? one : one.substring(0, MAX_QUOTE - 3) + "...";
    }
}
