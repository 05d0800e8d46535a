package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.practiceassistant.knowledge.DocumentKind;
import org.practiceassistant.knowledge.Passage;

/** Near ties ordered by how close together a passage says the question's concepts; distant scores left alone. */
class ProximityTieBreakTest {

    private static final Analyzer STEMS = PracticeAnalyzers.indexing();
    private static final ConceptProximity MASH_CONSENT = ConceptProximity.of(List.of(
            new TermQuery(new Term(IndexFields.TEXT, "mash")), new TermQuery(new Term(IndexFields.TEXT, "consent"))), STEMS);

    private static final Passage SPREAD = passage("spread", "The MASH receives every contact about a child from schools, "
            + "health and the police and decides the next step within a working day; parents' consent is sought.");
    private static final Passage TOGETHER = passage("together", "The MASH may override consent where a child is at risk.");

    private static Passage passage(String id, String text) {
        return new Passage(id, "handbook", "Practice handbook", DocumentKind.HANDBOOK, List.of("Practice handbook", "MASH"),
                "", "expectation", text);
    }

    private static Hit scored(Passage passage, double relevance) {
        return Hit.lexical(passage, 1, 1).withMeaning(0.5, relevance);
    }

    @Test
    void aCloseSecondSayingTheConceptsTogetherGoesFirst() {
        List<Hit> ranked = ProximityTieBreak.apply(MASH_CONSENT, List.of(scored(SPREAD, 0.90), scored(TOGETHER, 0.89)));

        assertThat(ranked).extracting(hit -> hit.passage().id()).containsExactly("together", "spread");
    }

    @Test
    void aDistantSecondStaysSecond() {
        List<Hit> ranked = ProximityTieBreak.apply(MASH_CONSENT, List.of(scored(SPREAD, 0.90), scored(TOGETHER, 0.70)));

        assertThat(ranked).extracting(hit -> hit.passage().id()).containsExactly("spread", "together");
    }

    @Test
    void aQuestionOfOneConceptIsLeftAsRanked() {
        ConceptProximity mashAlone = ConceptProximity.of(List.of(new TermQuery(new Term(IndexFields.TEXT, "mash"))), STEMS);
        List<Hit> hits = List.of(scored(SPREAD, 0.90), scored(TOGETHER, 0.89));

        assertThat(ProximityTieBreak.apply(mashAlone, hits)).isEqualTo(hits);
    }

    @Test
    void onlyTheFirstFewAreWeighed() {
        List<Hit> hits = new java.util.ArrayList<>();
        for (int i = 0; i < ProximityTieBreak.REORDERED; i++) {
            hits.add(scored(passage("other" + i, "Nothing of the question here."), 0.90 - i * 0.01));
        }
        hits.add(scored(TOGETHER, 0.875)); // weighed, it would pass the second (0.89)

        assertThat(ProximityTieBreak.apply(MASH_CONSENT, hits).getLast().passage().id()).isEqualTo("together");
    }
}
