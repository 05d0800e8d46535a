package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The model's values reject bad input when they are made, whatever made them. */
class KnowledgeModelTest {

    @Test
    void gradesAreKnownByTheirFileKeyAndShownByTheirName() {
        assertThat(Grade.fromKey("requires-improvement")).contains(Grade.REQUIRES_IMPROVEMENT);
        assertThat(Grade.fromKey("Requires Improvement")).isEmpty();
        assertThat(Grade.INADEQUATE_CRITICAL.displayName()).isEqualTo("Inadequate Critical");
    }

    @Test
    void aLadderIsBestGradeFirstWhateverOrderTheDescriptorsCameIn() {
        var descriptors = new LinkedHashMap<Grade, String>();
        descriptors.put(Grade.INADEQUATE, "Core group not meeting regularly.");
        descriptors.put(Grade.OUTSTANDING, "Core group meets within timescale.");
        var criterion = new RubricCriterion("cp-core-groups", "CP – Core Groups", descriptors);
        assertThat(criterion.ladder()).isEqualTo("Outstanding: Core group meets within timescale.\nInadequate: Core group not meeting regularly.");
        assertThat(criterion.descriptor(Grade.GOOD)).isEmpty();
    }

    @Test
    void aCriterionRejectsABlankDescriptorAndABadId() {
        assertThatThrownBy(() -> new RubricCriterion("cp-visits", "CP visits", Map.of(Grade.GOOD, " ")))
                .hasMessageContaining("descriptor for Good");
        assertThatThrownBy(() -> new RubricCriterion("CP Visits", "CP visits", Map.of(Grade.GOOD, "Visits happen.")))
                .hasMessageContaining("slug");
    }

    @Test
    void vocabularyIsLookedUpRegardlessOfCaseAndSpacing() {
        var vocabulary = new ServiceVocabulary(
                List.of(new ServiceVocabulary.AreaOfWork("Child  Protection", "Safety", null)),
                List.of(new ServiceVocabulary.Framework("Signs of Safety", "Safety", "Harm", "Danger", "Complicating Factors",
                        "Existing Strengths", "Existing Safety", "Safety Goals", "Next Steps", "Danger Statement", "Safety Goal")));
        assertThat(vocabulary.frameworkFor("child protection")).map(ServiceVocabulary.Framework::statement).contains("Danger Statement");
        assertThat(vocabulary.framework("Signs of Safety")).map(ServiceVocabulary.Framework::goal).contains("Safety Goal");
        assertThat(vocabulary.frameworkFor("Fostering")).isEmpty();
    }

    @Test
    void aPackRejectsTwoPassagesWithOneIdAndPassagesOfUnknownDocuments() {
        var document = new DocumentInfo("standard", "Practice standard", null, null, DocumentKind.STANDARD,
                List.of("practice-standard.md"), Optional.empty(), false);
        var passage = new Passage("standard/x#a-1", "standard", "Practice standard", DocumentKind.STANDARD,
                List.of("Practice standard"), "", "bullet", "Recording is accurate.");
        assertThat(document.authority()).isEqualTo("unknown");
        assertThat(document.shortTitle()).isEqualTo("Practice standard");
        assertThatThrownBy(() -> new KnowledgePack(List.of(document), List.of(passage, passage), List.of(),
                ServiceVocabulary.none(), Rubric.none(), List.of(), List.of()))
                .hasMessageContaining("two passages have id standard/x#a-1");
        assertThatThrownBy(() -> new KnowledgePack(List.of(), List.of(passage), List.of(),
                ServiceVocabulary.none(), Rubric.none(), List.of(), List.of()))
                .hasMessageContaining("unknown document standard");
    }
}
