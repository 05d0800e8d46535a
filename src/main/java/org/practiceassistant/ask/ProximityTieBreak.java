package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders near ties by how close together the question's concepts sit in each passage ({@link ConceptProximity}):
 * of two passages holding the same words of a question, the one saying them together is about it ("can the MASH
 * override consent": the sentence on overriding consent, not the MASH passage naming consent forty words after the
 * MASH). Each of the best few passages gains at most {@link #WEIGHT} of its relevance, so only passages within that
 * share of one another change places; the blend of words and meaning decides everything else.
 *
 * <p>On every tuning split (AskTuningReport) close seconds at equal word confidence split both ways on meaning, and
 * this is the one signal found that orders more of them right than wrong on most splits.
 */
final class ProximityTieBreak {

    /** The most a passage's relevance grows, for its concepts side by side: 7% lifts a close second, never a distant one. */
    static final double WEIGHT = Double.parseDouble(System.getProperty("prox.w", "0.05"));

    /** How many of the best passages are looked at: past the first few, order is no tie worth breaking. */
    static final int REORDERED = 5;

    private ProximityTieBreak() {}

    /** The hits, best first, the first {@link #REORDERED} weighed by how close together they say the question's concepts. */
    static List<Hit> apply(ConceptProximity proximity, List<Hit> ranked) {
        if (ranked.size() < 2 || proximity.concepts() < 2) {
            return ranked;
        }
        List<Hit> weighed = new ArrayList<>(ranked.size());
        for (int i = 0; i < ranked.size(); i++) {
            Hit hit = ranked.get(i);
            weighed.add(i < REORDERED
                    ? hit.withMeaning(hit.similarity(), hit.relevance() * (1 + WEIGHT * proximity.in(hit.passage().text()).density()))
                    : hit);
        }
        weighed.sort(Comparator.comparingDouble(Hit::relevance).reversed());
        return weighed;
    }
}
