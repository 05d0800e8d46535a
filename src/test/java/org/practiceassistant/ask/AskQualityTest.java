package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on the labelled question set, with the real model ranking by meaning as well as words,
 * so a change that makes answers worse fails the build. The floors sit a little below what is measured
 * today (tune and held-out: top-1 87%, top-3 95%, 0.6% wrongly not found, every calibration out-of-scope
 * question rejected; the first two blind sets: top-1 45%, top-3 63%, 13% wrongly not found, 23 of 27
 * rejected; the third blind set: top-1 79%, top-3 90%, 3% wrongly not found, 23 of 24 rejected), which is
 * below the targets (top-1 90%, top-3 98%, at most 3% wrongly not found): see the README's Ask section.
 */
class AskQualityTest {

    private static PassageIndex index;
    private static LuceneAskService service;

    @BeforeAll
    static void buildIndex() {
        AskProperties properties = AskFixtures.defaults();
        index = AskFixtures.realIndex(properties);
        service = AskFixtures.realService(index, properties);
    }

    @AfterAll
    static void closeIndex() throws Exception {
        index.close();
    }

    @Test
    void meetsTheFloorsOnTheQuestionsItWasTunedOn() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> tuned = new ArrayList<>(set.split("tune"));
        tuned.addAll(set.split("heldout"));
        AskQualitySet.Figures figures = AskQualitySet.evaluate(question -> service.ask(question, 3), tuned, set.outOfScope());
        System.out.println(figures.summary("tune+held"));
        figures.misses().forEach(miss -> System.out.println("  " + miss));

        assertThat(figures.questions()).isGreaterThanOrEqualTo(80);
        assertThat(figures.outOfScope()).isGreaterThanOrEqualTo(10);
        assertThat(figures.top1Rate()).isGreaterThanOrEqualTo(0.83);
        assertThat(figures.top3Rate()).isGreaterThanOrEqualTo(0.91);
        assertThat(figures.falseNotFoundRate()).isLessThanOrEqualTo(0.03);
        assertThat(figures.rejected()).isEqualTo(figures.outOfScope());
    }

    /** The blind questions were never tuned on: their floors guard against a change that only fits the others. */
    @Test
    void meetsTheFloorsOnTheBlindQuestions() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> blind = new ArrayList<>(set.split("blind"));
        blind.addAll(set.split("blind2"));
        AskQualitySet.Figures figures = AskQualitySet.evaluate(question -> service.ask(question, 3), blind,
                set.blindOutOfScope());
        System.out.println(figures.summary("blind"));

        assertThat(figures.questions()).isGreaterThanOrEqualTo(80);
        assertThat(figures.top1Rate()).isGreaterThanOrEqualTo(0.38);
        assertThat(figures.top3Rate()).isGreaterThanOrEqualTo(0.55);
        assertThat(figures.falseNotFoundRate()).isLessThanOrEqualTo(0.19);
        assertThat(figures.rejectionRate()).isGreaterThanOrEqualTo(0.8);
    }

    /** Nobody has read what the assistant answers to these: the honest figure for questions it has never seen. */
    @Test
    void meetsTheFloorsOnTheThirdBlindSet() {
        AskQualitySet set = AskQualitySet.load();
        AskQualitySet.Figures figures = AskQualitySet.evaluate(question -> service.ask(question, 3), set.split("blind3"),
                set.blind3OutOfScope());
        System.out.println(figures.summary("blind3"));

        assertThat(figures.questions()).isGreaterThanOrEqualTo(80);
        assertThat(figures.top1Rate()).isGreaterThanOrEqualTo(0.74);
        assertThat(figures.top3Rate()).isGreaterThanOrEqualTo(0.86);
        assertThat(figures.falseNotFoundRate()).isLessThanOrEqualTo(0.07);
        assertThat(figures.rejectionRate()).isGreaterThanOrEqualTo(0.9);
    }

    /** A label no passage contains could never be answered: it would count against the assistant unfairly. */
    @Test
    void everyExpectedPhraseIsInSomePassage() {
        List<String> unanswerable = AskQualitySet.load().questions().stream()
                .filter(question -> index.passages().stream()
                        .noneMatch(passage -> AskQualitySet.matches(passage.text(), question.expect())))
                .map(question -> question.split() + ": " + question.expect())
                .toList();

        assertThat(unanswerable).isEmpty();
    }
}
