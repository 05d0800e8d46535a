package org.practiceassistant.ask;

import org.practiceassistant.knowledge.Passage;

/**
 * One passage found for a question.
 *
 * @param passage  the passage
 * @param score    the Lucene relevance score, higher is better
 * @param coverage the share (0 to 1) of the question's content, weighted by rarity, that the passage matches
 */
record Hit(Passage passage, double score, double coverage) {

    /**
     * How sure we are that the passage answers the question: its score, counted only as far as it
     * covers the question. A passage that matches one rare word of a long question scores well but
     * covers little; one that matches every word but only common ones covers much but scores little.
     */
    double confidence() {
        return score * coverage;
    }

    /** The order answers are shown in: like {@link #confidence()}, leaning further towards coverage. */
    double rank() {
        return score * coverage * coverage;
    }
}
