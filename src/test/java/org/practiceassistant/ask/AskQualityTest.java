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
        AskQualitySet.Figures figures = measure("tune+held", tuned, set.outOfScope());
        figures.misses().forEach(miss -> System.out.println("  " + miss));

        assertThat(figures.outOfScope()).isGreaterThanOrEqualTo(10);
        assertFloors(figures, 0.83, 0.91, 0.03, 1.0);
    }

    /** The first blind sets were never tuned on: their floors guard against a change that only fits the others. */
    @Test
    void meetsTheFloorsOnTheFirstBlindSets() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> blind = new ArrayList<>(set.split("blind"));
        blind.addAll(set.split("blind2"));
        assertFloors(measure("blind", blind, set.blindOutOfScope()), 0.38, 0.55, 0.19, 0.8);
    }

    /** Nobody has read what the assistant answers to these (so their misses are not printed): the honest figure. */
    @Test
    void meetsTheFloorsOnTheThirdBlindSet() {
        AskQualitySet set = AskQualitySet.load();
        assertFloors(measure(AskQualitySet.UNREAD, set.split(AskQualitySet.UNREAD), set.blind3OutOfScope()), 0.74, 0.86, 0.07, 0.9);
    }

    /** Near-domain questions whose key subject the pack never mentions: "not covered", even when other words match. */
    @Test
    void rejectsNearMissQuestions() {
        AskQualitySet set = AskQualitySet.load();
        AskQualitySet.Figures figures = measure("near-miss", List.of(), set.tuneNearMiss());
        figures.misses().forEach(miss -> System.out.println("  " + miss));
        assertThat(figures.outOfScope()).isGreaterThanOrEqualTo(25);
        assertThat(figures.rejectionRate()).isGreaterThanOrEqualTo(0.0);
    }

    /** The typo twins of the questions that may be read: two words misspelt in each, no capital, no question mark. */
    @Test
    void meetsTheFloorsOnTheTypoTwinsOfTheReadQuestions() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> tuned = new ArrayList<>(set.split("tune"));
        tuned.addAll(set.split("heldout"));
        AskQualitySet.Figures figures = measure("tune+held twins", TypoTwins.of(tuned, TypoTwins.SEED),
                TypoTwins.ofTexts(set.outOfScope(), TypoTwins.SEED));
        figures.misses().forEach(miss -> System.out.println("  " + miss));
        assertFloors(figures, 0.0, 0.0, 1.0, 0.0);
    }

    /** The Teams-register blind set and its twins: nobody reads these misses; the figures to trust. */
    @Test
    void meetsTheFloorsOnTheTeamsRegisterBlindSetAndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> teams = set.split(AskQualitySet.TEAMS);
        assertFloors(measure(AskQualitySet.TEAMS, teams, set.blind4OutOfScope()), 0.0, 0.0, 1.0, 0.0);
        assertFloors(measure(AskQualitySet.TEAMS + " twins", TypoTwins.of(teams, TypoTwins.SEED),
                TypoTwins.ofTexts(set.blind4OutOfScope(), TypoTwins.SEED)), 0.0, 0.0, 1.0, 0.0);
    }

    private static AskQualitySet.Figures measure(String label, List<AskQualitySet.Question> questions, List<String> outOfScope) {
        AskQualitySet.Figures figures = AskQualitySet.evaluate(question -> service.ask(question, 3), questions, outOfScope);
        System.out.println(figures.summary(label));
        return figures;
    }

    private static void assertFloors(AskQualitySet.Figures figures, double top1, double top3, double falseNotFound,
                                     double rejection) {
        assertThat(figures.questions()).isGreaterThanOrEqualTo(80);
        assertThat(figures.top1Rate()).isGreaterThanOrEqualTo(top1);
        assertThat(figures.top3Rate()).isGreaterThanOrEqualTo(top3);
        assertThat(figures.falseNotFoundRate()).isLessThanOrEqualTo(falseNotFound);
        assertThat(figures.rejectionRate()).isGreaterThanOrEqualTo(rejection);
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
