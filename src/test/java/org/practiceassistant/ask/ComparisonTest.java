package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Two things set side by side: each side is asked about as a question of its own. */
class ComparisonTest {

    private static List<List<String>> sides(String question) {
        return Comparison.sides(PassageNames.words(question));
    }

    @Test
    void eitherSideOfVersusIsASide() {
        assertThat(sides("worry statement vs danger statement"))
                .containsExactly(List.of("worry", "statement"), List.of("danger", "statement"));
        assertThat(sides("harm versus risk")).containsExactly(List.of("harm"), List.of("risk"));
    }

    @Test
    void theDifferenceBetweenTwoThingsNamesBoth() {
        assertThat(sides("difference between a goal and a bottom line"))
                .containsExactly(List.of("a", "goal"), List.of("a", "bottom", "line"));
        assertThat(sides("whats the diff between cin and cp"))
                .containsExactly(List.of("cin"), List.of("cp"));
    }

    @Test
    void aQuestionThatComparesNothingHasNoSides() {
        assertThat(sides("what is a bottom line")).isEmpty();
        assertThat(sides("what difference does a safety plan make")).isEmpty();
        assertThat(sides("difference between")).isEmpty();
        assertThat(sides("vs")).isEmpty();
    }

    @Test
    void aNameThatIsMostOfOneSideIsWhatTheQuestionAsksAbout() {
        assertThat(PassageNames.isAbout(PassageNames.words("difference between a goal and a bottom line"),
                PassageNames.words("Bottom lines"))).isTrue();
        assertThat(PassageNames.isAbout(PassageNames.words("bottom lines vs what the family want for the kids at weekends"),
                PassageNames.words("Bottom lines"))).isTrue();
        assertThat(PassageNames.isAbout(PassageNames.words("what goes in the bottom lines for a family network at weekends"),
                PassageNames.words("Bottom lines"))).isFalse();
    }
}
