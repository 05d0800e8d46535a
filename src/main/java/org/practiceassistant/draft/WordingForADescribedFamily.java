package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * How to word a statement, goal or part of the mapping for one family the worker describes: "how do i word the worry
 * statement for a mum who drinks", "how would you word a safety goal if the plan is that dad moves out and grandad
 * supervises", "what should i put as the bottom lines for this one - dad is on bail ...", "whats working well for a family
 * where mum is really trying ...". The work is named near the opening and straight after it comes the family it is for,
 * described by a clause of its own ("a mum who ...", "a family where ...", "a child ... whose ...") or by what the worry or
 * the plan is: the worker wants that one written, which is what the coach does. Ask's questions name a described person
 * without naming the work first ("when is the health assessment due for a child who just came into care"), and a how-to
 * with no family described ("how do i word a safety goal when mum disagrees") stays a question.
 */
final class WordingForADescribedFamily {

    /* The mapping's parts a worker asks the wording of, beside its statements and goals. */
    private static final List<List<String>> PARTS = List.of(List.of("bottom", "lines"), List.of("bottom", "line"),
            List.of("next", "steps"), List.of("working", "well"));
    /* The work is named this near the opening: the message is about its wording, not a question with the work in it. */
    private static final int WORK_NAMED_WITHIN = 8;
    /* The family follows the work within this many words ("the worry statement for a mum who"). */
    private static final int FAMILY_AFTER_WITHIN = 4;
    /* "for a mum who", "for a family where", "for a child with autism whose": the clause that describes them. */
    private static final Set<String> DESCRIBING = Set.of("who", "whos", "who's", "where", "whose", "with");
    private static final Set<String> A = Set.of("a", "an");
    /* "for a <up to this many words> who ...": "a child with autism whose". */
    private static final int LONGEST_DESCRIBED_WORDS = 4;
    /* "when the worry is ...", "if the plan is ...", "for this one - ...": what this family's worry or plan is. */
    private static final List<List<String>> THIS_FAMILYS = List.of(List.of("when", "the", "worry", "is"),
            List.of("if", "the", "worry", "is"), List.of("if", "the", "plan", "is"), List.of("when", "the", "plan", "is"),
            List.of("for", "this", "one"));
    /* At least this many words of the family after the clause opens ("a mum who drinks"). */
    private static final int SHORTEST_DESCRIPTION_WORDS = 1;

    private WordingForADescribedFamily() {}

    static boolean in(String message) {
        List<String> words = RequestWords.tokens(message);
        if (describedAfter(words, endOfTheWorkNamed(words))) {
            return true;
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (WRITING.contains(words.get(i)) && STANDS_FOR_THE_WORK.contains(words.get(i + 1)) && describedAfter(words, i + 2)) {
                return true;
            }
        }
        return false;
    }

    /*
     * "can you coach me through writing one for a family where ...", "help me do one for a family where ...": a verb of
     * writing and a word standing for the work, the family described straight after it, wherever in the message: the work
     * was named before it ("i always write them too long").
     */
    private static final Set<String> WRITING = Set.of("write", "writing", "draft", "drafting", "word", "wording", "do", "doing");
    /* "one" only: "do we do them for a family where dad is in prison" asks whether the work is done at all. */
    private static final Set<String> STANDS_FOR_THE_WORK = Set.of("one");

    private static boolean describedAfter(List<String> words, int work) {
        if (work < 0) {
            return false;
        }
        for (int at = work; at < Math.min(words.size(), work + FAMILY_AFTER_WITHIN); at++) {
            int described = describedFamilyFrom(words, at);
            if (described > 0) {
                return words.size() - described >= SHORTEST_DESCRIPTION_WORDS;
            }
        }
        return false;
    }

    /** Where the first statement, goal or mapping part named in the opening words ends, or -1 when none is. */
    private static int endOfTheWorkNamed(List<String> words) {
        for (int i = 0; i < Math.min(words.size(), WORK_NAMED_WITHIN); i++) {
            if (RequestToWrite.namesADraftThing(words.get(i))) {
                return i + 1;
            }
            for (List<String> part : PARTS) {
                if (i + part.size() <= words.size() && words.subList(i, i + part.size()).equals(part)) {
                    return i + part.size();
                }
            }
        }
        return -1;
    }

    /** Where the words describing the family end when they open at {@code at}, or -1 when they do not open there. */
    private static int describedFamilyFrom(List<String> words, int at) {
        for (List<String> opening : THIS_FAMILYS) {
            if (at + opening.size() <= words.size() && words.subList(at, at + opening.size()).equals(opening)) {
                return at + opening.size();
            }
        }
        if (at + 2 < words.size() && words.get(at).equals("for") && A.contains(words.get(at + 1))) {
            for (int k = at + 3; k < Math.min(words.size(), at + 3 + LONGEST_DESCRIBED_WORDS); k++) {
                if (DESCRIBING.contains(words.get(k))) {
                    return k + 1;
                }
            }
        }
        return -1;
    }
}
