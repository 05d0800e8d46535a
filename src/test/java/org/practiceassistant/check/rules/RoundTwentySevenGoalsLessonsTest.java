package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-seventh round on statements and goals, where blind15's reader showed a pattern the rules missed (a goal's time
 * said as "this year" or as an event and its month, a child's sentence opening with its time, a refusal the child keeps to
 * now). Every sentence here is written for the test, not copied from any labelled set.
 */
class RoundTwentySevenGoalsLessonsTest {

    @Test
    void theCalendarYearIsATimescale() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "Amir will be at school every day and will not be sent home this year.",
                "timescale")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SUCCESS_GOAL, "Nell's aunt Jo will help her open a bank account before she is 18 next year.",
                "timescale")).isEqualTo(CheckStatus.PASS);
        // How often alone stays no timescale.
        assertThat(status(DraftKind.SUCCESS_GOAL, "Amir will be at school every day.", "timescale")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void anEventNamedAfterTheLimitAndItsMonthIsAPoint() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "Until the first anniversary of the fire in March, Uncle Dev will take Sami"
                + " swimming every Friday so Sami has time away from the flat.", "timescale")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aSchoolYearTypedInSmallLettersAfterEndOf() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "nina and her dad will read together every night until the end of year 4",
                "timescale")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void unitsShortenedAsInCaseNotes() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "Dad to take Finn to the dentist and register him with a GP in 4 wks.",
                "timescale")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aMeetingWhereSomethingIsReviewedIsNoTimeTheGoalIsMetBy() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "Worker to update the chronology and IRO to review the plan at next CLA review.",
                "timescale")).isEqualTo(CheckStatus.FAIL);
        // Met by the meeting, it is a time.
        assertThat(status(DraftKind.SUCCESS_GOAL, "Tia will be living with her gran at the next CLA review.", "timescale"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aChildsSentenceMayOpenWithItsTime() {
        String adults = "Over half term, Rob and Auntie Lou will take Kit to the park on his own twice a week.";
        assertThat(status(DraftKind.WELLBEING_GOAL, adults + " By the end of May Kit will walk into nursery and wave to his dad.",
                "child-outcome")).isEqualTo(CheckStatus.PASS);
        // Without the child's own sentence there is only what the adults do.
        assertThat(status(DraftKind.WELLBEING_GOAL, adults, "child-outcome")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void notAllowingSomeoneInIsAnAdultsRule() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Paul will not visit the flat until the court hearing. Sue will not allow Paul into"
                + " the flat.", "child-outcome")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void beingExcludedFromSchoolIsAFuture() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "Mrs Okafor at school is worried that Dan (12) has walked out of lessons four"
                + " times this month. If this carries on Dan could be excluded.", "future-if-nothing-changes")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aRefusalKeptToNowIsNoFuture() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "Gran Eve is worried that Zoe (10) has been called names on the bus all term."
                + " Zoe now won't get on the bus.", "future-if-nothing-changes")).isEqualTo(CheckStatus.FAIL);
    }
}
