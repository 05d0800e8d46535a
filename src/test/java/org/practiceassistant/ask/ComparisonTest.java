package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /**
     * The synonyms file makes "worry statement" and "danger statement" one term, so the passage the first side names
     * matched the whole question and the other side's entry fell below the answers shown; each side keeps its own.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "danger statement vs worry statement, whats the difference|handbook/glossary#danger-statement|handbook/glossary#worry-statement",
            "difference between a worry statement and a danger statement|handbook/glossary#worry-statement|handbook/glossary#danger-statement",
            "safety goal vs wellbeing goal whats the diff|handbook/glossary#safety-goal|handbook/glossary#wellbeing-goal",
            // A side whose name also heads a template's prompts ("Safety goals") is still shown by its definition, beside
            // the other side's: like is set beside like.
            "whats the difference between a wellbeing goal and a safety goal|handbook/glossary#wellbeing-goal|handbook/glossary#safety-goal",
            "wellbeing goal vs safety goal|handbook/glossary#wellbeing-goal|handbook/glossary#safety-goal"})
    void theRealServiceShowsThePassageEachSideNames(String question, String one, String other) throws Exception {
        AskProperties properties = AskFixtures.defaults();
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            AskResult result = AskFixtures.realService(index, properties).ask(question, 3);

            assertThat(result.found()).isTrue();
            assertThat(result.answers()).extracting(Answer::id).contains(one, other);
            assertThat(result.answers()).extracting(Answer::score).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        }
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
