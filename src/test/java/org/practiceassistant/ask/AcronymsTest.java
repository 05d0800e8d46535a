package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A question names a passage by its acronym, or by the expansion of the passage's acronym, as the synonyms file gives them. */
class AcronymsTest {

    private static final Acronyms ACRONYMS = Acronyms.from("""
            # Meetings
            taf, team around the family
            fnm, family network meeting
            eh, early help
            eha, early help assessment
            s47, section 47, cp enquiry
            review meeting, review
            resi => residential
            """);

    private static boolean about(String question, String name) {
        return PassageNames.isAbout(ACRONYMS.fold(PassageNames.words(question)), ACRONYMS.fold(PassageNames.words(name)));
    }

    @Test
    void aQuestionsAcronymNamesTheEntryItStandsFor() {
        assertThat(about("what's a TAF?", "Team Around the Family")).isTrue();
        assertThat(about("FNM - whats it for", "Family Network Meetings")).isTrue();
        assertThat(PassageNames.isAbout(PassageNames.words("what's a TAF?"), PassageNames.words("Team Around the Family")))
                .isFalse();
    }

    @Test
    void aMeetingIsNamedByItsAcronymWithOrWithoutTheWordMeeting() {
        assertThat(ACRONYMS.fold(PassageNames.words("Team Around the Family Meeting"))).containsExactly("taf");
        assertThat(ACRONYMS.fold(PassageNames.words("who chairs the TAF meeting"))).containsExactly("who", "chair", "the", "taf");
        assertThat(ACRONYMS.fold(PassageNames.words("a review meeting"))).containsExactly("a", "review", "meeting");
        assertThat(about("FNM - who runs it and whats it for", "Family Network Meeting")).isTrue();
        List<String> entry = ACRONYMS.fold(PassageNames.words("Team Around the Family Meeting: a meeting in the Early Help Service"));
        assertThat(PassageNames.isAbout(ACRONYMS.fold(PassageNames.words("what's a TAF in early help")),
                ACRONYMS.fold(PassageNames.words("Team Around the Family Meeting")),
                PassageNames.services(entry, ACRONYMS.servicesOf(List.of("Early Help"))))).isTrue();
    }

    @Test
    void theServicesAreTheAcronymsOfThePacksServiceAreas() {
        assertThat(ACRONYMS.servicesOf(List.of("Early Help", "First Contact", ""))).containsExactly("eh");
        // An acronym of the file that is no service area (a plan, an assessment, a meeting) is no service.
        assertThat(ACRONYMS.servicesOf(List.of("Transfers"))).isEmpty();
        assertThat(Acronyms.none().servicesOf(List.of("Early Help"))).isEmpty();
    }

    @Test
    void aQuestionsExpansionNamesTheEntryNamedByTheAcronym() {
        assertThat(about("what is a team around the family", "TAF")).isTrue();
        assertThat(about("what is a section 47", "S47")).isTrue();
    }

    @Test
    void theLongestExpansionIsFoldedFirst() {
        assertThat(ACRONYMS.fold(PassageNames.words("an early help assessment for early help"))).containsExactly("an", "eha", "for", "eh");
        assertThat(about("what is an early help assessment", "Early Help")).isFalse();
    }

    @Test
    void plainSynonymsAndRewritesAreNotAcronyms() {
        assertThat(ACRONYMS.fold(PassageNames.words("review meeting"))).containsExactly("review", "meeting");
        assertThat(ACRONYMS.fold(PassageNames.words("resi placement"))).containsExactly("resi", "placement");
        assertThat(Acronyms.none().fold(List.of("team", "around", "the", "family"))).containsExactly("team", "around", "the", "family");
    }
}
