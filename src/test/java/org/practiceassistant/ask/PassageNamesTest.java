package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A question names a passage when it holds the passage's name; it is about the passage when the name is most of it. */
class PassageNamesTest {

    /** The pack's services as the synonyms file gives their acronyms. */
    private static final Set<String> SERVICES = Set.of("cp", "cin", "cla", "cwd", "eh");

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
    void aServiceThePassageIsPlacedInDoesNotCountAgainstItsName() {
        List<String> question = List.of("what", "a", "taf", "in", "eh");
        List<String> name = PassageNames.words("TAF");
        Set<String> earlyHelp = PassageNames.services(List.of("a", "meeting", "in", "the", "eh", "service"), SERVICES);

        assertThat(earlyHelp).containsExactly("eh");
        assertThat(PassageNames.isAbout(question, name, earlyHelp)).isTrue();
        assertThat(PassageNames.isAbout(question, name)).isFalse();
        assertThat(PassageNames.isAbout(question, name, Set.of("cp"))).isFalse();
    }

    @Test
    void aServiceThePassageDoesNotNameStillCounts() {
        assertThat(PassageNames.isAbout(List.of("what", "do", "we", "use", "the", "harm", "matrix", "for", "in", "cwd"),
                PassageNames.words("Harm Matrix"), PassageNames.services(PassageNames.words("A tool used to think through harm"), SERVICES)))
                .isFalse();
        assertThat(PassageNames.services(List.of("pep", "cpp", "plan"), SERVICES)).isEmpty();
        // The criterion "CP – visits" gives the service in its name: the question's "cp" names it as before.
        assertThat(PassageNames.isAbout(List.of("how", "soon", "should", "cp", "visit", "be", "recorded"),
                List.of("cp", "visit"), Set.of("cp"))).isTrue();
    }

    @Test
    void wordsAskingWhoRunsAThingOrWhatItIsForAreNotWhatTheQuestionIsAbout() {
        assertThat(about("how does group supervision run, whos involved", "Group Supervision")).isTrue();
        assertThat(about("harm matrix - what is its purpose", "Harm Matrix")).isTrue();
        assertThat(about("how does group supervision work with the network", "Group Supervision")).isFalse();
    }

    @Test
    void aQuestionThatDoesNotNameThePassageIsNotAboutIt() {
        assertThat(about("what is a safety goal", "Safety Plan")).isFalse();
        assertThat(PassageNames.isAbout(List.of(), PassageNames.words("Safety Plan"))).isFalse();
    }
}
