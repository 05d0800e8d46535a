package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.practiceassistant.knowledge.DocumentKind;
import org.practiceassistant.knowledge.Grade;
import org.practiceassistant.knowledge.Passage;
import org.practiceassistant.knowledge.Rubric;
import org.practiceassistant.knowledge.RubricCriterion;
import org.practiceassistant.knowledge.RubricSection;

/** Answers over hand-made passages: found and not found, conflicts, grade ladders, the cache, input checks. */
class LuceneAskServiceTest {

    static final RubricCriterion SHARING = new RubricCriterion("cp-sharing-with-families", "CP – sharing with families", Map.of(
            Grade.OUTSTANDING, "Social Work report shared with family 5 days before conference and includes their comments",
            Grade.GOOD, "Social Work report shared with family 3 days prior to conference and includes their comments",
            Grade.REQUIRES_IMPROVEMENT, "Family have had sight of the Social Work report prior to conference.",
            Grade.INADEQUATE, "Social Work report not shared with family prior to the conference."));

    static final Rubric RUBRIC = new Rubric("Audit rubric", List.of(
            new RubricSection("child-protection-planning", "Child protection planning", "", List.of(SHARING))));

    static final Passage CRITERION = new Passage("rubric#child-protection-planning/cp-sharing-with-families", "rubric",
            "Audit rubric", DocumentKind.RUBRIC, List.of("Audit rubric", "Child protection planning", "CP – sharing with families"),
            "", "criterion", SHARING.title() + "\n" + SHARING.ladder());

    static final List<Passage> PASSAGES = List.of(
            PassageIndexTest.PASSAGES.get(0), PassageIndexTest.PASSAGES.get(1), PassageIndexTest.PASSAGES.get(2),
            PassageIndexTest.PASSAGES.get(3), PassageIndexTest.PASSAGES.get(4), CRITERION);

    private PassageIndex index;
    private LuceneAskService service;

    @BeforeEach
    void setUp() {
        AskProperties properties = AskFixtures.properties(Map.of("answers.min-confidence", "1.0"));
        index = new PassageIndex(PracticeAnalyzers.synonyms(new StringReader(PassageIndexTest.SYNONYMS), "test"),
                properties.boosts());
        index.replaceAll(PASSAGES);
        service = AskFixtures.wordsOnly(index, GradeLadders.of(RUBRIC, PASSAGES), properties);
    }

    @AfterEach
    void close() throws Exception {
        index.close();
    }

    @Test
    void answersWithTheBestPassageFirstAndCitesIt() {
        AskResult result = service.ask("what is a fire drill?", 3);

        assertThat(result.found()).isTrue();
        Answer first = result.answers().getFirst();
        assertThat(first.id()).isEqualTo("handbook/glossary#fire-drills");
        assertThat(first.document()).isEqualTo("Practice handbook");
        assertThat(first.section()).isEqualTo("Practice handbook › Glossary of terms › Fire Drills");
        assertThat(first.score()).isPositive();
        assertThat(result.answers()).extracting(Answer::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    }

    @Test
    void saysNotFoundForAQuestionThePackDoesNotCover() {
        AskResult result = service.ask("how do I reset my laptop password?", 3);

        assertThat(result.found()).isFalse();
        assertThat(result.answers()).isEmpty();
    }

    /** The pack is this authority's guidance: how another one works is not in it, whatever else the question shares. */
    @Test
    void aQuestionAboutHowAnotherAuthorityWorksIsNotCoveredButAPlaceWhereAChildLivesIsNoMatter() {
        assertThat(service.ask("does wolverhampton use fire drills?", 3).found()).isFalse();
        assertThat(service.ask("what is a fire drill? child is placed in wolverhampton", 3).found()).isTrue();
    }

    @Test
    void offersNoUnrelatedTopicsForASubjectThePackNeverMentions() {
        // "fire" matches Fire Drills, but the question is about equipment the guidance never names.
        AskResult result = service.ask("fire extinguisher laptop password printer", 3);

        assertThat(result.found()).isFalse();
        assertThat(result.didYouMean()).isEmpty();
    }

    @Test
    void showsBothSourcesWhenTheyGiveDifferentTimescales() {
        AskResult result = service.ask("how many days before the conference is the report shared with the family?", 3);

        assertThat(result.found()).isTrue();
        assertThat(result.answers()).extracting(Answer::id)
                .contains("handbook/cp#1", "rubric#child-protection-planning/cp-sharing-with-families");
        assertThat(result.conflicts()).hasSize(1);
        Conflict conflict = result.conflicts().getFirst();
        assertThat(conflict.claims()).extracting(Claim::source)
                .containsExactlyInAnyOrder("Practice handbook", "Audit rubric (Outstanding)");
        assertThat(conflict.claims()).extracting(Claim::statement)
                .anySatisfy(statement -> assertThat(statement).contains("3 days before the conference"))
                .anySatisfy(statement -> assertThat(statement).contains("5 days before conference"));
    }

    @Test
    void noConflictWhenOnlyOneSourceSpeaks() {
        assertThat(service.ask("what is a fire drill?", 3).conflicts()).isEmpty();
    }

    @Test
    void aQuestionAboutACriterionShowsItsWholeGradeLadder() {
        AskResult result = service.ask("what does outstanding look like for sharing reports with families in CP?", 3);

        Answer criterion = result.answers().stream()
                .filter(answer -> answer.id().equals(CRITERION.id())).findFirst().orElseThrow();
        assertThat(criterion.ladder()).extracting(Answer.GradeStep::grade)
                .containsExactly("Outstanding", "Good", "Requires Improvement", "Inadequate");
        assertThat(criterion.ladder().getFirst().descriptor()).contains("5 days before conference");
        assertThat(result.answers()).filteredOn(answer -> !answer.id().equals(CRITERION.id()))
                .allSatisfy(answer -> assertThat(answer.ladder()).isEmpty());
    }

    @Test
    void servesARepeatedQuestionFromTheCache() {
        AskResult first = service.ask("What is a fire drill?", 3);
        AskResult again = service.ask("  what is a   FIRE drill? ", 3);
        AskResult otherLimit = service.ask("what is a fire drill?", 1);

        assertThat(again).isSameAs(first);
        assertThat(otherLimit).isNotSameAs(first);
        assertThat(service.cachedAnswers()).isEqualTo(2);

        service.clearCache();
        assertThat(service.cachedAnswers()).isZero();
    }

    @Test
    void theCacheIsBounded() {
        AskProperties small = AskFixtures.properties(Map.of("cache.maximum-size", "2"));
        LuceneAskService bounded = AskFixtures.wordsOnly(index, GradeLadders.none(), small);
        for (String question : List.of("fire drills", "core group", "care leavers", "conference reports", "ICPC")) {
            bounded.ask(question, 3);
        }
        assertThat(bounded.cachedAnswers()).isLessThanOrEqualTo(2);
    }

    @Test
    void cutsLongTextAtAWordBoundary() {
        String text = "word ".repeat(400).strip();
        String shown = LuceneAskService.shorten(text, 1500);

        assertThat(shown).hasSizeLessThanOrEqualTo(1500).endsWith("…");
        assertThat(shown.substring(0, shown.length() - 1)).endsWith("word");
        assertThat(LuceneAskService.shorten("short", 1500)).isEqualTo("short");
    }

    @Test
    void rejectsABlankQuestionOrALimitOutOfRange() {
        assertThatThrownBy(() -> service.ask(" ", 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.ask("fire drills", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> service.ask("fire drills", 11)).isInstanceOf(IllegalArgumentException.class);
    }
}
