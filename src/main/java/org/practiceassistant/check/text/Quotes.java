package org.practiceassistant.check.text;

/** Evidence is a quote, not the whole draft: quotes are shown on one line and cut to a readable length. */
public final class Quotes {

    /** The longest quote shown as evidence, in characters. */
    public static final int MAX_QUOTE = 160;

    private Quotes() {}

    /*
     * The draft's words without the marks of the editor they were pasted from: Markdown bold ("**Written with:**") and a
     * table row's pipes ("| Visit weekly | Hannah | from 1 May |" reads "Visit weekly – Hannah – from 1 May"). One pass.
     */
    private static String readable(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '*' || c == '_') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                i++;
            } else if (c == '|') {
                out.append(" \u2013 ");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /* "- Beth will visit ...": a list's bullet is not the draft's words. */
    private static String withoutListMark(String oneLine) {
        return oneLine.startsWith("- ") || oneLine.startsWith("\u2022 ") || oneLine.startsWith("* ") ? oneLine.substring(2) : oneLine;
    }

    /* "a –  – b" from an empty cell reads "a – b"; a row's outer pipes leave no dash at either end. */
    private static String withoutEmptyCells(String oneLine) {
        String text = oneLine;
        if (text.indexOf('\u2013') < 0) {
            return text;
        }
        while (text.contains("\u2013 \u2013")) {
            text = text.replace("\u2013 \u2013", "\u2013");
        }
        while (text.startsWith("\u2013")) {
            text = text.substring(1).strip();
        }
        while (text.endsWith("\u2013")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** {@code s} on one line, at most {@value #MAX_QUOTE} characters (cut with "..."). */
    public static String shorten(String s) {
        String one = withoutListMark(withoutEmptyCells(readable(s).replaceAll("\\s+", " ").strip()));
        return one.length() <= MAX_QUOTE ? one : one.substring(0, MAX_QUOTE - 3) + "...";
    }
}
