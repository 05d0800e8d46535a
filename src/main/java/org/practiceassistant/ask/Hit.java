package org.practiceassistant.ask;

import org.practiceassistant.knowledge.Passage;

/**
 * One passage found for a question.
 *
 * @param passage    the passage
 * @param score      the Lucene relevance score, higher is better; 0 when only the meaning matched
 * @param coverage   the share (0 to 1) of the question's content, weighted by rarity, that the passage matches
 * @param similarity the cosine similarity of the passage's and the question's embeddings; 0 without them
 * @param relevance  the value answers are ordered by: {@link #rank()} for words alone, the blend of
 *                   words and meaning when {@link HybridRanking} has ranked it
 */
record Hit(Passage passage, double score, double coverage, double similarity, double relevance) {

    /** A hit found by its words alone, ordered by {@link #rank()}. */
    static Hit lexical(Passage passage, double score, double coverage) {
        return new Hit(passage, score, coverage, 0, score * coverage * coverage);
    }

    /**
     * How sure we are that the passage's words answer the question: its score, counted only as far as it
     * covers the question. A passage that matches one rare word of a long question scores well but
     * covers little; one that matches every word but only common ones covers much but scores little.
     */
    double confidence() {
        return score * coverage;
    }

    /** The order of hits by their words: like {@link #confidence()}, leaning further towards coverage. */
    double rank() {
        return score * coverage * coverage;
    }

    Hit withMeaning(double similarity, double relevance) {
        return new Hit(passage, score, coverage, similarity, relevance);
    }
}
