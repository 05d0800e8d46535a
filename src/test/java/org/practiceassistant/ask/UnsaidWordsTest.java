package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.knowledge.DocumentKind;
import org.practiceassistant.knowledge.Passage;

class UnsaidWordsTest {

    private static final UnsaidWords WORDS = UnsaidWords.of(List.of(new Passage("handbook/cla#1", "handbook",
            "Practice handbook", DocumentKind.HANDBOOK, List.of("Practice handbook", "Looked After Children", "Visits"),
            "Looked After Children", "expectation", "Visit the child in their placement within 6 weeks of each review.")));

    @Test
    void findsTheEnglishWordsNoPassageSaysInAnyForm() {
        assertThat(WORDS.in("How much is the clothing allowance for looked after children?"))
                .containsExactly("clothing", "allowance");
    }

    @Test
    void aWordThePassagesSayInAnotherFormOrInTheirHeadingsIsSaid() {
        assertThat(WORDS.in("visiting looked after children in placements")).isEmpty();
    }

    @Test
    void stopWordsShorthandAndUncorrectedSlipsSayNothingAboutTheSubject() {
        assertThat(WORDS.in("is the nqsw at the plcement")).isEmpty();
    }
}
