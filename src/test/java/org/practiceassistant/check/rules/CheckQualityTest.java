package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckQualitySet;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/** Floors a little below the benchmark's targets (95% agreement, no inadequate draft passing). */
class CheckQualityTest {

    private final RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    @Test
    void qualitySetIsBigAndVariedEnough() {
        List<CheckQualitySet.Entry> entries = CheckQualitySet.load();
        assertThat(entries.stream().filter(e -> e.kind() != DraftKind.PLAN)).hasSizeGreaterThanOrEqualTo(60);
        assertThat(entries.stream().filter(e -> e.kind() == DraftKind.PLAN)).hasSizeGreaterThanOrEqualTo(8);
        assertThat(entries.stream().filter(CheckQualitySet.Entry::heldOut)).isNotEmpty();
        assertThat(entries.stream().filter(CheckQualitySet.Entry::inadequate)).isNotEmpty();
    }

    @Test
    void agreesWithTheAuditorsLabels() {
        CheckQualitySet.Agreement agreement = CheckQualitySet.measure(checker, CheckQualitySet.load());
        if (Boolean.getBoolean("check.printDisagreements")) {
            agreement.disagreements().forEach(d -> System.out.println("DISAGREE " + d));
        }
        assertThat(agreement.inadequatePassing()).as("drafts an auditor calls inadequate that pass every check").isEmpty();
        assertThat(agreement.overall()).as("overall agreement").isGreaterThanOrEqualTo(0.90);
        assertThat(agreement.heldOut()).as("agreement on held-out drafts").isGreaterThanOrEqualTo(0.85);
    }
}
