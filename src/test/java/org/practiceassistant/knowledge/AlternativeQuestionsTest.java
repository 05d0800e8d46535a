package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pack's "also asked as" file: each entry picks out exactly one passage, or loading stops at its line. */
class AlternativeQuestionsTest {

    @TempDir
    Path folder;

    private static final List<Passage> PASSAGES = List.of(
            passage("handbook/08-first-contact#visits-1", "First Contact", "Visit within 5 working days of a referral."),
            passage("handbook/11-child-protection#visits-1", "Child Protection", "Visit within 5 working days of the conference."),
            passage("handbook/glossary#genogram", "Genogram", "A visual family tree."));

    private static Passage passage(String id, String heading, String text) {
        return new Passage(id, id.substring(0, id.indexOf('/')), "Practice handbook", DocumentKind.HANDBOOK,
                List.of("Practice handbook", heading), "", "expectation", text);
    }

    private Path file(String yaml) throws Exception {
        return Files.writeString(folder.resolve("also-asked.yaml"), yaml);
    }

    @Test
    void mapsEachEntryToThePassageItQuotes() throws Exception {
        Map<String, List<String>> asked = AlternativeQuestions.read(file("""
                - file: handbook/glossary.yaml
                  passage: "visual  family tree"
                  asked: ["whats a genogram", "family tree thing?"]
                - file: handbook/11-child-protection.md
                  section: Child Protection
                  passage: "5 working days"
                  asked: ["how soon after ICPC do i visit"]
                """), PASSAGES);

        assertThat(asked).containsExactly(
                Map.entry("handbook/glossary#genogram", List.of("whats a genogram", "family tree thing?")),
                Map.entry("handbook/11-child-protection#visits-1", List.of("how soon after ICPC do i visit")));
    }

    @Test
    void aPhraseInNoPassageStopsLoadingAtItsLine() throws Exception {
        Path file = file("""
                - file: handbook/glossary.yaml
                  passage: "visual family tree"
                  asked: ["whats a genogram"]
                - file: handbook/08-first-contact.md
                  passage: "within 10 working days"
                  asked: ["how soon do i visit"]
                """);

        assertThatThrownBy(() -> AlternativeQuestions.read(file, PASSAGES))
                .isInstanceOf(KnowledgePackException.class)
                .hasMessageContaining(file + " line 5:")
                .hasMessageContaining("no passage in handbook/08-first-contact.md contains 'within 10 working days'");
    }

    @Test
    void aPhraseInTwoPassagesAsksForMoreOfIt() throws Exception {
        Path file = file("""
                - passage: "5 working days"
                  asked: ["how soon do i visit"]
                """);

        assertThatThrownBy(() -> AlternativeQuestions.read(file, PASSAGES))
                .isInstanceOf(KnowledgePackException.class)
                .hasMessageContaining(file + " line 1:")
                .hasMessageContaining("2 passages in the pack contain '5 working days'; quote more of the one you mean");
    }

    @Test
    void anUnknownKeyOrAnEntryWithoutQuestionsNamesItsLine() throws Exception {
        Path typo = file("""
                - file: handbook/glossary.yaml
                  passage: "visual family tree"
                  askd: ["whats a genogram"]
                """);
        assertThatThrownBy(() -> AlternativeQuestions.read(typo, PASSAGES))
                .isInstanceOf(KnowledgePackException.class).hasMessageContaining(typo + " line 3:");

        Path empty = file("""
                - file: handbook/glossary.yaml
                  passage: "visual family tree"
                  asked: []
                """);
        assertThatThrownBy(() -> AlternativeQuestions.read(empty, PASSAGES))
                .isInstanceOf(KnowledgePackException.class)
                .hasMessageContaining(empty + " line 1:").hasMessageContaining("needs 'asked:'");
    }

    @Test
    void theRealPackLoadsItsFileAndAFaultStopsTheLoad() throws Exception {
        KnowledgePack pack = new KnowledgePackLoader().load(Path.of("knowledge"));
        Path file = pack.resource(AlternativeQuestions.RESOURCE).orElseThrow().file();
        assertThat(AlternativeQuestions.read(file, pack.passages())).hasSizeGreaterThan(150);

        Path copy = folder.resolve("pack");
        org.springframework.util.FileSystemUtils.copyRecursively(Path.of("knowledge"), copy);
        Files.writeString(copy.resolve("also-asked.yaml"), """
                - file: rubric.yaml
                  passage: "a phrase the rubric never uses"
                  asked: ["what does good look like"]
                """);
        assertThatThrownBy(() -> new KnowledgePackLoader().load(copy))
                .isInstanceOf(KnowledgePackException.class)
                .hasMessageContaining("also-asked.yaml line 2:");
    }
}
