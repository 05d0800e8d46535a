package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chat typing is tidied in composed text: asides dropped, short forms and apostrophes written as a family reads them. */
class ChatWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "dad wont come to the house tbh, he says so|dad won't come to the house, he says so",
            "prob by the summer lol|probably by the summer",
            "Shes staying at nans house|She's staying at nan's house",
            "it went to the nans.|it went to the nans.",
            "Tbh the school said so|the school said so",
            "Imogen and Tom|Imogen and Tom",
            "midwife, me n the police|midwife, me and the police",
            "back with dale bc she has nowhere else|back with dale because she has nowhere else",
            "pushed her 2 wks ago|pushed her 2 weeks ago",
            // "n/a" and a lone capital N are not chat's "and"
            "contact n/a for now|contact n/a for now", "Plan N is agreed|Plan N is agreed"})
    void chatTypingIsTidied(String typed, String written) {
        assertThat(ChatWords.tidy(typed)).isEqualTo(written);
    }
}
