package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the labelled set is plugged together: the next blind set absent until the lead adds it, the former one tuning data. */
class AskQualitySetTest {

    private final AskQualitySet set = AskQualitySet.load();

    /** Until the lead adds the next blind set its near-domain list is absent from the file: an empty list, never null. */
    @Test
    void theNewestOutOfScopeListIsEmptyNotAnErrorWhileTheSetIsAbsent() {
        assertThat(set.newestOutOfScope()).isNotNull();
        if (set.split(AskQualitySet.TEAMS_NEWEST).isEmpty()) {
            assertThat(set.newestOutOfScope()).isEmpty();
        }
    }

    /** blind15 was measured once blind and read since: it is tuned on with its own near-domain list, never the newest. */
    @Test
    void blind15IsATuningSplitWithItsOwnNearDomainList() {
        assertThat(AskQualitySet.TEAMS_NEWEST).isNotEqualTo("blind15");
        assertThat(AskQualitySet.FORMER_BLIND).contains("blind15").doesNotContain(AskQualitySet.TEAMS_NEWEST);
        assertThat(set.split("blind15")).hasSize(220);
        assertThat(set.blind15OutOfScope()).hasSize(55);
        assertThat(set.teamsTuning()).containsEntry("blind15", set.blind15OutOfScope())
                .doesNotContainKey(AskQualitySet.TEAMS_NEWEST);
        assertThat(set.read()).anyMatch(question -> question.split().equals("blind15"))
                .noneMatch(question -> question.split().equals(AskQualitySet.TEAMS_NEWEST));
    }

    /** blind14 was measured once blind and read since: it is tuned on with its own near-domain list, never the newest. */
    @Test
    void blind14IsATuningSplitWithItsOwnNearDomainList() {
        assertThat(AskQualitySet.TEAMS_NEWEST).isNotEqualTo("blind14");
        assertThat(AskQualitySet.FORMER_BLIND).contains("blind14").doesNotContain(AskQualitySet.TEAMS_NEWEST);
        assertThat(set.split("blind14")).hasSize(220);
        assertThat(set.blind14OutOfScope()).hasSize(55);
        assertThat(set.teamsTuning()).containsEntry("blind14", set.blind14OutOfScope())
                .doesNotContainKey(AskQualitySet.TEAMS_NEWEST);
        assertThat(set.read()).anyMatch(question -> question.split().equals("blind14"));
    }

    /** blind13 was measured once blind and read since: it is tuned on with its own near-domain list, never the newest. */
    @Test
    void blind13IsATuningSplitWithItsOwnNearDomainList() {
        assertThat(AskQualitySet.TEAMS_NEWEST).isNotEqualTo("blind13");
        assertThat(AskQualitySet.FORMER_BLIND).contains("blind13").doesNotContain(AskQualitySet.TEAMS_NEWEST);
        assertThat(set.split("blind13")).hasSize(220);
        assertThat(set.blind13OutOfScope()).hasSize(55);
        assertThat(set.teamsTuning()).containsEntry("blind13", set.blind13OutOfScope())
                .doesNotContainKey(AskQualitySet.TEAMS_NEWEST);
        assertThat(set.read()).anyMatch(question -> question.split().equals("blind13"))
                .noneMatch(question -> question.split().equals(AskQualitySet.TEAMS_NEWEST));
    }
}
