package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-second round: patterns read in the tuning splits (blind13 and earlier). Every sentence here is written for the
 * test, not copied from any labelled set.
 */
class RoundTwentyTwoLessonsTest {

    private static final String WORRY = "Worries\nOmar's school and his aunt Noor are worried because Omar's dad has hit him with a"
            + " belt twice since May and Omar has bruises on his legs. If nothing changes Omar could be badly hurt.\n\n";
    private static final String VISITS = "Priya (social worker) will visit Omar at home every 3 weeks.\n";

    @Test
    void goingThroughThePlanItselfOnADateIsTheReview() {
        assertThat(status(DraftKind.PLAN, WORRY + VISITS + "We will go through this plan with Noor every 2 months, next on 4 May.\n",
                "visits-and-review")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, WORRY + VISITS + "The plan will be looked at together every 8 weeks.\n",
                "visits-and-review")).isEqualTo(CheckStatus.PASS);
        // Looking at something else on a date is no review of the plan.
        assertThat(status(DraftKind.PLAN, WORRY + VISITS + "The doctor will look at Omar's legs again on 4 May.\n",
                "visits-and-review")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void whatAFamilyWantEveryoneToSeeIsTheirGoal() {
        assertThat(PlanSection.ofHeading("What we want everyone to see")).contains(PlanSection.SAFETY_GOALS);
        assertThat(PlanSection.ofHeading("What we want the network to see")).contains(PlanSection.SAFETY_GOALS);
    }

    @Test
    void aLearningDifferenceOrAFamilysOwnEthnicityIsTheirIdentity() {
        String plan = WORRY + "About us\nOmar has dyslexia, so his reading chart uses pictures and his teacher reads his letters to him.\n";
        assertThat(status(DraftKind.PLAN, plan, "identity-and-diversity")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, WORRY + "About us\nWe are a White British family and Omar loves football.\n",
                "identity-and-diversity")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aVisitAsAWayOfKeepingInTouchIsNotTheSocialWorkersVisit() {
        String review = "We will go through this plan with Noor every 2 months, next on 4 May.\n";
        assertThat(status(DraftKind.PLAN, WORRY + "Noor and Sadia will check in every evening by text or a visit.\n" + review,
                "visits-and-review")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, WORRY + "The social worker will check in every week by phone or a visit.\n" + review,
                "visits-and-review")).isEqualTo(CheckStatus.PASS);
    }
}
