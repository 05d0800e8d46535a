package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Each way a content owner can break a pack stops loading with the file, the line and the problem. */
@ExtendWith(OutputCaptureExtension.class)
class MalformedPackTest {

    private static final String MANIFEST = """
            documents:
              - id: rubric
                title: "Audit rubric"
                kind: rubric
                files: ["rubric.yaml"]
              - id: standard
                title: "Practice standard"
                kind: standard
                files: ["standard.md"]
            """;
    private static final String RUBRIC = """
            title: "Audit rubric"
            sections:
              - id: visits
                title: "Visits"
                criteria:
                  - id: cp-visits
                    title: "CP visits"
                    descriptors:
                      outstanding: "The child is visited in accordance with the plan."
                      inadequate: "SW has not visited in accordance with the plan."
            """;
    private static final String STANDARD = """
            ---
            chapter: "Practice standard"
            ---
            # Risk is recognised

            - Recording is accurate.
            """;

    @TempDir
    Path pack;

    @BeforeEach
    void writeAValidPack() throws IOException {
        write("pack.yaml", MANIFEST);
        write("rubric.yaml", RUBRIC);
        write("standard.md", STANDARD);
    }

    @Test
    void theValidPackLoads() {
        KnowledgePack loaded = load();
        assertThat(loaded.rubric().criterion("visits", "cp-visits")).get()
                .satisfies(criterion -> {
                    assertThat(criterion.descriptor(Grade.OUTSTANDING)).contains("The child is visited in accordance with the plan.");
                    assertThat(criterion.descriptor(Grade.GOOD)).isEmpty();
                });
        assertThat(loaded.passages()).extracting(Passage::id).containsExactly("rubric#visits/cp-visits", "standard/standard#risk-is-recognised-1");
    }

    @Test
    void yamlThatDoesNotParseNamesItsLine() throws IOException {
        write("rubric.yaml", RUBRIC.replace("    title: \"Visits\"", "    title: \"Visits\": \"Home visits\""));
        assertProblem("rubric.yaml", 4, "mapping values are not allowed here");
    }

    @Test
    void aCriterionWithNoDescriptorsIsRejectedAtItsLine() throws IOException {
        write("rubric.yaml", RUBRIC.substring(0, RUBRIC.indexOf("        descriptors:")));
        assertProblem("rubric.yaml", 6, "cp-visits has no grade descriptors");
    }

    @Test
    void anUnknownGradeKeyIsRejectedAtItsLine() throws IOException {
        write("rubric.yaml", RUBRIC.replace("inadequate:", "excellent:"));
        assertProblem("rubric.yaml", 10, "unknown grade 'excellent'");
    }

    @Test
    void anEmptyDescriptorMustBeLeftOutRatherThanWrittenEmpty() throws IOException {
        write("rubric.yaml", RUBRIC + "          inadequate-critical: \"\"\n");
        assertProblem("rubric.yaml", 11, "leave a grade with no descriptor out");
    }

    @Test
    void aMisspelledKeyIsRejectedRatherThanSilentlyDropped() throws IOException {
        write("rubric.yaml", RUBRIC.replace("    criteria:", "    criterias:"));
        assertProblem("rubric.yaml", 5, "criterias");
    }

    @Test
    void twoCriteriaWithOneIdAreRejected() throws IOException {
        write("rubric.yaml", RUBRIC
                + "      - id: cp-visits\n"
                + "        title: \"CP visits again\"\n"
                + "        descriptors:\n"
                + "          good: \"Visits happen.\"\n");
        assertProblem("rubric.yaml", 3, "two criteria with id cp-visits");
    }

    @Test
    void aMarkdownFileWithNoTitleIsRejected() throws IOException {
        write("standard.md", STANDARD.replace("# Risk is recognised\n", ""));
        assertProblem("standard.md", 5, "before the document's '# Title' heading");
    }

    @Test
    void aMisspelledFrontMatterKeyIsRejected() throws IOException {
        write("standard.md", STANDARD.replace("chapter: \"Practice standard\"", "chapter: \"Practice standard\"\nservice_area: \"Child Protection\""));
        assertProblem("standard.md", 3, "unknown front matter key 'service_area'");
    }

    @Test
    void aHeadingThatSkipsALevelIsRejected() throws IOException {
        write("standard.md", STANDARD + "\n### Too deep\n\n- A bullet.\n");
        assertProblem("standard.md", 8, "skips a level");
    }

    @Test
    void aManifestEntryWhoseFileIsMissingIsRejectedAtItsLine() throws IOException {
        Files.delete(pack.resolve("standard.md"));
        assertProblem("pack.yaml", 9, "needs standard.md, which does not exist");
    }

    @Test
    void anUnknownDocumentKindIsRejected() throws IOException {
        write("pack.yaml", MANIFEST.replace("kind: standard", "kind: policy"));
        assertProblem("pack.yaml", 8, "unknown document kind 'policy'");
    }

    @Test
    void aMissingManifestSaysWhereItLooked() {
        assertThatThrownBy(() -> new KnowledgePackLoader().load(pack.resolve("elsewhere")))
                .isInstanceOf(KnowledgePackException.class).hasMessageContaining("elsewhere").hasMessageContaining("pack.yaml");
    }

    @Test
    void aMissingOptionalDocumentIsAWarningAndTheRestLoads(CapturedOutput output) throws IOException {
        write("pack.yaml", MANIFEST + """
                  - id: extra-template
                    title: "A template the authority has not written yet"
                    kind: template
                    files: ["templates/extra.yaml"]
                    optional: true
                resources:
                  - id: synonyms
                    title: "Synonyms"
                    file: "synonyms.txt"
                    optional: true
                """);

        KnowledgePack loaded = load();

        assertThat(loaded.documents()).extracting(DocumentInfo::id).containsExactly("rubric", "standard");
        assertThat(loaded.resource("synonyms")).isEmpty();
        assertThat(output).contains("optional document 'extra-template' skipped").contains("optional resource 'synonyms' skipped");
    }

    @Test
    void aPresentResourceIsInThePack() throws IOException {
        write("pack.yaml", MANIFEST + """
                resources:
                  - id: synonyms
                    title: "Synonyms"
                    file: "synonyms.txt"
                """);
        write("synonyms.txt", "cp, child protection\n");
        assertThat(load().resource("synonyms")).get().extracting(PackResource::file).isEqualTo(pack.resolve("synonyms.txt"));
    }

    @Test
    void aVocabularyAreaMustUseAFrameworkTheFileDescribes() throws IOException {
        write("pack.yaml", """
                documents:
                  - id: handbook
                    title: "Handbook"
                    kind: handbook
                    files: ["standard.md"]
                    vocabulary: "vocabulary.yaml"
                """);
        write("vocabulary.yaml", """
                areas:
                  - area: "Early Help"
                    signs-of: "Wellbeing"
                frameworks:
                  - name: "Signs of Safety"
                    signs-of: "Safety"
                    statement: "Danger Statement"
                    goal: "Safety Goal"
                """);
        assertProblem("vocabulary.yaml", 1, "uses Signs of Wellbeing, which no framework describes");
    }

    @Test
    void aGlossaryTermDefinedTwiceIsRejectedAtTheSecond() throws IOException {
        write("pack.yaml", """
                documents:
                  - id: handbook
                    title: "Handbook"
                    kind: handbook
                    files: ["standard.md"]
                    glossary: "glossary.yaml"
                """);
        write("glossary.yaml", """
                entries:
                  - term: "Fire Drills"
                    definition: "A way to rehearse the plan."
                  - term: "Fire drills"
                    definition: "Another definition."
                """);
        assertProblem("glossary.yaml", 4, "the term 'Fire drills' is defined twice");
    }

    @Test
    void aTemplateSectionWithNothingInItIsRejected() throws IOException {
        write("pack.yaml", MANIFEST + """
                  - id: mapping
                    title: "Mapping template"
                    kind: template
                    files: ["mapping.yaml"]
                """);
        write("mapping.yaml", """
                title: "Mapping template"
                sections:
                  - id: harm
                    title: "Harm"
                    fields:
                      - id: past-harm
                        title: "Past harm"
                        prompts: ["What has happened to the child?"]
                  - id: empty
                    title: "Empty"
                """);
        assertProblem("mapping.yaml", 9, "template section empty has no fields and no tables");
    }

    private KnowledgePack load() {
        return new KnowledgePackLoader().load(pack);
    }

    private void assertProblem(String file, int line, String problem) {
        assertThatThrownBy(this::load)
                .isInstanceOfSatisfying(KnowledgePackException.class, e -> {
                    assertThat(e.file()).isEqualTo(pack.resolve(file));
                    assertThat(e.line()).isEqualTo(line);
                    assertThat(e.getMessage()).contains(file).contains("line " + line).contains(problem);
                });
    }

    private void write(String name, String content) throws IOException {
        Path file = pack.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}
