package org.practiceassistant.check.rules;

import org.practiceassistant.check.text.AnalysedText;

/**
 * Check's reading of a fear, for the drafting coach to ask while a worker answers, so that the coach and Check keep one
 * list of what a good life looks like: a "fear" that is only good to come ("she will be calm, fed and at school") is
 * what Check fails as no future harm. The words stay {@link FutureIfNothingChangesCriterion}'s.
 */
public final class FearReading {

    private FearReading() {}

    /**
     * True when {@code said} names a harm Check can picture, something done to someone, or a negation or loss ("not",
     * "without", "lose", "worse"): Check's words for what a fear is made of, so the coach reads a fear with them alone.
     */
    public static boolean saysAHarm(String said) {
        AnalysedText text = AnalysedText.of(said);
        int size = text.tokens().size();
        return size > 0 && (WordLists.picturableHarm(text, 0, size) || WordLists.BEHAVIOUR.first(text).isPresent()
                || WordLists.NEGATIONS.first(text).isPresent() || FutureIfNothingChangesCriterion.NOT_GOOD.first(text).isPresent()
                || WordLists.VAGUE_IMPACT.first(text).isPresent());
    }

    /**
     * True when {@code fear} says anything of what is to come ("will", "could", "if nothing changes", "unless"): Check's
     * words for a future, so the coach asks about a "fear" that only tells what has happened with the same list.
     */
    public static boolean saysWhatCouldHappen(String fear) {
        return WordLists.FUTURE.first(AnalysedText.of(fear)).isPresent();
    }

    /** True when {@code fear} names something good to come and no harm, negation or "un-" word to turn it. */
    public static boolean onlyGoodToCome(String fear) {
        AnalysedText text = AnalysedText.of(fear);
        return !text.tokens().isEmpty() && FutureIfNothingChangesCriterion.onlyGoodToCome(text, 0, text.tokens().size());
    }
}
