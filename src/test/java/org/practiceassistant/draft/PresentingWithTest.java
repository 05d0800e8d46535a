package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The twenty-eighth round's finding (blind14 read), in words of our own: what happened kept in a report's words
 * ("presenting with") is said plainly in the statement; nothing else in the answer changes.
 */
class PresentingWithTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Leo presenting with bruises on his arm|Leo with bruises on his arm",
            "Leo was presenting with a rash, Mia is presenting as withdrawn|Leo had a rash, Mia seems withdrawn",
            "the twins are Presenting with head lice|the twins have head lice",
            "Leo presents as hungry at school|Leo seems hungry at school",
            "Leo was presented with an award|Leo was presented with an award",
            "mum presenting her views at the meeting|mum presenting her views at the meeting"})
    void reportWordsAreSaidPlainly(String typed, String said) {
        assertThat(PresentingWith.said(typed)).isEqualTo(said);
    }

    @org.junit.jupiter.api.Test
    void theComposedStatementSaysItPlainly() {
        var answers = WorryAnswers.empty().withWorry("The school and I", "are", "Leo could be badly hurt.")
                .withAnswer(Step.HARM, "Leo is presenting with bruises on his arms twice this month.");
        var composer = new StatementComposer(RealChecker.spotter());
        assertThat(composer.statement(answers, new StatementComposer.Named(java.util.List.of("Leo"), java.util.List.of("Leo"))))
                .doesNotContainIgnoringCase("presenting").contains("Leo has bruises on his arms");
    }
}
