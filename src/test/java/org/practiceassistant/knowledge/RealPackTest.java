package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Loads the pack the application ships with ({@code knowledge/} at the repository root). */
class RealPackTest {

    static final Path PACK = Path.of("knowledge");
    static KnowledgePack pack;

    @BeforeAll
    static void load() {
        long started = System.nanoTime();
        pack = new KnowledgePackLoader().load(PACK);
        long millis = (System.nanoTime() - started) / 1_000_000;
        long warmStarted = System.nanoTime();
        new KnowledgePackLoader().load(PACK);
        long warmMillis = (System.nanoTime() - warmStarted) / 1_000_000;
        Map<String, Long> byType = new TreeMap<>();
        pack.passages().forEach(passage -> byType.merge(passage.kind() + "/" + passage.type(), 1L, Long::sum));
        System.out.printf("Knowledge pack: %d documents, %d passages %s, %d rubric sections, %d criteria,"
                        + " loaded in %d ms (first load in the JVM), %d ms (second)%n",
                pack.documents().size(), pack.passages().size(), byType, pack.rubric().sections().size(),
                pack.rubric().criteria().count(), millis, warmMillis);
    }

    @Test
    void handbookChaptersBecomePassagesUnderTheirHeadings() {
        Passage reportsShared = pack.passages().stream()
                .filter(passage -> passage.text().startsWith("Reports will be shared with the family 3 days before the conference"))
                .findFirst().orElseThrow();
        assertThat(reportsShared.headingPath()).containsExactly("Practice handbook", "Child Protection",
                "Preparing for an Initial Child Protection Conference (ICPC)");
        assertThat(reportsShared.serviceArea()).isEqualTo("Child Protection");
        assertThat(reportsShared.kind()).isEqualTo(DocumentKind.HANDBOOK);
        assertThat(reportsShared.type()).isEqualTo("bullet");
        assertThat(reportsShared.id()).startsWith("handbook/11-child-protection#preparing-for-an-initial-child-protection-conference-icpc-");
    }

    @Test
    void aBulletThatIntroducesANestedListIsOnePassageWithTheWholeList() {
        assertThat(pack.passages()).filteredOn(passage -> passage.text().contains("An up-to-date genogram"))
                .singleElement().extracting(Passage::text).asString()
                .startsWith("Before the ICPC, the following will have been completed:\n")
                .contains("\nAn up-to-date genogram\n", "\nA mapping with the family as part of the Child Protection enquiry.");
    }

    /** A row of a table whose every column is headed carries the headings; one with blank headings keeps its cells alone. */
    @Test
    void aTableRowCarriesItsColumnHeadingsWhenEveryColumnHasOne() {
        Passage principle = pack.passages().stream()
                .filter(passage -> passage.text().contains("Adopting a stance of critical enquiry")).findFirst().orElseThrow();
        assertThat(principle.type()).isEqualTo("table-row");
        assertThat(principle.text()).startsWith("Signs of Safety Principles | Northumberland's Leadership Pledge\n"
                + "Adopting a stance of critical enquiry");
        assertThat(pack.passages()).filteredOn(passage -> passage.id().equals("handbook/04-signs-of#signs-of-2"))
                .extracting(Passage::text).containsExactly("Early Help | Wellbeing");
    }

    @Test
    void glossaryEntriesAreLoadedAndArePassages() {
        assertThat(pack.glossaryEntry("fire drills")).get().extracting(GlossaryEntry::definition).asString()
                .startsWith("An effective way to make sure children, parents, and network members understand and follow the plan rules");
        Passage fireDrills = pack.passage("handbook/glossary#fire-drills").orElseThrow();
        assertThat(fireDrills.type()).isEqualTo("glossary");
        assertThat(fireDrills.text()).startsWith("Fire Drills: An effective way");
        assertThat(fireDrills.headingPath()).containsExactly("Practice handbook", "Glossary of terms", "Fire Drills");
    }

    @Test
    void vocabularyGivesEachServiceAreaItsStatementAndGoal() {
        ServiceVocabulary vocabulary = pack.vocabulary();
        assertThat(vocabulary.frameworkFor("Child Protection")).get()
                .satisfies(framework -> {
                    assertThat(framework.statement()).isEqualTo("Danger Statement");
                    assertThat(framework.goal()).isEqualTo("Safety Goal");
                });
        assertThat(vocabulary.frameworkFor("early help")).get()
                .satisfies(framework -> {
                    assertThat(framework.statement()).isEqualTo("Worry Statement");
                    assertThat(framework.goal()).isEqualTo("Wellbeing Goal");
                });
        assertThat(vocabulary.area("Leaving Care")).get().extracting(ServiceVocabulary.AreaOfWork::alternatives)
                .asInstanceOf(LIST).containsExactly("Stability", "Independence");
    }

    @Test
    void theManifestNamesEachDocumentWithItsAuthority() {
        assertThat(pack.documents()).extracting(DocumentInfo::id, DocumentInfo::kind, DocumentInfo::authority).containsExactly(
                tuple("handbook", DocumentKind.HANDBOOK, "Northumberland County Council"),
                tuple("rubric", DocumentKind.RUBRIC, "unknown"),
                tuple("standard", DocumentKind.STANDARD, "unknown"),
                tuple("mapping-template", DocumentKind.TEMPLATE, "unknown"),
                tuple("child-and-family-plan", DocumentKind.TEMPLATE, "West Sussex"));
        assertThat(pack.document("handbook")).get().extracting(DocumentInfo::files).asInstanceOf(LIST)
                .contains("handbook/11-child-protection.md", "handbook/glossary.yaml", "handbook/vocabulary.yaml")
                .doesNotContain("handbook/README.md");
    }

    @Test
    void theRubricHasItsNineSectionsAndEveryCriterion() {
        assertThat(pack.rubric().sections()).extracting(RubricSection::id).containsExactly(
                "section-47-investigation", "case-recording", "supervision-management-oversight", "child-centred-practice",
                "assessment", "child-in-need-planning", "child-protection-planning", "care-planning-for-lac", "review");
        assertThat(pack.rubric().sections()).extracting(section -> section.criteria().size())
                .containsExactly(8, 4, 3, 4, 9, 5, 11, 7, 5);
    }

    @Test
    void aCriterionKeepsItsWholeLadderAndLeavesAnEmptyGradeOut() {
        RubricCriterion sharing = pack.rubric().criterion("child-protection-planning", "cp-sharing-with-families").orElseThrow();
        assertThat(sharing.descriptors()).containsOnlyKeys(Grade.OUTSTANDING, Grade.GOOD, Grade.REQUIRES_IMPROVEMENT, Grade.INADEQUATE);
        assertThat(sharing.descriptor(Grade.OUTSTANDING)).contains("Social Work report shared with family 5 days before conference and includes their comments");
        assertThat(sharing.descriptor(Grade.GOOD)).contains("Social Work report shared with family 3 days prior to conference and includes their comments");
        // A cell the extraction split over two rows is whole again.
        assertThat(sharing.descriptor(Grade.REQUIRES_IMPROVEMENT))
                .contains("Family have had sight of the Social Work report prior to conference. Comments are not gathered prior to conference.");

        Passage passage = pack.passage("rubric#child-protection-planning/cp-sharing-with-families").orElseThrow();
        assertThat(passage.type()).isEqualTo("criterion");
        assertThat(passage.headingPath()).containsExactly("Audit rubric", "Child protection planning", "CP – sharing with families");
        assertThat(passage.text()).startsWith("CP – sharing with families\nOutstanding: Social Work report shared with family 5 days")
                .contains("\nGood: Social Work report shared with family 3 days").doesNotContain("Inadequate Critical");
    }

    /** A section's note (what the Assessment section grades when there was no assessment) is a passage Ask can quote. */
    @Test
    void aRubricSectionNoteIsAPassageCitedToItsSection() {
        Passage note = pack.passage("rubric#assessment").orElseThrow();
        assertThat(note.type()).isEqualTo("section-note");
        assertThat(note.headingPath()).containsExactly("Audit rubric", "Assessment");
        assertThat(note.text()).startsWith("For cases where there has been no Child and Family Assessment completed in the past year");
        assertThat(pack.passages()).filteredOn(passage -> passage.type().equals("section-note"))
                .hasSize(1);
        // The other notes only point elsewhere ("See review of the plan in the last section"): no passage of their own.
        assertThat(pack.rubric().sections()).filteredOn(section -> section.note().startsWith("See review of the plan"))
                .hasSize(3).allSatisfy(section -> assertThat(pack.passage("rubric#" + section.id())).isEmpty());
    }

    @Test
    void criticalDescriptorsAreKeptWhereTheRubricHasThem() {
        assertThat(pack.rubric().criterion("child-centred-practice", "safety-of-the-child")).get()
                .extracting(criterion -> criterion.descriptor(Grade.INADEQUATE_CRITICAL)).isEqualTo(java.util.Optional.of("The child is not safe."));
        assertThat(pack.rubric().criteria().filter(criterion -> criterion.descriptor(Grade.INADEQUATE_CRITICAL).isPresent()).count())
                .isEqualTo(15);
    }

    @Test
    void theMappingTemplateHasItsFourAreasWithLearningFromSeriousCaseReviews() {
        MappingTemplate mapping = pack.template("mapping-template").orElseThrow();
        assertThat(mapping.sections()).extracting(MappingTemplate.Section::title).containsExactly(
                "What's working well?", "What are we worried about?", "What would good look like?", "What needs to happen?");
        assertThat(mapping.sections()).allSatisfy(section -> assertThat(section.fields())
                .anySatisfy(field -> assertThat(field.learningFromSeriousCaseReviews()).isNotEmpty()));
        MappingTemplate.Field worries = mapping.section("what-are-we-worried-about").orElseThrow()
                .field("risks-worries-concerns-issues").orElseThrow();
        assertThat(worries.guidance()).extracting(MappingTemplate.GuidanceItem::label).contains("HARM", "RISK");
        assertThat(mapping.section("what-are-we-worried-about").orElseThrow().field("impact-statement")).isPresent();
    }

    @Test
    void theChildAndFamilyPlanTemplateIsThereOnceWithItsSafetyPlanTables() {
        MappingTemplate plan = pack.template("child-and-family-plan").orElseThrow();
        assertThat(plan.sections()).extracting(MappingTemplate.Section::id)
                .containsExactly("practice-guidance", "case-details", "evidence", "analysis", "safety-planning");
        assertThat(plan.section("analysis").orElseThrow().fields()).extracting(MappingTemplate.Field::title)
                .containsExactly("Danger Statements", "Safety Scale – everybody involved scales", "Safety Goals");
        assertThat(plan.section("safety-planning").orElseThrow().tables()).extracting(MappingTemplate.PlanTable::columns)
                .containsExactly(
                        List.of("What will you do?", "Who will do this?", "By When", "Progress (add date of update)"),
                        List.of("What is the action?", "Who will do this?", "By When", "Progress (add date of update)"));
        assertThat(pack.passages()).filteredOn(passage -> passage.text().contains("What are the Bottom Lines")).hasSize(1);
    }

    @Test
    void thePracticeStandardIsOnePassagePerExpectation() {
        assertThat(pack.passages()).filteredOn(passage -> passage.documentId().equals("standard"))
                .hasSize(20)
                .allSatisfy(passage -> assertThat(passage.headingPath().subList(0, 2))
                        .containsExactly("Practice standard", "Risk is recognised in terms of safety or wellbeing; responded to and reduced"));
    }

    @Test
    void passageIdsAreStableAcrossLoads() {
        KnowledgePack again = new KnowledgePackLoader().load(PACK);
        assertThat(again.passages()).extracting(Passage::id).containsExactlyElementsOf(
                pack.passages().stream().map(Passage::id).toList());
    }
}
