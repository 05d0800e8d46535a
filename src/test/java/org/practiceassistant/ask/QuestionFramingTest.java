package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The framing of a Teams question is not what it asks about. */
class QuestionFramingTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "nqsw here - how soon do i visit after a referral | how soon do i visit after a referral",
            "quick one, what goes in a safety plan | what goes in a safety plan",
            "hi all, quick q: what's a genogram | what's a genogram",
            "my tm said i need to do a genogram, what is it | i need to do a genogram, what is it",
            "my practice educator keeps saying ctm, what is it | ctm, what is it",
            "can a plan be too smart? tm mentioned it | can a plan be too smart",
            "when is the rcpc - my manager asked | when is the rcpc",
            "what has my manager said | what has my manager said",
            "newly qualified social worker here: when is the rcpc | when is the rcpc",
            "does anyone know when the core group meets | when the core group meets",
            "what does my tm have to sign off | what does my tm have to sign off",
            "quick one | quick one"})
    void takesOffTheFramingAndKeepsTheQuestion(String asked, String content) {
        assertThat(QuestionFraming.content(asked)).isEqualTo(content);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"quick", "sorted", "stuff", "cheers"})
    void fillersAreNotContentWords(String filler) {
        assertThat(PracticeAnalyzers.terms(PracticeAnalyzers.indexing(), "got the " + filler + " sorted?")).isEmpty();
    }
}
