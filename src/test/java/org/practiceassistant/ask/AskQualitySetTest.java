package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How the labelled set is plugged together: the next blind set absent until the lead adds it, the former ones tuning data. */
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

    /** A blind set measured once and read since is tuned on with its own near-domain list, never the newest. */
    @ParameterizedTest
    @ValueSource(strings = {"blind13", "blind14", "blind15", "blind16", "blind17", "blind18", "blind19", "blind20"})
    void aFormerBlindSetIsATuningSplitWithItsOwnNearDomainList(String split) {
        assertThat(AskQualitySet.TEAMS_NEWEST).isNotEqualTo(split);
        assertThat(AskQualitySet.FORMER_BLIND).contains(split).doesNotContain(AskQualitySet.TEAMS_NEWEST);
        assertThat(set.split(split)).hasSize(220);
        assertThat(set.teamsTuning()).containsKey(split).doesNotContainKey(AskQualitySet.TEAMS_NEWEST);
        assertThat(set.teamsTuning().get(split)).hasSize(55);
        assertThat(set.read()).anyMatch(question -> question.split().equals(split))
                .noneMatch(question -> question.split().equals(AskQualitySet.TEAMS_NEWEST));
    }

    /** Each former blind set's near-domain list is its own, not another split's. */
    @Test
    void theFormerBlindSetsNearDomainListsAreTheirOwn() {
        assertThat(set.teamsTuning()).containsEntry("blind13", set.blind13OutOfScope())
                .containsEntry("blind14", set.blind14OutOfScope()).containsEntry("blind15", set.blind15OutOfScope())
                .containsEntry("blind16", set.blind16OutOfScope()).containsEntry("blind17", set.blind17OutOfScope())
                .containsEntry("blind18", set.blind18OutOfScope()).containsEntry("blind19", set.blind19OutOfScope())
                .containsEntry("blind20", set.blind20OutOfScope());
    }
}
