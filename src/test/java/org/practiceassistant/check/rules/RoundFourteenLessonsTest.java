package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The fourteenth round: patterns read in the tuning splits (blind9 and earlier). Every sentence here is written for the
 * test, not copied from any labelled set.
 */
class RoundFourteenLessonsTest {

    @Test
    void aYoungPersonNamedByWhatTheyAreActsForThemselves() {
        for (String goal : new String[] {"YP to keep his flat clean and pay the rent on time by June.",
                "The young person will cook a meal for herself three nights a week until her 18th birthday.",
                "Care leaver to open a bank account by the end of March.",
                // Round 29: a young person named with an age who acts alone no longer names the network acting (the later readers
                // fail it: blind13, blind14, blind15); with the family or friends they name beside them they still act.
                "Kian (17) will keep his flat clean and do his own washing every week with his nan Jean."}) {
            assertThat(check(DraftKind.SUCCESS_GOAL, goal).get("who-will-act").status()).as(goal).isEqualTo(CheckStatus.PASS);
        }
    }

    @Test
    void aYoungPersonOnlyTakingUpAServiceOrLivingAStateIsNoActor() {
        for (String goal : new String[] {"YP to engage with the leaving care team.", "YP will maintain placement stability.",
                "YP will be settled and happy.", "Young person to attend all appointments."}) {
            assertThat(check(DraftKind.SUCCESS_GOAL, goal).get("who-will-act").status()).as(goal).isEqualTo(CheckStatus.FAIL);
        }
    }

    @Test
    void somethingDoneSaidInThePassiveSaysWhatWillHappen() {
        for (String goal : new String[] {"Ben will be taken to school on time every day until the summer.",
                "Family meeting to be held by 3 May.", "Gas and electric to be paid on the day the money goes in.",
                "Mia will be cared for by Gran whenever Mum is unwell."}) {
            assertThat(check(DraftKind.SAFETY_GOAL, goal).get("says-what-will-happen").status()).as(goal).isEqualTo(CheckStatus.PASS);
        }
    }

    @Test
    void aPassiveAimStateOrServiceSaysNothingWillBeDone() {
        for (String goal : new String[] {"Risks to be reduced.", "Her needs to be met. To be monitored at the review.",
                "Help will be provided to the family.", "Ben will not be left alone.", "Ben will be settled."}) {
            assertThat(check(DraftKind.SAFETY_GOAL, goal).get("says-what-will-happen").status()).as(goal).isEqualTo(CheckStatus.FAIL);
        }
    }

    @Test
    void handsOnCareSaidInThePassiveIsSomethingOthersCanSee() {
        String goal = "Ben will be taken to school by a sober adult every morning until the summer.";
        assertThat(check(DraftKind.SAFETY_GOAL, goal).get("observable-behaviour").status()).isEqualTo(CheckStatus.PASS);
        for (String notSeen : new String[] {"Ben will be taken to all his hospital appointments by the summer.",
                "The health visitor will weigh Ben every week. Ben will be gaining weight and will be fed every three hours.",
                "Ben will not be taken out of school."}) {
            assertThat(check(DraftKind.SAFETY_GOAL, notSeen).get("observable-behaviour").status()).as(notSeen).isEqualTo(CheckStatus.FAIL);
        }
    }

    @Test
    void aListOfThatClausesIsSeveralWorriesButAFearedFutureIsNot() {
        String several = "The school is worried that Ben (9) has been hitting other children, that his mum is drinking most"
                + " evenings, and that the family has no money for food. If nothing changes Ben could be excluded.";
        assertThat(check(DraftKind.WORRY_STATEMENT, several).get("one-worry-per-statement").status()).isEqualTo(CheckStatus.FAIL);
        String one = "The school is worried that Ben's dad hits him when he is angry, and that if nothing changes Ben could be"
                + " badly hurt, and that he will stop telling anyone.";
        assertThat(check(DraftKind.DANGER_STATEMENT, one).get("one-worry-per-statement").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void someoneDoneToOrComingAcrossIsNoActor() {
        for (String goal : new String[] {"Visits with his uncle to be supervised by the contact worker until the review.",
                "Ben (9) to present as calm in school by Easter."}) {
            assertThat(check(DraftKind.SUCCESS_GOAL, goal).get("who-will-act").status()).as(goal).isEqualTo(CheckStatus.FAIL);
        }
    }

    @Test
    void anAdultWithTheChildIsSomethingOthersCanSee() {
        assertThat(check(DraftKind.SAFETY_GOAL, "Until the review, Ben and Mia will always have an adult at home with them at night.")
                .get("observable-behaviour").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.SAFETY_GOAL, "Ben will not have an adult at home with him at night.")
                .get("observable-behaviour").status()).isEqualTo(CheckStatus.FAIL);
    }
}
