package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fear said with "will" that goes on in the present is said with "will" all through, up to its condition; a fear that
 * opens with a parent in the present is said with "will" first (draft2, blind15, in words of our own). And a text Check
 * then reads as what could happen to the child.
 */
class WillThroughTheFearTest {

    private static final List<String> NAMES = List.of("Tom", "Sam", "Gary");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Tom will keep going off at night and something happens to him or he gets hurt if gary shouts again"
                    + "|Tom will keep going off at night and something will happen to him or he will get hurt if gary shouts again",
            "dad gets drunk and cant look after Sam|dad will get drunk and will not be able to look after Sam",
            "Sam could get into trouble with older boys and gets hurt|Sam could get into trouble with older boys and get hurt",
            "mum is exhausted and her partner isnt around|mum will be exhausted and her partner will not be around"})
    void theFearIsSaidWithItsModalAllThrough(String typed, String said) {
        assertThat(WillThroughTheFear.said(typed, NAMES)).isEqualTo(said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Sam will get hurt when mum drinks and dad shouts",
            "Tom will miss school because mum sleeps in and nobody gets him up",
            "that Sam gets cold and hungry",
            "Tom will fall behind and lose his friends. Mum gets fined.",
            "Sam will keep coming in hungry, and Nan is scared he will be left alone"})
    void theConditionTheReasonAndAFearWithNoModalAreLeftAsTyped(String typed) {
        assertThat(WillThroughTheFear.said(typed, NAMES)).isEqualTo(typed);
    }

    @Test
    void theComposedStatementPassesCheckOnWhatCouldHappen() {
        var answers = WorryAnswers.empty().withAnswer(Step.HARM, "Tom was out until 2am twice last week and came home with a"
                + " cut lip.").withWorry("School and I", "are", "Tom will keep going off at night and something happens to"
                + " him or he gets hurt if gary shouts again");
        String statement = new StatementComposer(RealChecker.spotter()).statement(answers,
                new StatementComposer.Named(List.of("Tom"), List.of("Tom", "Gary")));
        assertThat(statement).contains("or he will get hurt");
        assertThat(RealChecker.CHECKER.check(org.practiceassistant.check.DraftKind.DANGER_STATEMENT, statement).checks())
                .filteredOn(c -> c.id().equals("future-if-nothing-changes")).allMatch(c -> c.status()
                        == org.practiceassistant.check.CheckStatus.PASS);
    }
}
