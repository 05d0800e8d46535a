package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** The shortest stretch of a passage that holds the question's concepts, on concepts made by hand. */
class ConceptProximityTest {

    private static final Analyzer STEMS = PracticeAnalyzers.indexing();

    private static Query word(String word) {
        return new TermQuery(new Term(IndexFields.TEXT, PracticeAnalyzers.terms(STEMS, word).getFirst()));
    }

    private static final ConceptProximity MASH_CONSENT = ConceptProximity.of(List.of(word("MASH"), word("consent")), STEMS);

    @Test
    void conceptsSideBySideMakeAShortStretch() {
        ConceptProximity.Window together = MASH_CONSENT.in("The MASH may act without consent where a child is at risk.");

        assertThat(together.held()).isEqualTo(2);
        assertThat(together.span()).isEqualTo(5); // "MASH may act without consent": stop words keep their places
    }

    @Test
    void theClosestPairCountsWhereAConceptRecurs() {
        ConceptProximity.Window recurring = MASH_CONSENT.in(
                "Consent is asked for at the first visit and recorded on the file. Later the MASH records consent.");

        assertThat(recurring.span()).isEqualTo(3); // "MASH records consent", not the first "consent"
    }

    @Test
    void aPassageThatSpreadsTheConceptsApartIsLessDense() {
        double near = MASH_CONSENT.in("The MASH needs consent.").density();
        double far = MASH_CONSENT.in("The MASH receives referrals from schools, health and the police, and decides "
                + "on the next step with them; parents are asked for their consent.").density();

        assertThat(near).isGreaterThan(far);
        assertThat(far).isPositive();
    }

    @Test
    void oneConceptAloneHasNoDensity() {
        ConceptProximity.Window alone = MASH_CONSENT.in("Parents are asked for their consent.");

        assertThat(alone.held()).isEqualTo(1);
        assertThat(alone.density()).isZero();
        assertThat(MASH_CONSENT.in("Nothing of the question here.").held()).isZero();
    }

    @Test
    void aMultiWordSynonymMatchesOnlyAsAPhrase() {
        Query cin = new BooleanQuery.Builder()
                .add(word("CIN"), Occur.SHOULD)
                .add(new PhraseQuery(IndexFields.TEXT, "child", "need"), Occur.SHOULD)
                .build();
        ConceptProximity cinPlan = ConceptProximity.of(List.of(cin, word("plan")), STEMS);

        assertThat(cinPlan.in("A child in need plan is reviewed.").held()).isEqualTo(2);
        assertThat(cinPlan.in("A child in need plan is reviewed.").span()).isEqualTo(4); // child in need plan
        assertThat(cinPlan.in("Every child has a plan; we need to review it.").held()).isEqualTo(1);
    }
}
