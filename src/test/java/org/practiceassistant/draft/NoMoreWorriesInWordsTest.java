package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Asked whether there is another worry, a worker says the list is complete in words of their own, often thinking aloud
 * first ("i think thats all for now", "thats the only one", "na thats everything"). Before, each was asked again and
 * sent again until the mapping stopped there. A hedge never turns a yes into a no.
 */
class NoMoreWorriesInWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "i think thats all for now|false", "thats the only one|false", "na thats everything|false",
            "that's it|false", "erm just the one|false", "its the only one for now|false", "i reckon that's all|false",
            "naa|false", "thats all ta|false",
            "i think so|true", "i think there is another one|true", "erm yes one more|true", "ok theres another|true"})
    void theWholeListSaidInWordsIsAnAnswer(String said, boolean another) {
        assertThat(new CoachIntentParser().anotherWorry(said)).as(said).contains(another);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"i think", "erm", "what do you mean"})
    void aHedgeAloneIsNoAnswer(String said) {
        assertThat(new CoachIntentParser().anotherWorry(said)).as(said).isEmpty();
    }
}
