package org.practiceassistant.system.text;

/**
 * Text as the bot shows it, with no link in it. The bot's own replies hold no links, so a link in a reply is one a user
 * typed or pasted and we echo (a quoted statement, an answer read back, the question asked): Teams would render it
 * clickable in the bot's voice. A Markdown link, or an HTML anchor as Teams sends a pasted link
 * ({@code <a href="...">words</a>}), keeps its words and loses its address; a bare web address (a scheme's "://" or
 * "www.") becomes {@value #REMOVED}, an e-mail address {@value #EMAIL_REMOVED} (a worker's or a family's, it is no
 * more ours to echo than a link). {@link #forSearch} drops them without a placeholder, so the words searched are the
 * question's. One pass over the text, each character looked at a bounded number of times.
 */
public final class LinkFreeText {

    /** What a bare web address becomes. */
    public static final String REMOVED = "(link removed)";
    /** What an e-mail address becomes. */
    public static final String EMAIL_REMOVED = "(e-mail removed)";

    /* An anchor's opening tag, or its words, longer than this is not read as one (the tag is left as text). */
    private static final int LONGEST_TAG = 2_000;
    private static final String ANCHOR_END = "</a>";

    private LinkFreeText() {}

    public static String of(String text) {
        return without(text, REMOVED, EMAIL_REMOVED);
    }

    /** {@code text} with links and e-mail addresses gone, anchors' and Markdown links' words kept: the words to search. */
    public static String forSearch(String text) {
        String searched = without(text, "", "");
        return searched == null || searched.equals(text) ? text : searched.replaceAll(" {2,}", " ").strip();
    }

    private static String without(String text, String link, String email) {
        if (text == null || text.indexOf('(') < 0 && text.indexOf("://") < 0 && text.indexOf('<') < 0 && text.indexOf('@') < 0
                && !containsIgnoreCase(text, "www.")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '<') {
                int after = anchor(text, i);
                if (after > i) {
                    i = after;
                    continue;
                }
            }
            int emailEnd = emailEnd(text, i);
            if (emailEnd > i) {
                out.append(email);
                i = emailEnd;
                continue;
            }
            if (c == '[') {
                int close = closing(text, i + 1, '[', ']');
                if (close > 0 && close + 1 < text.length() && text.charAt(close + 1) == '(') {
                    int end = closing(text, close + 2, '(', ')');
                    if (end > 0) {
                        out.append(addresses(text.substring(i + 1, close), link, email));
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
                out.append(link);
                i = address;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /**
     * At {@code i}, an HTML anchor's opening tag ({@code <a ...>}, its address with it) or its closing tag: returns where
     * reading goes on, past the tag, or {@code i} when no anchor tag starts there. The anchor's words, between the tags,
     * are read on as any text is (an address or e-mail address in them goes too). The tag is scanned once, up to
     * {@value #LONGEST_TAG} characters.
     */
    private static int anchor(String text, int i) {
        if (text.regionMatches(true, i, ANCHOR_END, 0, ANCHOR_END.length())) {
            return i + ANCHOR_END.length();
        }
        boolean opens = text.regionMatches(true, i, "<a", 0, 2) && i + 2 < text.length()
                && (Character.isWhitespace(text.charAt(i + 2)) || text.charAt(i + 2) == '>');
        if (!opens) {
            return i;
        }
        int tagEnd = indexWithin(text, i + 2, '>');
        return tagEnd < 0 ? i : tagEnd + 1;
    }

    /** The index of {@code wanted} at or after {@code from}, within {@value #LONGEST_TAG} characters and before any '<', or -1. */
    private static int indexWithin(String text, int from, char wanted) {
        for (int j = from; j < text.length() && j - from < LONGEST_TAG; j++) {
            char c = text.charAt(j);
            if (c == wanted) {
                return j;
            }
            if (c == '<') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where an e-mail address starting at {@code i} ends, or {@code i}: its local part (letters, digits, ". _ % + -"), an
     * '@', and a domain with a dot inside it. Only where no local-part character comes just before {@code i}, so a run of
     * such characters is scanned from its start once.
     */
    private static int emailEnd(String text, int i) {
        if (i > 0 && localChar(text.charAt(i - 1)) || !localChar(text.charAt(i))) {
            return i;
        }
        int at = i;
        while (at < text.length() && localChar(text.charAt(at))) {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != '@') {
            return i;
        }
        int end = at + 1;
        int dot = -1;
        while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '.'
                || text.charAt(end) == '-')) {
            if (text.charAt(end) == '.') {
                dot = end;
            }
            end++;
        }
        // A sentence's full stop after an address stays with the sentence.
        while (end > at + 1 && text.charAt(end - 1) == '.') {
            end--;
        }
        if (dot >= end) {
            dot = -1;
            for (int j = at + 1; j < end; j++) {
                dot = text.charAt(j) == '.' ? j : dot;
            }
        }
        return dot > at + 1 && dot < end - 1 ? end : i;
    }

    private static boolean localChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || "._%+-".indexOf(c) >= 0);
    }

    /** Bare addresses and e-mail addresses only (a link's words hold no brackets worth reading). */
    private static String addresses(String words, String link, String email) {
        StringBuilder out = new StringBuilder(words.length());
        int i = 0;
        while (i < words.length()) {
            int address = addressEnd(words, i);
            int emailEnd = emailEnd(words, i);
            if (address > i) {
                out.append(link);
                i = address;
            } else if (emailEnd > i) {
                out.append(email);
                i = emailEnd;
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

    /** Where a bare web address starting at {@code i} ends (the next space, line end or tag), or {@code i} if none starts there. */
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
                && text.charAt(end) != ']' && text.charAt(end) != '>' && text.charAt(end) != '<') {
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
