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
 * question rejected; both blind sets: top-1 42%, top-3 60%, 15% wrongly not found, 23 of 27 rejected), which is
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
}
