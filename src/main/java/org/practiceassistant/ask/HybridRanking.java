package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.practiceassistant.knowledge.Passage;

/**
 * Ranks the passages found by their words together with those closest in meaning. Each side is scaled
 * to 0..1 for this question (words: against the best word match; meaning: between the best and the
 * last of the nearest candidates, as raw cosines of unrelated texts are far from 0) and the two are
 * blended. On tests-data/ask this beat reciprocal-rank fusion by 3 points of top-1: the scaled scores
 * keep how far ahead the best passage is, where ranks forget it.
 *
 * @param meaningWeight how much meaning counts against words (0 words only, 1 meaning only)
 * @param candidates    how many of the nearest passages in meaning join the ones found by their words
 */
record HybridRanking(double meaningWeight, int candidates) {

    HybridRanking {
        if (meaningWeight < 0 || meaningWeight > 1) {
            throw new IllegalArgumentException("meaningWeight must be between 0 and 1, was " + meaningWeight);
        }
        if (candidates < 2) {
            throw new IllegalArgumentException("candidates must be at least 2, was " + candidates);
        }
    }

    /**
     * @param byWords   the hits found by words, in any order
     * @param meaning   every passage's similarity to the question
     * @param passages  finds a passage by its id
     * @return the candidates from both sides, best first
     */
    List<Hit> rank(List<Hit> byWords, SemanticIndex.Similarities meaning, Function<String, Passage> passages) {
        List<String> nearest = meaning.nearest(candidates);
        double best = meaning.of(nearest.getFirst());
        double floor = meaning.of(nearest.getLast());
        double bestWords = byWords.stream().mapToDouble(Hit::rank).max().orElse(0);

        Map<String, Hit> candidates = new LinkedHashMap<>();
        byWords.forEach(hit -> candidates.put(hit.passage().id(), hit));
        for (String id : nearest) {
            Passage passage = passages.apply(id);
            if (passage != null) {
                candidates.putIfAbsent(id, Hit.lexical(passage, 0, 0));
            }
        }
        List<Hit> ranked = new ArrayList<>(candidates.size());
        for (Hit hit : candidates.values()) {
            double similarity = meaning.of(hit.passage().id());
            double words = bestWords == 0 ? 0 : hit.rank() / bestWords;
            double sense = best == floor ? 0 : Math.max(0, (similarity - floor) / (best - floor));
            ranked.add(hit.withMeaning(similarity, (1 - meaningWeight) * words + meaningWeight * sense));
        }
        ranked.sort(Comparator.comparingDouble(Hit::relevance).reversed());
        return ranked;
    }
}
