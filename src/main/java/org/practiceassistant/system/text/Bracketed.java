package org.practiceassistant.system.text;

/**
 * What a person put in round brackets is an aside ("Social worker (Amy)", "pls check (audit next week)"): Draft reads who
 * is worried, and Check a request line, without it. Shared so the two read brackets the same way.
 */
public final class Bracketed {

    private Bracketed() {}

    /** The text without what is inside round brackets: one pass; an unclosed bracket runs to the end, a stray ")" is kept. */
    public static String removed(String text) {
        var kept = new StringBuilder(text.length());
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (depth == 0) {
                kept.append(c);
            }
        }
        return kept.toString();
    }
}
