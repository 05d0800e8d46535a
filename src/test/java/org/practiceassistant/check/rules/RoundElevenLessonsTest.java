package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/**
 * The eleventh round: the owner's decision on goal timescales (by when or for how long; how often alone is none) and the
 * patterns read in blind7 and the tester's findings. Every sentence and plan here is written for the test, not copied
 * from any labelled set.
 */
class RoundElevenLessonsTest {

    private final RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    private Map<String, CriterionResult> check(DraftKind kind, String text) {
        return checker.check(kind, text).checks().stream().collect(Collectors.toMap(CriterionResult::id, Function.identity()));
    }

    private CheckStatus status(DraftKind kind, String text, String criterion) {
        return check(kind, text).get(criterion).status();
    }

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
    @ValueSource(strings = {"OT", "PECS", "ESOL", "SGO", "special guardianship order", "legal gateway"})
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
        assertThat(status(DraftKind.WELLBEING_GOAL, "By Easter, Dad will take Mo to the GP when he is poorly.", "jargon-free"))
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
}
