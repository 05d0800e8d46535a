package org.practiceassistant.draft;

import java.util.Collections;
import java.util.List;
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

    /* "... be", "... look like": the wording asked for, within WORDING_WITHIN words of the statement or goal. */
    private static final List<String> LOOK_LIKE = List.of("look", "like");
    private static final int WORDING_WITHIN = 4;

    /**
     * "what would the danger statement be?", "what would a safety goal look like for this: ...": the wording of a statement
     * or goal asked for, with at least a case's worth of words beside the question.
     */
    static boolean whatTheDraftWouldBe(String message) {
        List<String> words = RequestWords.tokens(message);
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
