package org.practiceassistant.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The short labels workers put in front of a draft are known in one place, the kind itself. */
class DraftKindTest {

    @Test
    void shortLabelsNameTheirKindWhateverTheCase() {
        assertThat(DraftKind.ofShortLabel("DS")).contains(DraftKind.DANGER_STATEMENT);
        assertThat(DraftKind.ofShortLabel("ws")).contains(DraftKind.WORRY_STATEMENT);
        assertThat(DraftKind.ofShortLabel(" Sg ")).contains(DraftKind.SAFETY_GOAL);
        assertThat(DraftKind.ofShortLabel("WG")).contains(DraftKind.WELLBEING_GOAL);
    }

    @Test
    void nothingElseIsAShortLabel() {
        assertThat(DraftKind.ofShortLabel("")).isEmpty();
        assertThat(DraftKind.ofShortLabel(null)).isEmpty();
        assertThat(DraftKind.ofShortLabel("plan")).isEmpty();
        assertThat(DraftKind.ofShortLabel("SW")).isEmpty();
    }
}
