package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Orders near ties by how close together the question's concepts sit in each passage ({@link ConceptProximity}):
 * of two passages holding the same words of a question, the one saying them together is about it ("can the MASH
 * override consent": the sentence on overriding consent, not the MASH passage naming consent forty words after the
 * MASH). Each of the three best passages gains at most {@link #WEIGHT} of its relevance, so only passages within that
 * share of one another change places; the blend of words and meaning decides everything else.
 *
 * <p>On every tuning split (AskTuningReport) close seconds at equal word confidence split both ways on meaning, and
 * this is the one signal found that orders more of them right than wrong on most splits. Its cost (AskCost on every
 * fourth question and twin, 2,237 answers, off then on in one process): the question analysed once more for the passage
 * text and three passages' words read, allocated p50 1,383 -> 1,435 KB and p99 4,524 -> 4,685 KB on the answering
 * thread; its CPU p50 2.11 -> 1.98 ms and p99 5.58 -> 5.09 ms (within what the shared machine's load moves).
 */
final class ProximityTieBreak {

    /**
     * The most a passage's relevance grows, for its concepts side by side: 3% lifts a close second, never a distant one.
     * On the tuning splits 0.05 won two more questions in all but lost two and three on blind18 and its twins; 0.03 loses
     * no split more than one.
     */
    static final double WEIGHT = 0.03;

    /**
     * How many of the best passages are weighed: the three shown, so the tie-break orders them and never swaps which
     * three are shown (weighing five let a fourth push out a right third: blind13 lost two questions of top-3).
     */
    static final int REORDERED = 3;

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
