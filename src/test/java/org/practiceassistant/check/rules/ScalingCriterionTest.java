package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/** The scale's scores are counted for the people who most often give them: Mum, Dad, the school. */
class ScalingCriterionTest {

    private final RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    private CriterionResult scaling(String plan) {
        return checker.check(DraftKind.PLAN, plan).checks().stream().filter(c -> c.id().equals("scaling")).findFirst()
                .orElseThrow();
    }

    @Test
    void scoresGivenByMumDadAndTheSchoolCount() {
        var result = scaling("""
                Safety scale
                0 means Ella is hurt at home and nobody keeps her safe. 10 means everyone is confident Ella is safe.
                Scores: Mum 6, Dad 5, school 4.
                """);
        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.evidence()).contains("Mum 6").contains("Dad 5");
    }

    @Test
    void oneScorerIsNotEveryonesScore() {
        var result = scaling("""
                Safety scale
                0 means Ella is hurt at home and nobody keeps her safe. 10 means everyone is confident Ella is safe.
                Scores: Mum 6.
                """);
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
    }
}
