package org.practiceassistant.draft;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.practiceassistant.conversation.RequestWords;

/**
 * The worker's own case told, and the worker stuck on putting it into words: "&lt;case&gt;. mum really wants to do it right.
 * how would i word this", "&lt;case&gt;. i need to write the danger statement for the strategy notes, how do i word it", "not
 * sure how to put this in a worry statement. &lt;case&gt;". "this" and "it" are the case just told, so the worker wants it
 * written with them now, which is what the coach does; the same words with no case ("how do i word a safety goal when mum
 * disagrees") stay a question for Ask.
 */
final class StuckOnTheWording {

    /* "not sure how to word ...": the worker stuck, said rather than asked. */
    private static final List<List<String>> UNSURE_HOW = Stream.of("not sure how to", "dont know how to", "don't know how to",
            "no idea how to", "unsure how to").map(RequestWords::tokens).toList();
    private static final Set<String> WORDING_VERBS = Set.of("word", "write", "phrase", "put", "start", "do");
    /* "how would i word this", "how do i word it", "how should i write this up": the whole last clause. */
    private static final Set<String> HOW_MAY = Set.of("would", "do", "should", "can", "could");
    private static final Set<String> WORKER = Set.of("i", "we");
    private static final Set<String> THE_CASE = Set.of("this", "it", "that");

    private StuckOnTheWording() {}

    static boolean in(String message) {
        String text = message.strip();
        if (!TheirOwnCase.toldIn(text)) {
            return false;
        }
        int[] last = MessageParts.lastPart(text, ".?!,\n");
        String before = text.substring(0, last[0]);
        if (last[0] > 0 && asksHowToWordIt(RequestWords.tokens(text.substring(last[0], last[1]))) && before.indexOf('?') < 0
                && RequestWords.tokens(before).size() >= RequestToWrite.SHORTEST_CASE_WORDS) {
            return true;
        }
        // "not sure how to put this in a worry statement. <case>": said anywhere, with the statement or goal named and no
        // question of the worker's own.
        List<String> words = RequestWords.tokens(text);
        return text.indexOf('?') < 0 && words.size() >= RequestToWrite.SHORTEST_CASE_WORDS && saysUnsureHowToWord(words)
                && words.stream().anyMatch(word -> RequestToWrite.namesADraftThing(word));
    }

    /** Somewhere in {@code words}, the worker unsure how to word something ("not sure how to put ..."). */
    private static boolean saysUnsureHowToWord(List<String> words) {
        for (List<String> unsure : UNSURE_HOW) {
            int at = Collections.indexOfSubList(words, unsure);
            if (at >= 0 && at + unsure.size() < words.size() && WORDING_VERBS.contains(words.get(at + unsure.size()))) {
                return true;
            }
        }
        return false;
    }

    /** {@code sentence} opens on the worker unsure how to word something: "not sure how to word the who/what/when bit". */
    static boolean opensUnsureHowToWord(List<String> sentence) {
        return UNSURE_HOW.stream().anyMatch(p -> sentence.size() > p.size() && sentence.subList(0, p.size()).equals(p)
                && WORDING_VERBS.contains(sentence.get(p.size())));
    }

    /** "how would i word this", "how do we write it up": how to word the case just told, nothing else. */
    private static boolean asksHowToWordIt(List<String> clause) {
        int size = clause.size();
        boolean up = size == 6 && clause.getLast().equals("up");
        return (size == 5 || up) && clause.get(0).equals("how") && HOW_MAY.contains(clause.get(1)) && WORKER.contains(clause.get(2))
                && WORDING_VERBS.contains(clause.get(3)) && !clause.get(3).equals("start") && THE_CASE.contains(clause.get(4));
    }
}
