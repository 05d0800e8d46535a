package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * A request to be walked through writing in everyday words, beyond the coach's own start phrases: "can
 * you help me write a danger statement", "i need to do a worry statement for an EH case can you walk me
 * through it", "lets draft a wellbeing goal". A message that asks for a check ("check", "feedback on",
 * "look over") is Check's; one that asks for an explanation or example is a question.
 */
final class DraftRequest {

    private static final RequestWords ASKS_TO_WRITE = new RequestWords(
            List.of("write", "writing", "draft", "drafting", "put together", "build", "word", "walk me through", "coach", "go through",
                    "step by step", "together", "start", "help me", "help with", "need help", "do a", "do the", "do my", "create",
                    "guided coach", "from scratch", "stuck", "do some", "new", "another", "fresh", "guide me", "work out", "turn them into", "begin", "no idea",
                    "thru", "take me through", "talk me through",
                    // "i need a success goal for a 14 year old in care", "could we work through the worries column together";
                    // "need a" alone is in questions ("does the plan need a network meeting").
                    "i need a", "i need an", "work through",
                    // "want to have a go at a safety goal, can you prompt me".
                    "have a go", "prompt me"),
            // "plan" too: "help me put together a safety plan" is a mapping to walk through ("check my plan" is Check's).
            List.of("statement", "statements", "stmt", "goal", "goals", "mapping", "map", "ds", "sg", "plan", "bottom lines",
                    "bottom line", "column", "columns",
                    // "need DSs for 3 siblings", "help me write the harm and complicating factors bits": plurals and the mapping's parts.
                    "dss", "sgs", "complicating factors"),
            List.of("check", "chk", "chek", "checking", "checked", "review my", "feedback on", "audit", "look over",
                    "up to standard"));

    /* "mapping", "new mapping pls": the thing alone, asked for with nothing but these words. */
    private static final Set<String> MAPPING_ALONE = Set.of("mapping", "a", "new", "another", "pls", "please", "plz", "start", "lets",
            "let's", "do", "map", "guided", "with", "me",
            // "first mapping help": a newly qualified worker's first one.
            "first", "help", "nqsw");
    /*
     * The work wanted now, said after a question about how to do it: "how do i write a worry statement, ive got to get one done
     * today". Then the question is a request for the coach (one is being written), not for guidance in general.
     */
    private static final List<String> WANTED_NOW = List.of("get one done", "got one to do", "have one to do", "need one today",
            "need one for", "need one by", "need one done", "one due", "due today", "due tomorrow");

    private DraftRequest() {}

    static boolean asks(String message) {
        List<String> words = RequestWords.tokens(message);
        boolean mappingAlone = !words.isEmpty() && words.size() <= 4 && words.stream().allMatch(MAPPING_ALONE::contains)
                && (words.contains("mapping") || words.contains("map"));
        // "need a safety goal for ...": the opening of "I need a ...", typed without its "I".
        boolean opensOnNeed = words.size() > 2 && words.get(0).equals("need") && (words.get(1).equals("a") || words.get(1).equals("an"));
        return mappingAlone || ASKS_TO_WRITE.asks(opensOnNeed ? "i " + message : message)
                || RequestWords.mentions(message, WANTED_NOW) && ASKS_TO_WRITE.names(message);
    }
}
