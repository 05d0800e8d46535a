package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The seventeenth round: patterns read in the tuning splits (blind12 and earlier). Every sentence here is written for the
 * test, not copied from any labelled set.
 */
class RoundSeventeenLessonsTest {

    @Test
    void aFamilysOwnHeadingsNameTheirGoalTheirBottomLinesAndTheirNetwork() {
        assertThat(PlanSection.ofHeading("What we want instead")).contains(PlanSection.SAFETY_GOALS);
        assertThat(PlanSection.ofHeading("Our rules that can't be broken")).contains(PlanSection.BOTTOM_LINES);
        assertThat(PlanSection.ofHeading("Rules we will never break")).contains(PlanSection.BOTTOM_LINES);
        assertThat(PlanSection.ofHeading("Who helps us")).contains(PlanSection.NETWORK);
        assertThat(PlanSection.ofHeading("When we'll look at it again")).contains(PlanSection.VISITS_AND_REVIEW);
        // A rule about something else is no bottom line.
        assertThat(PlanSection.ofHeading("Rules about screen time")).isNotEqualTo(java.util.Optional.of(PlanSection.BOTTOM_LINES));
    }

    private static final String FAMILY_PLAN = "Why Sam got involved\nSam and Mia's nursery are worried because Lee shook Mia when she"
            + " would not stop crying, and she had bruises on her arms. If nothing changes Mia could be badly hurt.\n\n";

    @Test
    void aGoalUnderTheFamilysOwnHeadingPairsWithTheirWorry() {
        String goal = "What we want instead\nFrom now until Mia's second birthday in June, when Mia cries and Lee feels cross, Lee will"
                + " put her in her cot, go outside for five minutes and ring Nan Jo. Mia will be calm and safe with her dad.\n";
        assertThat(status(DraftKind.PLAN, FAMILY_PLAN + goal, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, FAMILY_PLAN, "danger-goal-pairs")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void somethingDoneAgainOnADateUnderTheReviewHeadingIsTheReview() {
        String visits = "Sam (social worker): come to our house every 2 weeks and talk to Mia's big brother on his own.\n\n";
        String review = "When we will look at the plan again\nWe will all get together again on 3 March 2027 to see how it is going.\n";
        assertThat(status(DraftKind.PLAN, FAMILY_PLAN + visits + review, "visits-and-review")).isEqualTo(CheckStatus.PASS);
        // Outside that heading, "again" on a date is not the review.
        assertThat(status(DraftKind.PLAN, FAMILY_PLAN + visits + "We will all get together again on 3 March 2027 for Mia's party.\n",
                "visits-and-review")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aTimeOfDayIsWhenInTheDayNotByWhenAGoalIsMet() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "Mum will make sure Ava is up at 7.30 and at nursery by 8.45 every day.",
                "timescale")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WELLBEING_GOAL, "Mum will make sure Ava is up at 7.30 every day until 12.10.",
                "timescale")).isEqualTo(CheckStatus.PASS);
        assertThat(TimescaleGrammar.find("Text Claire by 7.30 each night.")).isPresent();
        assertThat(TimescaleGrammar.findHeldTo("Text Claire by 7.30 each night.")).isEmpty();
    }
}
