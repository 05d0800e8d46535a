package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.practiceassistant.knowledge.Passage;

/** The blend of words and meaning, on hand-made scores: who joins, who leads, and the two extremes. */
class HybridRankingTest {

    private static final Passage A = PassageIndexTest.PASSAGES.get(0);
    private static final Passage B = PassageIndexTest.PASSAGES.get(1);
    private static final Passage C = PassageIndexTest.PASSAGES.get(2);
    private static final Passage D = PassageIndexTest.PASSAGES.get(3);
    private static final Function<String, Passage> BY_ID =
            Map.of(A.id(), A, B.id(), B, C.id(), C, D.id(), D)::get;

    /** A leads by words; C is closest in meaning but shares no word with the question. */
    private static final List<Hit> BY_WORDS = List.of(Hit.lexical(A, 10, 1), Hit.lexical(B, 6, 1));
    private static final String[] IDS = {A.id(), B.id(), C.id(), D.id()};
    private static final SemanticIndex.Similarities MEANING = new SemanticIndex.Similarities(
            IDS, SemanticIndex.positions(IDS), new double[] {0.60, 0.50, 0.90, 0.40});

    @Test
    void aPassageCloseInMeaningJoinsThoseFoundByWords() {
        List<Hit> ranked = new HybridRanking(0.5, 3).rank(BY_WORDS, MEANING, BY_ID);

        assertThat(ranked).extracting(hit -> hit.passage().id()).containsExactlyInAnyOrder(A.id(), B.id(), C.id());
        Hit c = ranked.stream().filter(hit -> hit.passage() == C).findFirst().orElseThrow();
        assertThat(c.score()).isZero();
        assertThat(c.similarity()).isEqualTo(0.90);
    }

    @Test
    void blendsBothScalesAndOrdersByTheBlend() {
        // Meaning scaled between the best (0.90) and the 3rd nearest (0.50): A 0.25, B 0, C 1; words: A 1, B 0.6, C 0.
        List<Hit> ranked = new HybridRanking(0.5, 3).rank(BY_WORDS, MEANING, BY_ID);

        assertThat(ranked).extracting(hit -> hit.passage().id()).containsExactly(A.id(), C.id(), B.id());
        assertThat(ranked).extracting(Hit::relevance).containsExactly(0.625, 0.5, 0.3);
    }

    @Test
    void weightZeroIsWordsAloneAndWeightOneIsMeaningAlone() {
        assertThat(new HybridRanking(0, 3).rank(BY_WORDS, MEANING, BY_ID).getFirst().passage()).isEqualTo(A);
        assertThat(new HybridRanking(1, 3).rank(BY_WORDS, MEANING, BY_ID).getFirst().passage()).isEqualTo(C);
    }

    @Test
    void rejectsAWeightOutsideZeroToOne() {
        assertThatThrownBy(() -> new HybridRanking(1.5, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HybridRanking(0.5, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
