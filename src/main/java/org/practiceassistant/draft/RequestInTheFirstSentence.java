package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * "I need to write worry statements for the Ferreira family. &lt;case&gt;. Where do I start?", "help me write a worry statement
 * for a care leaver whose .... i want to use it to explain why im referring ...": a request to write as the first sentence,
 * for the worker's own family or opening on "help me", the case after it.
 */
final class RequestInTheFirstSentence {

    /* "for the Ferreira family", "for the Khan kids": the worker's own family, named. */
    private static final Set<String> HOUSEHOLD = Set.of("family", "families", "kids", "children", "siblings", "household", "boys",
            "girls");

    private RequestInTheFirstSentence() {}

    /**
     * "I need to write worry statements for the Ferreira family. &lt;case&gt;. Where do I start?": the first sentence asks for the
     * work for the worker's own family, the case follows; what follows it is read no further.
     */
    static boolean in(String message) {
        String text = message.strip();
        int end = MessageParts.firstSentenceEnd(text);
        if (end < 0) {
            return false;
        }
        String first = text.substring(0, end);
        return (forTheirOwnFamily(first) || opensOnHelpMe(first) && text.indexOf('?') < 0) && RequestToWrite.inWords(first);
    }

    /* "help me write ...", "can you help me write ...": the request opening the message as an instruction. */
    private static final List<List<String>> HELP_ME = java.util.stream.Stream.of("help me", "can you help me", "can u help me",
            "could you help me", "pls help me", "please help me").map(RequestWords::tokens).toList();

    /*
     * "help me write a worry statement for a care leaver whose .... i want to use it to explain why im referring ...": the
     * first sentence an instruction to help write, what follows tells what the work is for and asks nothing.
     */
    private static boolean opensOnHelpMe(String sentence) {
        List<String> words = RequestWords.tokens(sentence);
        return HELP_ME.stream().anyMatch(p -> words.size() > p.size() && words.subList(0, p.size()).equals(p));
    }

    private static boolean forTheirOwnFamily(String text) {
        if (RequestWords.mentions(text, RequestToWrite.WANTED_NOW)) {
            return true;
        }
        List<String> words = RequestWords.tokens(text);
        for (int i = 0; i + 3 < words.size(); i++) {
            if (words.get(i).equals("for") && words.get(i + 1).equals("the") && HOUSEHOLD.contains(words.get(i + 3))) {
                return true;
            }
        }
        return false;
    }
}
