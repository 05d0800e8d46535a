package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/** What was not done said as missed, in words of our own; anything else not done is left as typed. */
class NotDoneAsMissedTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ava hasn't been to her 2 year check|Ava has missed her 2 year check",
            "Ava has not gone to nursery since May|Ava has missed nursery since May",
            "the twins haven't attended 4 appointments|the twins have missed 4 appointments",
            "Leo hasn't had his eye check in a year|Leo has missed his eye check in a year",
            "Leo has not had his jabs since 8 weeks|Leo has missed his jabs since 8 weeks",
            "mum didn't go to the core group|mum missed the core group",
            "ava hasnt been to nursery or her 2 yr check|ava has missed nursery or her 2 yr check",
            "mum didnt go to the core group|mum missed the core group",
            "not going school since October|missing school since October",
            "Leo hasn't had breakfast most days|Leo hasn't had breakfast most days",
            "mum didn't answer the door twice|mum didn't answer the door twice",
            "Dad has been to every contact|Dad has been to every contact"})
    void aGoingThatDidNotHappenIsMissed(String typed, String said) {
        assertThat(NotDoneAsMissed.said(typed)).isEqualTo(said);
    }

    @Test
    void theComposedStatementThenSaysWhatHappenedAsCheckReadsIt() {
        var answers = WorryAnswers.empty().withWorry("The health visitor and I", "are",
                "Ava will catch something serious like measles.")
                .withAnswer(Step.HARM, "Ava hasn't been to her 2 year check and has no immunisations since 8 weeks.");
        String statement = new StatementComposer(RealChecker.spotter()).statement(answers);
        assertThat(statement).contains("This is because Ava has missed her 2 year check");
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, statement).checks())
                .filteredOn(c -> c.id().equals("specific-behaviour")).singleElement().matches(c -> c.status() == CheckStatus.PASS);
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, statement.replace("has missed", "hasn't been to"))
                .checks()).as("the typed words alone fail, so the test can fail").filteredOn(c -> c.id().equals("specific-behaviour"))
                .singleElement().matches(c -> c.status() == CheckStatus.FAIL);
    }
}
