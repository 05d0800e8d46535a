package org.practiceassistant.check.rules;

import org.practiceassistant.check.text.AnalysedText;

/**
 * Check's reading of sentence length, for the drafting coach to split what it composes where Check would fail it, so the
 * coach and Check never disagree about how long a sentence may be. The rule itself stays {@link ReadabilityCriterion}'s.
 */
public final class ReadabilityReading {

    /** The longest sentence Check lets pass in any text. */
    public static final int LONGEST_IN_A_HARD_TEXT = ReadabilityCriterion.LONG_SENTENCE_WORDS;

    private ReadabilityReading() {}

    /**
     * The most words a sentence of {@code text} may have and pass Check's readability rule: fewer where many of the
     * text's words are long or acronyms.
     */
    public static int longestPassing(String text) {
        return ReadabilityCriterion.longestPassing(AnalysedText.of(text));
    }
}
