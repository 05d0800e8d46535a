package org.practiceassistant.draft;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * A question about writing a statement or goal that is a request to write one, because it is asked for the worker's own
 * case: "how do i write a danger statement for exploitation, 15 yo boy going missing, ...", "&lt;case&gt; ... what would
 * the danger statement be?". The same question with no case of
 * the worker's own ("how do i write a danger statement when mum disagrees") stays a question for Ask.
 */
final class QuestionAboutTheirOwnCase {

    /* "how do i write", "how do i word": the how-to opening a case can follow. */
    private static final List<List<String>> HOW_DO_I_WRITE = java.util.stream.Stream.of("how do i write", "how do i word",
            "how do i do", "how would i write", "how should i write", "how do you write", "how do u write")
            .map(RequestWords::tokens).toList();

    private QuestionAboutTheirOwnCase() {}

    /**
     * "how do i write a danger statement for exploitation, 15 yo boy going missing, ...", "baby (8 wks) had a bruise ... how
     * do i write the danger statment when we dont know who did it": how to write a statement or goal, with a child's case
     * told beside it (at least a case's worth of words, a child's age among them): the worker wants this one written. A
     * how-to with no child's case ("how do i write a danger statement when mum disagrees") stays a question.
     */
    static boolean howToWriteOne(String message) {
        List<String> words = RequestWords.tokens(message);
        if (words.size() < RequestToWrite.SHORTEST_CASE_WORDS + 5 || !TheirOwnCase.givesAChildsAge(message)) {
            return false;
        }
        for (List<String> opening : HOW_DO_I_WRITE) {
            int at = Collections.indexOfSubList(words, opening);
            if (at >= 0) {
                int after = at + opening.size();
                List<String> object = words.subList(after, Math.min(words.size(), after + 3));
                return object.stream().anyMatch(word -> RequestToWrite.namesADraftThing(word));
            }
        }
        return false;
    }

    /* A how-to asked by the worker: "how do i", "how would i". */
    private static final List<List<String>> HOW_DO_I = java.util.stream.Stream.of("how do i", "how would i", "how can i",
            "how should i", "how do we", "how would we", "how can we").map(RequestWords::tokens).toList();
    /* Making given words into the work: "turn that into", "get from that to", "make this into". */
    private static final Set<String> MAKE = Set.of("turn", "get", "make", "change", "put");
    /* The words given, pointed back to: "that", "this", "them", "her words". */
    private static final Set<String> GIVEN = Set.of("that", "this", "these", "those", "it", "them", "her", "his", "their", "my");
    private static final Set<String> INTO = Set.of("into", "to");
    /* The make, the given words, "into" and the statement or goal, all this close after the how-to. */
    private static final int MAKING_WITHIN = 10;

    /**
     * "so the family want to use their own words for the goal, mum said '...'. how do i get from that to a proper safety goal
     * for the plan? &lt;case&gt;": how to make words already given (pointed back to: "that", "this", "them", "her words") into
     * a statement or goal, with a case's worth of other words, is the request "can you help me turn this into a safety goal"
     * asked as a how-to (six splits labelled the request draft); the worker has the material and wants the work. "how do i
     * turn a worry into a danger statement" points back to nothing and stays a question.
     */
    static boolean howToTurnGivenWordsIntoOne(String message) {
        List<String> words = RequestWords.tokens(message);
        for (List<String> opening : HOW_DO_I) {
            int at = Collections.indexOfSubList(words, opening);
            if (at < 0) {
                continue;
            }
            int from = at + opening.size();
            List<String> after = words.subList(from, Math.min(words.size(), from + MAKING_WITHIN));
            if (words.size() - opening.size() - after.size() >= RequestToWrite.SHORTEST_CASE_WORDS && makesGivenWordsIntoOne(after)) {
                return true;
            }
        }
        return false;
    }

    private static boolean makesGivenWordsIntoOne(List<String> words) {
        if (words.isEmpty() || !MAKE.contains(words.getFirst())) {
            return false;
        }
        // "turn that into", "get from that to": the given words straight after the verb or after one word.
        int given = GIVEN.contains(words.get(Math.min(1, words.size() - 1))) ? 1 : words.size() > 2 && GIVEN.contains(words.get(2)) ? 2 : -1;
        for (int k = given < 0 ? words.size() : given + 1; k < words.size(); k++) {
            if (INTO.contains(words.get(k))) {
                return words.subList(k + 1, Math.min(words.size(), k + 1 + EXAMPLE_OF_WITHIN)).stream()
                        .anyMatch(RequestToWrite::namesADraftThing);
            }
        }
        return false;
    }

    /* Asking for an example: "give me an example of", "eg of a good DS", "examples of". */
    private static final Set<String> EXAMPLE = Set.of("example", "examples", "eg", "e.g");
    /* "an example of a good danger statement": the statement or goal named within this many words after "example". */
    private static final int EXAMPLE_OF_WITHIN = 4;

    /**
     * "can you give me an example danger statement for my case - dad drinks, mum DV, kids 2 and 5": an example asked for the
     * worker's own case (a child's age given, or the case named as theirs: "for my case", "for this family") with a case's
     * worth of words is the worker's own statement or goal to write, which the coach does with them. With no case of their
     * own ("give me an example of a good danger statement", "examples of wellbeing goals for neglect?") it stays a question:
     * Ask answers from the authority's own documents (their example passages and what a good one must say), cited, and
     * says so when they hold none; the coach's made-up examples are shown step by step inside a mapping.
     */
    static boolean exampleForTheirOwnCase(String message) {
        List<String> words = RequestWords.tokens(message);
        if (words.size() < RequestToWrite.SHORTEST_CASE_WORDS
                || !(TheirOwnCase.givesAChildsAge(message) || RequestWords.mentions(message, RequestToWrite.WANTED_NOW))) {
            return false;
        }
        for (int i = 0; i < words.size(); i++) {
            if (EXAMPLE.contains(words.get(i))) {
                List<String> after = words.subList(i + 1, Math.min(words.size(), i + 1 + EXAMPLE_OF_WITHIN));
                if (after.stream().anyMatch(RequestToWrite::namesADraftThing)) {
                    return true;
                }
            }
        }
        return false;
    }

    /* "wot wud a danger stmt look like for my family - ...": the question's words as texted. */
    private static final Map<String, String> TEXTED = Map.of("wot", "what", "wat", "what", "wud", "would", "wld", "would",
            "stmt", "statement", "stmnt", "statement");
    /* "... be", "... look like": the wording asked for, within WORDING_WITHIN words of the statement or goal. */
    private static final List<String> LOOK_LIKE = List.of("look", "like");
    private static final int WORDING_WITHIN = 4;

    /**
     * "what would the danger statement be?", "what would a safety goal look like for this: ...": the wording of a statement
     * or goal asked for, with at least a case's worth of words beside the question.
     */
    static boolean whatTheDraftWouldBe(String message) {
        List<String> words = RequestWords.tokens(message).stream().map(word -> TEXTED.getOrDefault(word, word)).toList();
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("what") && words.get(i + 1).equals("would")) {
                for (int j = i + 2; j < Math.min(words.size(), i + 6); j++) {
                    if (RequestToWrite.DRAFT_THINGS.contains(words.get(j))) {
                        // "... be", "... look like", "... for this look like": its wording, asked within a few words.
                        List<String> after = words.subList(j + 1, Math.min(words.size(), j + 1 + WORDING_WITHIN));
                        boolean asksItsWording = after.contains("be") || Collections.indexOfSubList(after, LOOK_LIKE) >= 0;
                        return asksItsWording && words.size() - (j - i + 2) >= RequestToWrite.SHORTEST_CASE_WORDS;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
