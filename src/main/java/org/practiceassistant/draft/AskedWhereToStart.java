package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * Asking where to start the work: "where do I start with a worry statement", "where do I start with the mapping for a
 * new CIN family". The worker wants to be walked through it, which is what the coach does.
 */
final class AskedWhereToStart {

    /* Before the opening: "morning! where do i start ...", "hi, where to begin ...". */
    private static final Set<String> GREETING = Set.of("hi", "hey", "hello", "hiya", "morning", "afternoon", "ok", "okay", "so",
            "right", "um", "help");

    private AskedWhereToStart() {}

    /* "where do I start with ...": asking to be started. */
    private static final List<List<String>> WHERE_TO_START = java.util.stream.Stream.of("where do i start", "where do i begin",
            "where to start", "where to begin", "where do i even start", "where do i even begin").map(RequestWords::tokens).toList();
    /* The work a worker starts: "the mapping", "a danger statement". */
    private static final Set<String> WORK_TO_START = Set.of("mapping", "map", "statement", "statements", "goal", "goals", "plan");
    /* "for a new CIN family", "for my CP case": the worker's own case, named in a few words. */
    private static final Set<String> OWN_CASE = Set.of("family", "families", "case", "kids", "children", "child", "siblings", "household");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "this", "our");
    private static final int LONGEST_CASE_NAME = 3;

    /**
     * "where do I start with a worry statement", "morning! where do i begin with the mapping": asking where to start a
     * statement, goal or mapping asks to be started on it, walked through it now (what goes in one is a question: "what
     * goes in a worry statement"). A plan, which has other meanings, only for the worker's own case named ("where do I
     * start with the plan for my new CP family"); another question after the opening keeps it a question ("..., is there a
     * template for a family?").
     */
    static boolean in(String message) {
        List<String> all = RequestWords.tokens(message);
        int greeting = 0;
        while (greeting < all.size() && GREETING.contains(all.get(greeting))) {
            greeting++;
        }
        List<String> words = all.subList(greeting, all.size());
        List<String> opening = WHERE_TO_START.stream().filter(p -> words.size() > p.size() && words.subList(0, p.size()).equals(p))
                .findFirst().orElse(List.of());
        if (opening.isEmpty()) {
            return false;
        }
        List<String> rest = words.subList(opening.size(), words.size());
        if (rest.stream().anyMatch(RequestToWrite.ASKING::contains)) {
            return false;
        }
        boolean draftWork = rest.stream().anyMatch(word -> word.equals("mapping") || word.equals("map")
                || RequestToWrite.namesADraftThing(word));
        return draftWork || rest.stream().anyMatch(WORK_TO_START::contains) && forTheirOwnCase(rest);
    }

    private static boolean forTheirOwnCase(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).equals("for") && DETERMINERS.contains(words.get(i + 1))) {
                for (int j = i + 2; j < Math.min(words.size(), i + 2 + LONGEST_CASE_NAME); j++) {
                    if (OWN_CASE.contains(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
