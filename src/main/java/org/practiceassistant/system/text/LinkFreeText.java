package org.practiceassistant.system.text;

/**
 * Text as the bot shows it, with no link in it. The bot's own replies hold no links, so a link in a reply is one a user
 * typed or pasted and we echo (a quoted statement, an answer read back, the question asked): Teams would render it
 * clickable in the bot's voice. A Markdown link keeps its words and loses its address; a bare web address (a scheme's
 * "://" or "www.") becomes {@value #REMOVED}. One pass over the text, each character looked at a bounded number of times.
 */
public final class LinkFreeText {

    /** What a bare web address becomes. */
    public static final String REMOVED = "(link removed)";

    private LinkFreeText() {}

    public static String of(String text) {
        if (text == null || text.indexOf('(') < 0 && text.indexOf("://") < 0 && !containsIgnoreCase(text, "www.")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '[') {
                int close = closing(text, i + 1, '[', ']');
                if (close > 0 && close + 1 < text.length() && text.charAt(close + 1) == '(') {
                    int end = closing(text, close + 2, '(', ')');
                    if (end > 0) {
                        out.append(addresses(text.substring(i + 1, close)));
                        i = end + 1;
                        continue;
                    }
                }
                out.append(c);
                i++;
                continue;
            }
            int address = addressEnd(text, i);
            if (address > i) {
                out.append(REMOVED);
                i = address;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Bare addresses only (a link's words hold no brackets worth reading). */
    private static String addresses(String words) {
        StringBuilder out = new StringBuilder(words.length());
        int i = 0;
        while (i < words.length()) {
            int address = addressEnd(words, i);
            if (address > i) {
                out.append(REMOVED);
                i = address;
            } else {
                out.append(words.charAt(i++));
            }
        }
        return out.toString();
    }

    /**
     * The index of the bracket closing the one just before {@code from} on the same line, or -1: the scan stops at a
     * line break, at another '[' (which the main loop then reads itself) and, inside an address, at a space; so no stretch
     * of the text is scanned for more than one link.
     */
    private static int closing(String text, int from, char open, char close) {
        for (int j = from; j < text.length(); j++) {
            char c = text.charAt(j);
            if (c == close) {
                return j;
            }
            if (c == '\n' || c == '[' || (open == '(' && Character.isWhitespace(c))) {
                return -1;
            }
        }
        return -1;
    }

    /** Where a bare web address starting at {@code i} ends (the next space or line end), or {@code i} if none starts there. */
    private static int addressEnd(String text, int i) {
        if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) {
            return i;
        }
        int schemeEnd = i;
        while (schemeEnd < text.length() && schemeEnd - i < 12 && Character.isLetter(text.charAt(schemeEnd))) {
            schemeEnd++;
        }
        boolean scheme = schemeEnd > i && text.startsWith("://", schemeEnd);
        boolean www = text.regionMatches(true, i, "www.", 0, 4) && i + 4 < text.length()
                && Character.isLetterOrDigit(text.charAt(i + 4));
        if (!scheme && !www) {
            return i;
        }
        int end = i;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != ')'
                && text.charAt(end) != ']' && text.charAt(end) != '>') {
            end++;
        }
        // A sentence's full stop or comma after an address stays with the sentence.
        while (end > i && ".,;:!?".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }
}
