package org.practiceassistant.system.text;

/**
 * Text from outside with every lone UTF-16 surrogate (half of an emoji, as {@code "\ud83d"} in JSON)
 * replaced by U+FFFD. Lone surrogates cannot be encoded as UTF-8, so the tokenizer, the index and the JSON
 * writer each fail on them in their own way; replaced once at the edge, nothing downstream sees one.
 */
public final class WellFormedText {

    private WellFormedText() {}

    public static String of(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(length).append(text, 0, i);
                }
                out.append('\uFFFD');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }
}
