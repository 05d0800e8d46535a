package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 11 item 5 through the real service: asked for a number the documents do not give, the answer is found, says the
 * guidance sets no timescale for it, and shows the nearest guidance (not "not covered", not a silent generic passage).
 */
class HonestSpecificsTest {

    @Test
    void aVisitingFrequencyTheDocumentsDoNotSetIsSaidSoBeforeTheNearestGuidance() throws Exception {
        AskProperties properties = AskFixtures.defaults();
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            AskResult result = AskFixtures.realService(index, properties).ask("how often do i visit a child on a CP plan", 3);

            assertThat(result.found()).isTrue();
            assertThat(result.notes()).contains(Specifics.NO_TIMESCALE);
            assertThat(result.answers().getFirst().id()).isEqualTo("rubric#child-protection-planning/cp-visits");
        }
    }
}
