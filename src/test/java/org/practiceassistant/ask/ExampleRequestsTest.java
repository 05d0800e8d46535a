package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Asked for an example of a statement or goal ("eg of a good DS?"), which routing now sends to Ask, the real service
 * answers with what the pack says a good one holds (the glossary's definition: clear, jargon free, what we are worried
 * about and the impact on the child), not "nothing found" and not a passage about the model in general. "eg" frames the
 * question like "example" (it was corrected into "eh", early help), and the initials practitioners type name the term.
 * The definition comes first: words that only ask for an example ("give me", "a good") leave the term what is asked
 * about, so the passage it names is ahead of guidance that mentions it.
 */
class ExampleRequestsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "eg of a good DS?|handbook/glossary#danger-statement",
            "can you give me an example of a good danger statement|handbook/glossary#danger-statement",
            "example of a wellbeing goal|handbook/glossary#wellbeing-goal",
            "eg of a good SG|handbook/glossary#safety-goal",
            "example of a worry statement|handbook/glossary#worry-statement",
            "example of a safety goal|handbook/glossary#safety-goal"})
    void anExampleRequestIsAnsweredWithWhatAGoodOneHolds(String question, String definition) throws Exception {
        AskProperties properties = AskFixtures.defaults();
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            AskResult result = AskFixtures.realService(index, properties).ask(question, 3);

            assertThat(result.found()).isTrue();
            assertThat(result.answers()).first().extracting(Answer::id).isEqualTo(definition);
        }
    }
}
