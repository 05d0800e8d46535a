package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;

/**
 * The eleventh round: the owner's decision on goal timescales (by when or for how long; how often alone is none) and the
 * patterns read in blind7 and the tester's findings. Every sentence and plan here is written for the test, not copied
 * from any labelled set.
 */
class RoundElevenLessonsTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "Nan Joy will walk Theo to school every weekday so he gets there on time.",
        "Uncle Ravi will ring Priya twice a week so she has someone to talk to.",
        "Dad will take Leon swimming on Saturdays so he keeps fit.",
    })
    void howOftenAloneIsNoGoalTimescale(String goal) {
        CriterionResult timescale = check(DraftKind.SAFETY_GOAL, goal).get("timescale");
        assertThat(timescale.status()).as(goal).isEqualTo(CheckStatus.FAIL);
        assertThat(timescale.advice()).contains("until when");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Nan Joy will walk Theo to school every weekday for a period of 4 months so he gets there on time.",
        "Auntie Bev will have Kai to stay one weekend a month, starting in February, so his mum can rest.",
        "Carla will have saved for her deposit and learned to budget prior to turning 18.",
        "By the time I'm 17 (next June) I will be at college and living with my cousin. - Jade",
        "Care plan to be agreed and Reuben's move to be settled at the next CLA review.",
        "Grandad Stan will stay over on Fridays, and by her hospital check in May Lily will be eating without help.",
        "Tia's aunt will keep her bedroom for her for as long as Tia is a child.",
    })
    void timesAGoalIsHeldTo(String goal) {
        assertThat(status(DraftKind.WELLBEING_GOAL, goal, "timescale")).as(goal).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void whenTheGoalIsLookedAgainIsNotWhenItIsMet() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "Placement to carry on as it is. Review at the next CLA review.", "timescale"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void anActionLineMaySayItsWhenByHowOftenButOngoingIsNoWhen() {
        assertThat(WhoWhatWhenCriterion.hasWhen("every Tuesday")).isTrue();
        assertThat(WhoWhatWhenCriterion.hasWhen("weekly")).isTrue();
        assertThat(WhoWhatWhenCriterion.hasWhen("Ongoing")).isFalse();
        assertThat(WhoWhatWhenCriterion.hasWhen("ongoing")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"OT", "PECS", "ESOL", "SGO", "legal gateway"})
    void jargonTheReadersFlagged(String term) {
        String statement = "Nursery and Dad are worried that Mo gets no help with the " + term + " and could fall behind and feel left out.";
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "jargon-free")).as(term).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void anAcronymExplainedInTheTextIsNotJargon() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "By Easter, Dad will use Mo's PECS (the picture cards he points to) at every meal "
                + "so Mo can ask for his food.", "jargon-free")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WELLBEING_GOAL, "By Easter, the occupational therapist will fit a rail, and Dad will use it with "
                + "the OT each bath time so Mo gets in safely.", "jargon-free")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WELLBEING_GOAL, "By Easter, Dad will take Mo to the GP when he is poorly, so a doctor sees him "
                + "the same day.", "jargon-free")).isEqualTo(CheckStatus.PASS);
        // Without the plain words anywhere, the letters stay jargon.
        assertThat(status(DraftKind.WELLBEING_GOAL, "By Easter, Dad will take Mo to the OT when he is stuck.", "jargon-free"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aRoleInBracketsAfterTheNameSaysWhoThePersonIs() {
        String plan = """
                ACTIONS
                - PRIYA (SW): visit every 3 weeks and see Mo on his own.
                - Dev (SW) will ring Dad every Friday.
                """;
        assertThat(check(DraftKind.PLAN, plan).get("jargon-free").status()).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WORRY_STATEMENT, "The SW is worried that Mo misses meals and could get ill.", "jargon-free"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theChildrensVoicesHeadTheirVoice() {
        String plan = """
                1. What we are worried about
                Gran and the school are worried that Mo and Lu are left alone at night. If this goes on they could get hurt.

                4. The children's voices
                Lu told her teacher: "I don't like it when it's dark and nobody's there."
                """;
        assertThat(check(DraftKind.PLAN, plan).get("voice-of-child").status()).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Auntie Jo will have Finn after school from today until the strategy discussion.",
        "Auntie Jo will have Finn after school for the next 5 working days while we find out more.",
        "Auntie Jo will have Finn after school; the timescale is roughly 10 weeks.",
        "Auntie Jo will have Finn after school till after his SATs in May.",
        "Auntie Jo will have Finn after school by the time hes 8.",
        "Auntie Jo will have Finn after school until his child in need plan review.",
    })
    void timesWorkersTypeInAHurry(String goal) {
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "timescale")).as(goal).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Auntie Jo will have Finn after school every 6 weeks.",
        "Auntie Jo will have Finn after school, as she did 3 weeks ago.",
        "Auntie Jo will have Finn (7 years old) after school twice a week.",
        "Auntie Jo will have Finn after school; the timescale is not known yet.",
    })
    void numbersThatAreNoLengthOfTime(String goal) {
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "timescale")).as(goal).isEqualTo(CheckStatus.FAIL);
    }

    // --- The tester's findings (our own wording) -----------------------------------------------------------------------

    @Test
    void makingSureSomeoneIsSafeIsNoBehaviourAndHowOftenNoTimescale() {
        var results = check(DraftKind.SAFETY_GOAL, "Dad will make sure Kit is safe every day.");
        assertThat(results.get("observable-behaviour").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("timescale").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void workingTogetherAloneIsNoBehaviour() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Dad, Nan Rose and Uncle Ash will work together so that Kit is safe by the end of May.",
                "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "Dad, Nan Rose and Uncle Ash will work together so that Kit is safe by the end of May. "
                + "Nan Rose will collect Kit from school every day.", "observable-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aGoodFutureIsNotWhatWeFear() {
        assertThat(status(DraftKind.DANGER_STATEMENT, "The school and Nan are worried that Dad has been drinking in the mornings. "
                + "We are worried that if nothing changes, Kit will be happy, clean and on time.", "future-if-nothing-changes"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT, "The school and Nan are worried that Dad has been drinking in the mornings. "
                + "We are worried that if nothing changes, Kit will not be fed or safe.", "future-if-nothing-changes"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theCountsSayWhatWasNotCounted() {
        String plan = """
                Worries: drinking, DV.
                Goals: Dad to engage.
                """;
        assertThat(check(DraftKind.PLAN, plan).get("danger-goal-pairs").evidence()).startsWith("0 danger statements, 0 safety goals (not counted: 1 worry");
    }
}
