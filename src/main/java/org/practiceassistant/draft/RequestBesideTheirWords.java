package org.practiceassistant.draft;

import org.practiceassistant.conversation.RequestWords;

/**
 * A request to write in words set apart from the worker's own words beside it: on the first line above the case, before
 * a colon and a paste, or before a quotation that ends the message. The request is read alone, as if it were all the
 * message; what the worker pasted is what the work goes with.
 */
final class RequestBesideTheirWords {

    /* After the colon, at least this many words of the worker's own: a statement, not "can you help: thanks". */
    private static final int SHORTEST_PASTE_WORDS = 8;

    private RequestBesideTheirWords() {}

    /**
     * "need a safety goal to go with this danger statement, can you help: &lt;statement, unquoted&gt;": the request before the
     * first colon, read alone, with the worker's own words after it (a quotation's rule, for a paste without quotation marks).
     * A request to check what follows is Check's, which reads the message first.
     */
    static boolean beforeAPaste(String message) {
        String text = message.strip();
        int colon = text.indexOf(':');
        return colon > 0 && RequestWords.tokens(text.substring(colon + 1)).size() >= SHORTEST_PASTE_WORDS
                && RequestToWrite.inWords(text.substring(0, colon));
    }

    /**
     * "need a safety goal to go with this danger statement: '&lt;statement&gt;'": the request before a quotation that ends the
     * message, read alone (the quotation is what the work goes with; a quotation the worker asks about is Check's, and Check
     * reads the message first).
     */
    static boolean beforeAQuotation(String message) {
        String text = message.strip();
        if (text.length() < 3 || !MessageParts.isQuote(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 1; i < text.length() - 1; i++) {
            if (MessageParts.isQuote(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
                // "this is what i have, can you rewrite it in words dad will understand: '...'": the clause just before it.
                String before = text.substring(0, i);
                return RequestToWrite.inWords(before) || RewriteRequest.opening(MessageParts.lastClause(before));
            }
        }
        return false;
    }

    /**
     * "I've done the mapping ... can you help me turn it into danger statements and safety goals?\n\n<notes>": the request on
     * the first line, the case after it.
     */
    static boolean onTheFirstLine(String message) {
        String text = message.strip();
        int lineEnd = text.indexOf('\n');
        return lineEnd > 0 && RequestToWrite.inWords(text.substring(0, lineEnd));
    }
}
