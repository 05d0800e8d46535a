package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.check.DraftKind;

/**
 * An answer that tells a child's life now and "when it's good" in one (words of our own): the statement keeps the part
 * told now, the goal the good picture said of the future, of the children by name, where Check reads who will be seen
 * doing what. An answer without a good picture is composed as typed.
 */
class WhenItsGoodTest {

    private final StatementComposer composer = new StatementComposer();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "he can ring his nan and they eat tea together|he will ring his nan and they will eat tea together",
            "dad is sober at night and cooks the tea|dad will be sober at night and cook the tea",
            "theres a clean floor to play on|there will be a clean floor to play on",
            "hes at nursery every morning|he will be at nursery every morning",
            "Ella knows the plan, stays with nan on fridays, goes swimming with Jo|"
                    + "Ella will know the plan, will stay with nan on fridays, will go swimming with Jo",
            "clean nappies, milk at bedtime|clean nappies, milk at bedtime"})
    void thePictureIsSaidWithWill(String good, String said) {
        assertThat(WhenItsGood.inTheFuture(good, List.of("Ella"))).isEqualTo(said);
    }

    @Test
    void theStatementKeepsWhatIsHappeningNowAndTheGoalTheGoodPicture() {
        String told = "right now Ella hides under the table when dad shouts and will not eat. when its good she sits with"
                + " mum at tea and nan rings her every evening";
        assertThat(WhenItsGood.now(told)).isEqualTo("Ella hides under the table when dad shouts and will not eat");
        var answers = WorryAnswers.empty()
                .withAnswer(Step.NETWORK, "Grandma Jean and Aunt Sara")
                .withAnswer(Step.DOING, "dad shouting at mum in front of Ella")
                .withAnswer(Step.CHILD_EXPERIENCE, told)
                .withAnswer(Step.TIMESCALE, "by 1 June")
                .withAnswer(Step.HOW_KNOWN, "nan will tell me");
        String goal = composer.goal(answers, CoachFixtures.SAFETY, "Ella");
        assertThat(goal).contains("When things are good, Ella will sit with mum at tea and nan will ring her every evening.")
                .doesNotContain("hides under the table").doesNotContain("when its good");
        assertThat(RealChecker.CHECKER.check(DraftKind.SAFETY_GOAL, goal).allMet()).as(goal).isTrue();
    }

    @Test
    void aFearWithAGoodPictureKeepsOnlyTheFear() {
        var answers = WorryAnswers.empty().withAnswer(Step.HARM, "Dad hit Mum on 2 May while Ella watched.")
                .withWorry("The nursery and I", "are", "Ella will keep hiding when dad shouts. when its good she plays out");
        assertThat(composer.statement(answers)).contains("Ella will keep hiding when dad shouts.").doesNotContain("plays out");
    }

    @Test
    void anAnswerWithoutAGoodPictureIsAsTyped() {
        assertThat(WhenItsGood.now("Ella will be hurt")).isEqualTo("Ella will be hurt");
        assertThat(WhenItsGood.goodInTheFuture("Ella will feel safe", List.of("Ella"), s -> s)).isEqualTo("Ella will feel safe");
        // Too little before the good picture to be a fear: the answer stays whole.
        assertThat(WhenItsGood.now("now fine. when its good she plays")).isEqualTo("now fine. when its good she plays");
    }
}
