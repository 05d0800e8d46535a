package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * Who does what, by when, read as a manager reads it: met when the actions mostly say who and when. Seven in ten is
 * enough when what is left undated is a relative's standing help; a professional's undated task keeps the 80% share.
 */
class UndatedActionsShareTest {

    private static String plan(String undated) {
        return """
                What we are worried about
                Kai's dad drinks in the evenings and Kai has been left alone at night.

                What needs to happen
                Kai is always looked after by a sober adult at night.

                Actions
                Dad will ring Aunt Rosa every evening at 6pm to say how he is.
                Aunt Rosa will have Kai to stay every Friday night.
                """ + undated + "\n";
    }

    @Test
    void aRelativesUndatedStandingHelpLeavesAMostlyDatedPlanMet() {
        assertThat(status(DraftKind.PLAN, plan("Grandpa Joe will keep popping in to see Kai."), "who-what-when"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aProfessionalsUndatedTaskInTheSamePlanIsNotMet() {
        assertThat(status(DraftKind.PLAN, plan("Social worker to complete the assessment."), "who-what-when"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aWorkerNamedWithHerRoleInBracketsIsAProfessional() {
        String plan = "Present: Dad, Aunt Rosa, Amara Kent (family support worker).\n\n"
                + plan("Amara will keep in touch with Dad.");
        assertThat(status(DraftKind.PLAN, plan, "who-what-when")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, plan.replace("Amara will", "Aunt Rosa will"), "who-what-when")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void halfTheActionsUndatedIsNotMet() {
        String plan = plan("Grandpa Joe will keep popping in to see Kai.\nAunt Rosa will help Dad with the shopping.\n"
                + "Dad will keep the house tidy.");
        assertThat(status(DraftKind.PLAN, plan, "who-what-when")).isEqualTo(CheckStatus.FAIL);
    }
}
