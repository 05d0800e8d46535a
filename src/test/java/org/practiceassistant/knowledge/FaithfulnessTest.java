package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No invented guidance: every passage of the pack is quoted from the source documents, and every
 * rubric descriptor sits under its own criterion and grade there. Headings, labels and the grade
 * names of a ladder are metadata and are not checked.
 */
class FaithfulnessTest {

    static SourceDocuments sources;

    @BeforeAll
    static void readSources() {
        var folder = SourceDocuments.folder();
        assumeTrue(folder.isPresent(), "Source documents not found at " + SourceDocuments.CANDIDATE_FOLDERS
                + " (relative to the repository): the pack's faithfulness is NOT checked in this run");
        sources = SourceDocuments.read(folder.get());
    }

    @Test
    void everyPassageOfThePackIsQuotedFromTheSources() {
        KnowledgePack pack = new KnowledgePackLoader().load(RealPackTest.PACK);
        assertThat(unfaithful(pack)).isEmpty();
        assertThat(pack.passages()).hasSizeGreaterThan(400);
    }

    @Test
    void everyVocabularyTermIsTheHandbooksOwn() {
        KnowledgePack pack = new KnowledgePackLoader().load(RealPackTest.PACK);
        var invented = new ArrayList<String>();
        // "Children with disabilities - Short breaks": an area and its sub-area, from one cell of the handbook.
        pack.vocabulary().areas().forEach(area -> List.of(area.area().split(" - ")).forEach(part -> check(part, invented)));
        pack.vocabulary().frameworks().forEach(framework -> List.of(framework.name(), framework.past(), framework.future(),
                framework.existingSolutions(), framework.goals(), framework.statement(), framework.goal())
                .forEach(term -> check(term, invented)));
        assertThat(invented).isEmpty();
    }

    @Test
    void anInventedRubricDescriptorIsCaught(@TempDir Path copy) throws IOException {
        copyPack(RealPackTest.PACK, copy);
        Path rubric = copy.resolve("rubric.yaml");
        String original = "inadequate: \"Core group not meeting regularly.\"";
        String yaml = Files.readString(rubric);
        assertThat(yaml).contains(original);
        Files.writeString(rubric, yaml.replace(original,
                "inadequate: \"Core group not meeting regularly.\"\n          inadequate-critical: \"Core group has never met and no one has noticed.\""));

        List<String> problems = unfaithful(new KnowledgePackLoader().load(copy));

        assertThat(problems).singleElement().asString()
                .contains("cp-core-groups").contains("Inadequate Critical").contains("not in the source");
    }

    @Test
    void aDescriptorMovedToAnotherGradeIsCaught(@TempDir Path copy) throws IOException {
        copyPack(RealPackTest.PACK, copy);
        Path rubric = copy.resolve("rubric.yaml");
        String yaml = Files.readString(rubric);
        String good = "good: \"Social Work report shared with family 3 days prior to conference and includes their comments\"";
        String outstanding = "outstanding: \"Social Work report shared with family 5 days before conference and includes their comments\"";
        assertThat(yaml).contains(good, outstanding);
        Files.writeString(rubric, yaml.replace(good, "good: \"Social Work report shared with family 5 days before conference and includes their comments\"")
                .replace(outstanding, "outstanding: \"Social Work report shared with family 3 days prior to conference and includes their comments\""));

        List<String> problems = unfaithful(new KnowledgePackLoader().load(copy));

        assertThat(problems).isNotEmpty().allSatisfy(problem -> assertThat(problem).contains("cp-sharing-with-families"));
    }

    @Test
    void inventedWordsCannotHideBetweenQuotedOnes() {
        assertThat(sources.covers("Reports will be shared with the family 3 days before the conference")).isTrue();
        assertThat(sources.covers("Reports will be shared with the family 10 days before the conference")).isFalse();
        assertThat(sources.covers("The child must be visited every day by two social workers.")).isFalse();
    }

    /** Problems found, one line each; empty when the pack is faithful. */
    static List<String> unfaithful(KnowledgePack pack) {
        var problems = new ArrayList<String>();
        for (Passage passage : pack.passages()) {
            // A table row may be rebuilt from a flattened table (one cell listing four areas becomes
            // four rows), and may carry its table's column headings on a line of their own, so each of
            // its cells and headings is checked on its own.
            List<String> quoted = switch (passage.type()) {
                case "criterion" -> List.of();
                case "table-row" -> List.of(passage.text().split(" \\| |\n"));
                default -> List.of(passage.text());
            };
            quoted.stream().filter(text -> !sources.covers(text)).findFirst()
                    .ifPresent(text -> problems.add(passage.id() + ": not in the source: " + text));
        }
        problems.addAll(rubricProblems(pack));
        return problems;
    }

    /**
     * Each criterion's title and descriptors are in the source; the descriptors come after their
     * criterion, before the next one, in grade order; and the criterion's passage is exactly its
     * title and ladder.
     */
    private static List<String> rubricProblems(KnowledgePack pack) {
        var problems = new ArrayList<String>();
        List<RubricCriterion> criteria = pack.rubric().criteria().toList();
        int cursor = 0;
        for (int i = 0; i < criteria.size(); i++) {
            RubricCriterion criterion = criteria.get(i);
            String where = criterion.id();
            if (!sources.covers(criterion.title())) {
                problems.add(where + ": title not in the source: " + criterion.title());
            }
            int row = sources.indexOf(criterion.title() + " " + firstDescriptor(criterion), cursor, Integer.MAX_VALUE);
            int nextRow = i + 1 < criteria.size()
                    ? sources.indexOf(criteria.get(i + 1).title() + " " + firstDescriptor(criteria.get(i + 1)), row + 1, Integer.MAX_VALUE)
                    : Integer.MAX_VALUE;
            if (row < 0 || nextRow < 0) {
                problems.add(where + ": its row is not where the rubric order says");
                continue;
            }
            int previous = row;
            for (Map.Entry<Grade, String> descriptor : criterion.descriptors().entrySet()) {
                String grade = descriptor.getKey().displayName();
                if (!sources.covers(descriptor.getValue())) {
                    problems.add(where + ": " + grade + " descriptor not in the source: " + descriptor.getValue());
                    continue;
                }
                int at = sources.indexOf(descriptor.getValue(), previous, nextRow);
                if (at < 0 || at >= nextRow) {
                    problems.add(where + ": " + grade + " descriptor is not in this criterion's row after the grades before it");
                } else {
                    previous = at + 1;
                }
            }
            cursor = row + 1;
            problems.addAll(passageProblems(pack, criterion));
        }
        return problems;
    }

    private static List<String> passageProblems(KnowledgePack pack, RubricCriterion criterion) {
        var expected = new StringBuilder(criterion.title());
        criterion.descriptors().forEach((grade, text) -> expected.append('\n').append(grade.displayName()).append(": ").append(text));
        boolean found = pack.passages().stream()
                .anyMatch(passage -> passage.type().equals("criterion") && passage.text().contentEquals(expected));
        return found ? List.of() : List.of(criterion.id() + ": no passage holds exactly its title and ladder");
    }

    private static String firstDescriptor(RubricCriterion criterion) {
        return criterion.descriptors().values().iterator().next();
    }

    private static void check(String term, List<String> invented) {
        if (!sources.covers(term)) {
            invented.add(term);
        }
    }

    static void copyPack(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
