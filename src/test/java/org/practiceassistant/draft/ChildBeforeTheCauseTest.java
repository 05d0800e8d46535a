package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.check.DraftKind;

/**
 * A fear that says what causes it before what happens to the child ("the lease will end and Mo will lose his home"), in
 * words of our own: said with the child first and the cause after "because", which is where Check reads what the worry
 * will mean for the child; anything else is left as typed.
 */
class ChildBeforeTheCauseTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "the lease will end and Mo will lose his home, he will feel let down|"
                    + "Mo will lose his home because the lease will end, he will feel let down",
            "her foster home will break down and mo will have to move|Mo will have to move because her foster home will break down"})
    void theChildComesFirst(String fear, String said) {
        assertThat(ConsequenceForTheChild.childBeforeTheCause(fear, List.of("Mo"))).contains(said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "he will drink and Mo will be scared",
            "Mo will be scared and Mo will hide",
            "mum drinks, the flat will be dirty and Mo will be ill",
            "Mo will be scared"})
    void otherwiseAsTyped(String fear) {
        assertThat(ConsequenceForTheChild.childBeforeTheCause(fear, List.of("Mo"))).isEmpty();
    }

    @Test
    void theStatementPassesCheck() {
        var answers = WorryAnswers.empty()
                .withAnswer(Step.HARM, "On 3 March Mo shouted at his carer and broke the kitchen door; the carer said she may give notice.")
                .withWorry("His carer and I", "are", "the placement will end and Mo will have to move again");
        String statement = new StatementComposer().statement(answers,
                new StatementComposer.Named(List.of("Mo"), List.of("Mo"), false));
        assertThat(statement).contains("if nothing changes, Mo will have to move again because the placement will end.");
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, statement).allMet()).as(statement).isTrue();
    }
}
