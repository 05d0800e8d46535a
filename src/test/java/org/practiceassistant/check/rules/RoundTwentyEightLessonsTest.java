package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-eighth round on statements and goals, where the read splits showed a pattern the rules missed (a future said as
 * a noun, "Risk of placement breakdown."; a child's name typed in small letters). Every sentence here is written for the test, not copied from any labelled set.
 */
class RoundTwentyEightLessonsTest {

    @Test
    void aRiskOfHarmAFamilyCanPictureIsAFuture() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "Foster carer concerned re YP's missing episodes since June. Risk of placement"
                + " breakdown.", "future-if-nothing-changes")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WORRY_STATEMENT, "School worried Dan (12) has missed 20 days this term; there is a risk of him"
                + " falling behind with his reading.", "future-if-nothing-changes")).isEqualTo(CheckStatus.PASS);
        // A risk that names no harm stays no picture of the future.
        assertThat(status(DraftKind.WORRY_STATEMENT, "Foster carer concerned re YP's missing episodes since June. Risk of"
                + " significant harm.", "future-if-nothing-changes")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aNameInSmallLettersWithItsFamilyAfterItIsTheChild() {
        String adults = "ruby's dad sam will walk her to school every morning and nan will have tea ready after school.";
        assertThat(status(DraftKind.SAFETY_GOAL, adults + " by half term ruby will be in class on time and eat a hot tea every night.",
                "child-outcome")).isEqualTo(CheckStatus.PASS);
        // A word in small letters with no family after it is no name.
        assertThat(status(DraftKind.SAFETY_GOAL, "dad will walk her to school every morning. by half term ruby will be in class on"
                + " time and eat a hot tea every night.", "child-outcome")).isEqualTo(CheckStatus.FAIL);
    }
}
