package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-ninth round's second half on statements: blind16 read, its misses of a kind other read splits share fixed.
 * Every sentence here is written for the test, not copied from any labelled set.
 */
class RoundTwentyNineSecondHalfLessonsTest {

    @Test
    void aSecondThatClauseAboutAnAdultTheFirstNeverNamedIsASecondWorry() {
        // The child's own trouble, then what a new adult does: two worries, each needing its own goal.
        assertThat(status(DraftKind.WORRY_STATEMENT, "The nursery is worried that Zara (3) is not eating her lunch and has lost"
                + " weight, and that her stepdad Mark has been heard swearing at her at pick-up. If nothing changes Zara may stop"
                + " growing well.", "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
        // A parent's habit, then a partner's violence.
        assertThat(status(DraftKind.DANGER_STATEMENT, "The midwife is worried that Kelly has been drinking most nights and that her"
                + " boyfriend Dean kicked the front door in last month. If nothing changes the baby could be hurt.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aSecondThatClauseAboutTheChildOrTheSameAdultStaysOneWorry() {
        // The same adult again.
        assertThat(status(DraftKind.DANGER_STATEMENT, "The school is worried that Dad shouts at Leo (7) every morning and that Dad"
                + " has locked him in his room twice since Easter. If nothing changes Leo could be badly frightened.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
        // What happened to the child, whose age names them as the child.
        assertThat(status(DraftKind.DANGER_STATEMENT, "The health visitor is worried that Mum leaves Ruby (1) in a wet nappy all day"
                + " and that Ruby has had sore skin since March. If nothing changes Ruby's skin could get infected.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
        // A pronoun goes on about someone already named.
        assertThat(status(DraftKind.WORRY_STATEMENT, "Gran is worried that Sam (10) stays up gaming until 2am and that he falls"
                + " asleep in class. If nothing changes Sam will fall behind.", "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void whatTheChildNowDoesOrRefusesIsThePresentNotAFuture() {
        // "now" two words before the "won't": still what the child does since, not what we fear.
        assertThat(status(DraftKind.DANGER_STATEMENT, "The school is worried that Dad drove Mia (6) home drunk on 3 May and hit a"
                + " lamp post. Mia bumped her head, and she now shakes and won't get on the school bus.",
                "future-if-nothing-changes")).isEqualTo(CheckStatus.FAIL);
        // A condition between "now" and the future keeps the fear.
        assertThat(status(DraftKind.DANGER_STATEMENT, "The school is worried that Dad drove Mia (6) home drunk on 3 May and hit a"
                + " lamp post. From now on, if nothing changes, Mia could be badly hurt in a crash.",
                "future-if-nothing-changes")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aYoungPersonFeelingSomethingAfterTheirOwnDoingIsTheirOutcome() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "Maya will put £10 into her savings every Friday and feel proud she is paying her"
                + " own way. By her 19th birthday in May.", "child-outcome")).isEqualTo(CheckStatus.PASS);
        // After a time said first, and after a comma.
        assertThat(status(DraftKind.WELLBEING_GOAL, "Until the summer holidays Ollie will walk the dog with his uncle after school,"
                + " sleep by 10pm and feel less tired in lessons.", "child-outcome")).isEqualTo(CheckStatus.PASS);
        // Only general words, as before.
        assertThat(status(DraftKind.SUCCESS_GOAL, "Maya will put £10 into her savings every Friday and feel happy. By her 19th"
                + " birthday in May.", "child-outcome")).isEqualTo(CheckStatus.FAIL);
        // A parent by role feeling better is no child's outcome.
        assertThat(status(DraftKind.SAFETY_GOAL, "Mum will go to the parenting course every Tuesday and feel less stressed by the"
                + " end of June.", "child-outcome")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aChildsBodyHealingIsWhatTheyWillLive() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Dad and Nan Jean will cream the rash at every nappy change and keep Poppy's cot"
                + " clean. Poppy's skin will have healed by the end of April.", "child-outcome")).isEqualTo(CheckStatus.PASS);
        // A parent's injury healing is not the child's outcome.
        assertThat(status(DraftKind.SAFETY_GOAL, "Dad and Nan Jean will do the school run every day until the end of April while"
                + " Mum's wrist will heal.", "child-outcome")).isEqualTo(CheckStatus.FAIL);
    }
}
