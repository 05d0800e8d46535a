package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * Asking where to start the work for the worker's own case: "where do I start with the mapping for a new CIN family".
 * The worker wants to be walked through it, which is what the coach does.
 */
final class AskedWhereToStart {

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
     * "where do I start with the mapping for a new CIN family": asking where to start the work for the worker's own case is
     * asking to be started on it ("where do i start with a danger statement?" alone stays a question).
     */
    static boolean in(String message) {
        List<String> words = RequestWords.tokens(message);
        List<String> opening = WHERE_TO_START.stream().filter(p -> words.size() > p.size() && words.subList(0, p.size()).equals(p))
                .findFirst().orElse(List.of());
        if (opening.isEmpty()) {
            return false;
        }
        // "..., is there a template for a family?" asks a question of its own after the opening.
        List<String> rest = words.subList(opening.size(), words.size());
        return rest.stream().anyMatch(WORK_TO_START::contains) && rest.stream().noneMatch(RequestToWrite.ASKING::contains) && forTheirOwnCase(rest);
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
