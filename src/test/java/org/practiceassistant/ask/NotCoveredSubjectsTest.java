package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceassistant.knowledge.DocumentKind;
import org.practiceassistant.knowledge.KnowledgePackException;
import org.practiceassistant.knowledge.Passage;

/** Subjects the pack says it does not cover: questions about them are not covered; a wrong line stops start-up. */
class NotCoveredSubjectsTest {

    @TempDir
    Path folder;

    private static final List<Passage> PASSAGES = List.of(new Passage("handbook/glossary#ears", "handbook", "Practice handbook",
            DocumentKind.HANDBOOK, List.of("Practice handbook", "EARS"), "", "glossary", "Elicit first question: allows the person to choose."));

    @Test
    void findsASubjectInAnyFormAndOnlyAsAWholePhrase() throws Exception {
        NotCoveredSubjects subjects = NotCoveredSubjects.read(
                Files.writeString(folder.resolve("not-covered.txt"), "# notes\n\nallowance\nannual leave\n"), PASSAGES);

        assertThat(subjects.size()).isEqualTo(2);
        assertThat(subjects.asksAbout("how much are the clothing allowances for LAC?")).isTrue();
        assertThat(subjects.asksAbout("how much annual leave do I get")).isTrue();
        assertThat(subjects.asksAbout("when does a young person leave care?")).isFalse();
        assertThat(subjects.asksAbout("what does EARS allow me to do?")).isFalse();
    }

    /** "IT" in lower case is a common word: a capitals-only line is an acronym, matched only where it is typed so. */
    @Test
    void aCapitalsOnlyLineIsMatchedOnlyWhereTheQuestionTypesItInCapitals() throws Exception {
        NotCoveredSubjects subjects = NotCoveredSubjects.read(
                Files.writeString(folder.resolve("not-covered.txt"), "IT\npension\n"), PASSAGES);

        assertThat(subjects.size()).isEqualTo(2);
        assertThat(subjects.namesAnAcronym("my laptop froze again, does IT fix that remotely")).isTrue();
        assertThat(subjects.namesAnAcronym("is it fine to visit the family on a saturday")).isFalse();
        assertThat(subjects.namesAnAcronym("IS IT FINE TO VISIT ON A SATURDAY")).isFalse();
        assertThat(subjects.asksAbout("does it matter which order i write the goals in")).isFalse();
    }

    /** "hr" is no other word but the unit after a figure: typed in lower case it names HR, "24 hr" does not. */
    @Test
    void anAcronymWhoseLowerCaseIsNoOtherWordIsMatchedInLowerCaseToo() throws Exception {
        NotCoveredSubjects subjects = NotCoveredSubjects.read(
                Files.writeString(folder.resolve("not-covered.txt"), "IT\nHR\nPAMS\n"), PASSAGES);

        assertThat(subjects.namesAnAcronym("who do i ring if im off sick, my tm or hr")).isTrue();
        assertThat(subjects.namesAnAcronym("do we have to do pams with dad")).isTrue();
        assertThat(subjects.namesAnAcronym("do i tell the iro within 24 hr of a move")).isFalse();
        assertThat(subjects.namesAnAcronym("is it 48hr for the strategy discussion")).isFalse();
        assertThat(subjects.namesAnAcronym("is it ok to visit on a saturday")).isFalse();
    }

    @Test
    void aCapitalsOnlyLineThePackUsesInCapitalsStopsStartUp() throws Exception {
        Path file = Files.writeString(folder.resolve("not-covered.txt"), "pension\nEARS\n");

        assertThatThrownBy(() -> NotCoveredSubjects.read(file, PASSAGES))
                .isInstanceOf(KnowledgePackException.class)
                .hasMessageContaining(file + " line 2:")
                .hasMessageContaining("the pack does cover 'EARS'");
    }

    @Test
    void aSubjectThePackUsesStopsStartUpAtItsLine() throws Exception {
        Path file = Files.writeString(folder.resolve("not-covered.txt"), "allowance\nfirst question\n");

        assertThatThrownBy(() -> NotCoveredSubjects.read(file, PASSAGES))
                .isInstanceOf(KnowledgePackException.class)
                .hasMessageContaining(file + " line 2:")
                .hasMessageContaining("the pack does cover 'first question': passage handbook/glossary#ears uses it");
    }

    @Test
    void aLineOfOnlyIgnoredWordsStopsStartUpAtItsLine() throws Exception {
        Path file = Files.writeString(folder.resolve("not-covered.txt"), "pension\nhow do I\n");

        assertThatThrownBy(() -> NotCoveredSubjects.read(file, PASSAGES))
                .isInstanceOf(KnowledgePackException.class).hasMessageContaining(file + " line 2:");
    }

    @Test
    void theRealPackSaysNotCoveredWithNoUnrelatedTopics() throws Exception {
        try (PassageIndex index = AskFixtures.realIndex(AskFixtures.defaults())) {
            AskResult answer = AskFixtures.wordsOnly(index, GradeLadders.none(), AskFixtures.defaults())
                    .ask("how much is the clothing allowance for looked after children?", 3);

            assertThat(answer.found()).isFalse();
            assertThat(answer.didYouMean()).isEmpty();
        }
    }

    /** A misspelt subject is corrected into the not-covered word, not into a pack word that would make it answerable. */
    @Test
    void aMisspeltNotCoveredSubjectIsStillNotCovered() throws Exception {
        try (PassageIndex index = AskFixtures.realIndex(AskFixtures.defaults())) {
            LuceneAskService service = AskFixtures.wordsOnly(index, GradeLadders.none(), AskFixtures.defaults());

            AskResult misspelt = service.ask("whats the timescale for a viabilty assesment of grandparents", 3);

            assertThat(misspelt.found()).isFalse();
            assertThat(misspelt.didYouMean()).isEmpty();
            assertThat(misspelt.searchedFor()).contains("viability assessment");
        }
    }
}
