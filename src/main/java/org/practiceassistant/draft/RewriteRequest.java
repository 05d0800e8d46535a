package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * Asking the coach to rewrite the worker's own words: the request opening the message ("turn this into something mum will
 * understand: '...'", "can you redo this safety goal so it's got a timescale?\n&lt;goal&gt;"; opening it, not asking how: "how do
 * i reword this for parents" is a question), closing case notes, or "how would you say '...'" before the words quoted.
 */
final class RewriteRequest {

    /* The rewrite asked for, opening the request. */
    private static final List<String> REWRITE = List.of("turn this into", "turn it into", "turn these into", "redo this", "redo my",
            "redo it", "rewrite this", "rewrite my", "reword this", "reword my", "rephrase this", "rephrase my", "re word this",
            "re write this", "make this into", "put this into", "put this in plain",
            // "make this SMART: ...", "can you make this more child focused? ...": the worker's words made better.
            "make this", "make it more", "make it smart", "improve this", "improve my", "tighten this", "tighten up this",
            // "can you word this better? '...'", "can you rewrite it in words dad will understand: '...'": the words just given.
            "word this", "word it", "rewrite it", "reword it", "rephrase it", "re word it", "re write it");
    /* Words before a rewrite that only ask politely: "can you redo ...", "could u turn this into ...". */
    private static final Set<String> POLITE = Set.of("can", "could", "would", "will", "you", "u", "please", "pls", "plz", "hi", "hey",
            "quick", "one", "just");

    private RewriteRequest() {}

    /* "how would you say", "how would u word": the worker asking the coach to say their words again. */
    private static final List<List<String>> HOW_WOULD_YOU_SAY = java.util.stream.Stream.of("how would you say", "how would you word",
            "how would you phrase", "how would you put", "how would u say", "how would u word", "how would u phrase",
            "how would u put", "how would you rephrase", "how would you reword").map(RequestWords::tokens).toList();

    /**
     * "how would you say '&lt;the worker's words&gt;' in a way nan would get": the opening, then the worker's own words quoted
     * straight after it, asks for them rewritten ("how would you say no to a parent" quotes nothing and stays a question).
     */
    static boolean howToSayAQuotation(String message) {
        String text = message.strip();
        int quote = -1;
        for (int i = 1; i < text.length(); i++) {
            if (MessageParts.isQuote(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
                quote = i;
                break;
            }
        }
        if (quote < 0 || text.substring(quote + 1).chars().noneMatch(c -> MessageParts.isQuote((char) c))) {
            return false;
        }
        List<String> opening = RequestWords.tokens(text.substring(0, quote));
        return HOW_WOULD_YOU_SAY.contains(opening);
    }

    /*
     * "rough notes from my visit: <case>. can you turn this into a danger statement and safety goal": the notes first, then a
     * rewrite asked for as the last sentence, after at least a case's worth of words.
     */
    static boolean lastAfterNotes(String message) {
        String text = message.strip();
        int[] last = MessageParts.lastSentence(text);
        return last[0] > 0 && RequestWords.tokens(text.substring(0, last[0])).size() >= RequestToWrite.SHORTEST_CASE_WORDS
                && opening(text.substring(last[0], last[1]));
    }

    /** The message opens (after polite words) on asking for a rewrite. */
    static boolean opening(String message) {
        List<String> words = RequestWords.tokens(message);
        int start = 0;
        while (start < words.size() && POLITE.contains(words.get(start))) {
            start++;
        }
        List<String> opening = words.subList(start, Math.min(words.size(), start + 5));
        return words.size() >= start + 4 && REWRITE.stream().map(RequestWords::tokens).anyMatch(r -> opening.size() >= r.size()
                        && opening.subList(0, r.size()).equals(r));
    }

}
