package org.practiceassistant.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
        Map<String, Long> byType = new TreeMap<>();
        pack.passages().forEach(passage -> byType.merge(passage.kind() + "/" + passage.type(), 1L, Long::sum));
        System.out.printf("Knowledge pack: %d documents, %d passages %s, %d rubric sections, %d criteria, loaded in %d ms%n",
                pack.documents().size(), pack.passages().size(), byType, pack.rubric().sections().size(),
                pack.rubric().criteria().count(), millis);
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
    void aNestedBulletCarriesTheBulletThatIntroducesIt() {
        assertThat(pack.passages()).anySatisfy(passage -> assertThat(passage.text())
                .isEqualTo("Before the ICPC, the following will have been completed: An up-to-date genogram"));
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
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).containsExactly("Stability", "Independence");
    }

    @Test
    void passageIdsAreStableAcrossLoads() {
        KnowledgePack again = new KnowledgePackLoader().load(PACK);
        assertThat(again.passages()).extracting(Passage::id).containsExactlyElementsOf(
                pack.passages().stream().map(Passage::id).toList());
    }
}
