package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.text.AnalysedText;

/**
 * The sixteenth round: patterns read in the tuning splits (blind11 and earlier). Every sentence here is written for the
 * test, not copied from any labelled set.
 */
class RoundSixteenLessonsTest {

    @Test
    void servicesLettersForParentsAndGrandparentsArePeopleWhoAct() {
        assertThat(status(DraftKind.SAFETY_GOAL, "M to take Ella to school every morning until Christmas, and F will collect her every"
                + " evening.", "who-will-act")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL, "M&D + PGM will take turns to collect Ella from nursery every day until the end of"
                + " March.", "who-will-act")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aParentsLetterIsSomeoneOnlyInCapitalsAndWithAPersonsVerbAfterIt() {
        assertThat(FamilyLetters.parentAt(AnalysedText.of("M to ring the school."), 0)).isPresent();
        assertThat(FamilyLetters.parentAt(AnalysedText.of("M & D agreed."), 0)).get().extracting(m -> m.endToken()).isEqualTo(2);
        assertThat(FamilyLetters.parentAt(AnalysedText.of("m to the gate."), 0)).as("metres").isEmpty();
        assertThat(FamilyLetters.parentAt(AnalysedText.of("F in maths."), 0)).as("a grade").isEmpty();
        assertThat(FamilyLetters.parentAt(AnalysedText.of("M"), 0)).isEmpty();
    }

    @Test
    void aGrandparentsLettersNamedBesideThemAreTheNetwork() {
        String worry = "What we are worried about\nThe school is worried that Ella (6) is left alone at night.\n\nWho will help\n";
        assertThat(status(DraftKind.PLAN, worry + "PGM (Sandra) will have Ella every Saturday until the summer.", "network"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, worry + "Our own worker will have Ella every Saturday until the summer.", "network"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aFeelingOnlySaysWhatWillHappenButIsNoBehaviourOthersCanSee() {
        String feeling = "Alfie will feel safe and settled at home with his dad by the summer holidays.";
        assertThat(status(DraftKind.WELLBEING_GOAL, feeling, "says-what-will-happen")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WELLBEING_GOAL, feeling, "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "Alfie will feel safe at home.", "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
        // What stops is still only stopping.
        assertThat(status(DraftKind.WELLBEING_GOAL, "Alfie will no longer feel scared at home.", "says-what-will-happen"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aPersonWhoWillBeSomeWaySaysWhatWillHappenAndNoPersonDoesNot() {
        assertThat(status(DraftKind.SAFETY_GOAL, "The twins will be safe and warm at home every night.", "says-what-will-happen"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL, "Gran will be calm with the boys at tea time.", "says-what-will-happen"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL, "Danger to be reduced.", "says-what-will-happen")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "There will be no more fights in the flat.", "says-what-will-happen"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "The twins will be no longer hit.", "says-what-will-happen")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theTimeGrammarReadsItsOwnWordsMisspelt() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Untill the end of June, Gran will walk Max to school every morning.", "timescale"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL, "By Febuary, Gran will walk Max to school every morning.", "timescale"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void minutesSayThePlanWasSharedAndAReferralToAServiceDoesNot() {
        String plan = "What we are worried about\nThe school is worried that Max (5) comes to school hungry.\n\n";
        assertThat(status(DraftKind.PLAN, plan + "Plan gone through at the review on 3/9. Both parents present.", "shared-with-family"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, plan + "Mum and Gran in agreement with plan.", "shared-with-family")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, plan + "A referral was made to the Family Support Hub last week.", "shared-with-family"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, plan + "Both parents present at the review.", "shared-with-family")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void goingToAServicesAppointmentsIsAttendingThem() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Until the summer Dan will go to his weekly alcohol team appointments.", "observable-behaviour"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "Until the summer Dan will go to the park with Max every Sunday.", "observable-behaviour"))
                .isEqualTo(CheckStatus.PASS);
    }
}
