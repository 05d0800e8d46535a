package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.knowledge.KnowledgePackLoader;

/** The coach's words and quotes come from the real knowledge pack. */
class PackCoachGuidanceTest {

    private static final KnowledgePack PACK = new KnowledgePackLoader().load(Path.of("knowledge"));
    private final PackCoachGuidance guidance = new PackCoachGuidance(PACK);

    @ParameterizedTest
    @CsvSource({
            "CHILD_PROTECTION, Signs of Safety, danger statement, safety goal, Harm, safe",
            "EARLY_HELP, Signs of Wellbeing, worry statement, wellbeing goal, Wellbeing Concerns, healthy and well",
            "CHILD_IN_NEED, Signs of Wellbeing, worry statement, wellbeing goal, Wellbeing Concerns, healthy and well",
            "CHILDREN_LOOKED_AFTER, Signs of Success, worry statement, success goal, Worrying Behaviour, doing well",
            "FOURTEEN_PLUS, Signs of Success, worry statement, success goal, Worrying Behaviour, doing well",
            "LEAVING_CARE, Signs of Success, worry statement, success goal, Worrying Behaviour, doing well",
            "DISABILITIES_SHORT_BREAKS, Signs of Wellbeing, worry statement, wellbeing goal, Wellbeing Concerns, healthy and well",
            "DISABILITIES_CHILD_PROTECTION, Signs of Safety, danger statement, safety goal, Harm, safe",
            "DISABILITIES_LOOKED_AFTER, Signs of Success, worry statement, success goal, Worrying Behaviour, doing well"})
    void takesTheVocabularyFromTheHandbookTable(ServiceArea area, String model, String statement, String goal,
                                                String past, String good) {
        var v = guidance.vocabularyFor(area);
        assertThat(v.model()).isEqualTo(model);
        assertThat(v.statement()).isEqualTo(statement);
        assertThat(v.goal()).isEqualTo(goal);
        assertThat(v.past()).isEqualTo(past);
        assertThat(v.goodOutcome()).isEqualTo(good);
    }

    @ParameterizedTest
    @EnumSource(Step.class)
    void quotesThePackWordForWordWithItsSection(Step step) {
        var quotes = guidance.quotesFor(step, guidance.vocabularyFor(ServiceArea.CHILD_PROTECTION));
        if (step == Step.CHILDREN) {
            assertThat(quotes).as("naming the children: no guidance about harm or risk, which is about other steps")
                    .isEmpty();
            return;
        }
        assertThat(quotes).as("guidance for " + step).isNotEmpty().hasSizeLessThanOrEqualTo(2);
        for (GuidanceQuote quote : quotes) {
            String body = quote.text().replaceFirst("^… ", "");
            assertThat(PACK.passages()).as("a pack passage holds " + body)
                    .anyMatch(p -> p.text().contains(body) && p.section().equals(quote.citation()));
        }
    }

    @Test
    void quotesTheServicesOwnGlossaryTerm() {
        var wellbeing = guidance.quotesFor(Step.WORRY, guidance.vocabularyFor(ServiceArea.EARLY_HELP));
        assertThat(wellbeing.getFirst().text()).startsWith("Worry Statement: A clear, jargon free statement");
        assertThat(wellbeing.getFirst().citation()).contains("Glossary").endsWith("Worry Statement");
        var safety = guidance.quotesFor(Step.DOING, guidance.vocabularyFor(ServiceArea.CHILD_PROTECTION));
        assertThat(safety.getFirst().text()).startsWith("Safety Goal: A clear, behaviourally specific");
    }
}
