package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "This is because of" only before something named, never before a clause: a note in brackets after the child's name
 * ("Leo (5) is being left") hid the verb, and "of" went before a sentence. Words of our own.
 */
class BecauseOfTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "leo (5) is being left alone after school|false",
            "Leo (5) and Amy (2) were left in the car|false",
            "dad (not living at home) hit mum on Friday|false",
            "mum drinking (most nights)|true",
            "neglect (home conditions)|true",
            "mum drinking most nights|true"})
    void ofGoesOnlyBeforeWhatHasNoVerb(String happened, boolean of) {
        assertThat(StatementComposer.namesWithoutAVerb(happened)).isEqualTo(of);
    }

    @Test
    void theStatementSaysThisIsBecauseAndTheClause() {
        var answers = WorryAnswers.empty().withWorry("The school and I", "are", "Leo will get hurt at home on his own")
                .withAnswer(Step.HARM, "leo (5) is being left with his 11 year old cousin 3 times a week while mum is out");
        String statement = new StatementComposer().statement(answers, new StatementComposer.Named(List.of("Leo"), List.of("Leo")));
        assertThat(statement).contains("This is because Leo (5) is being left").doesNotContain("because of");
    }
}
