package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An abbreviation whose jargon note gives the words its letters stand for is written out in those words. */
class AbbreviationNoteTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "TAF|team around the family|team around the family",
            "NFA|short for no further action|no further action",
            "NFA|a label with no meaning for a family|",
            "PLO|public law outline and more words after it|"})
    void theNoteSpellingTheLettersIsTheFullForm(String letters, String note, String full) {
        assertThat(Abbreviations.fromNote(letters, note).orElse(null)).isEqualTo(full);
    }
}
