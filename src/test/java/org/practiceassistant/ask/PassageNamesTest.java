package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A question names a passage when it holds the passage's name; it is about the passage when the name is most of it. */
class PassageNamesTest {

    private static boolean about(String question, String name) {
        return PassageNames.isAbout(PassageNames.words(question), PassageNames.words(name));
    }

    @Test
    void aQuestionThatIsMostlyTheNameIsAboutThePassage() {
        assertThat(about("what is a fire drill?", "Fire Drills")).isTrue();
        assertThat(about("safety plan?", "Safety Plan")).isTrue();
        assertThat(about("whats a safety plan in sos", "Safety Plan")).isTrue();
        assertThat(about("whats a safety plan in a cp case", "Safety Plan")).isFalse();
    }

    @Test
    void aNameMentionedOnTheWayToSomethingElseIsNotWhatTheQuestionIsAbout() {
        assertThat(about("what does the safety plan need to say about school runs and weekends", "Safety Plan")).isFalse();
        assertThat(about("frequency of visits to a disabled child for the audit", "Frequency")).isFalse();
        assertThat(PassageNames.names(PassageNames.words("frequency of visits to a disabled child for the audit"),
                PassageNames.words("Frequency"))).isTrue();
    }

    @Test
    void aQuestionThatDoesNotNameThePassageIsNotAboutIt() {
        assertThat(about("what is a safety goal", "Safety Plan")).isFalse();
        assertThat(PassageNames.isAbout(List.of(), PassageNames.words("Safety Plan"))).isFalse();
    }
}
