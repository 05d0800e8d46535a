package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Quality floors on the labelled question set, with the real model ranking by meaning as well as words,
 * so a change that makes answers worse fails the build. The floors sit a little below what was measured
 * on 2026-12-04 (issue 11, third round): blind5, the newest Teams-register set, measured once after the
 * round ended, top-1 79.8%, top-3 90.7%, 1.6% wrongly not found, 33 of 46 near-domain questions rejected,
 * twins 78.7%, 89.6%, 2.2%, 34 of 46; blind4, the Teams-register set nobody has read,
 * top-1 83.9%, top-3 91.9%, 2.4% wrongly not found, 37 of 40 near-domain questions rejected, and its typo
 * twins 80.6%, 90.3%, 4.0%, 37 of 40; blind3 86.7%, 93.3%, 1.1%, 23 of 24; tune and held-out 89.2%, 98.1%,
 * 0%, 20 of 20 (twins 86.6%, 97.5%); the first two blind sets 58.3%, 72.6%, 6.0%, 26 of 27; the Teams-register
 * tuning sets tune5 85.7%, 95.7%, 0%, 36 of 40 (twins 82.9%, 94.3%, 1.4%, 36 of 40) and tune6 81.6%, 94.9%,
 * 2.5%, 39 of 40 (twins 79.1%, 93.7%, 3.8%, 39 of 40); the near-miss calibration list 30 of 30. Below the
 * targets (top-1 90%, top-3 97%, at most 3% wrongly not found, 95% rejected): see the README's Ask section.
 * The tuning splits' floors were raised after the fourth round (2026-12-05, tuning figures): tune5 88.6%, 95.7%, 0%,
 * 37 of 40 (twins 85.7%, 94.3%, 1.4%); tune6 87.3%, 96.8%, 1.3%, 39 of 40 (twins 84.8%, 95.6%, 2.5%); tune and
 * held-out 89.2%, 98.1% (twins 86.6%, 97.5%); own 13, 14 of 15; near-miss2 73 of 81 (twins 75). The blind floors
 * were left as they were. In the fifth round (2026-12-05) blind4, blind5 and blind6, each measured once, became tuning
 * splits: their floors now sit under the tuning figures given at each test. In the sixth round (2026-12-05) blind7 and
 * blind8 became tuning splits too (floors by split name under their tuning figures); tune5's rejection floor rose to 0.95
 * (39 of 40 rejected, twins 39).
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

    /**
     * A town named as where a looked-after child is placed is no word of the pack; it once took the best passage's share of
     * the question under the bar a "how often" question needs, and the question came back not covered while the same
     * question without the town was answered.
     */
    @Test
    void aTownWhereTheChildIsPlacedNeverMakesTheQuestionNotCovered() {
        AskResult withoutTheTown = service.ask("LAC child \u2013 how often should i visit", 3);
        AskResult withTheTown = service.ask("LAC child placed in birmingham \u2013 how often should i visit", 3);

        assertThat(withoutTheTown.found()).isTrue();
        assertThat(withTheTown.found()).isTrue();
        assertThat(withTheTown.answers().getFirst().id()).isEqualTo(withoutTheTown.answers().getFirst().id());
        // Whatever the pack makes of the rest of the question, the town changes nothing.
        assertThat(service.ask("looked after child placed in walsall how often should i visit", 3).found())
                .isEqualTo(service.ask("looked after child how often should i visit", 3).found());
    }

    @Test
    void meetsTheFloorsOnTheQuestionsItWasTunedOn() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> tuned = new ArrayList<>(set.split("tune"));
        tuned.addAll(set.split("heldout"));
        AskQualitySet.Figures figures = measure("tune+held", tuned, set.outOfScope());
        figures.misses().forEach(miss -> System.out.println("  " + miss));

        assertThat(figures.outOfScope()).isGreaterThanOrEqualTo(10);
        assertFloors(figures, 0.87, 0.96, 0.02, 1.0);
    }

    /** The first blind sets were never tuned on: their floors guard against a change that only fits the others. */
    @Test
    void meetsTheFloorsOnTheFirstBlindSets() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> blind = new ArrayList<>(set.split("blind"));
        blind.addAll(set.split("blind2"));
        assertFloors(measure("blind", blind, set.blindOutOfScope()), 0.55, 0.69, 0.08, 0.9);
    }

    /** Nobody has read what the assistant answers to these (so their misses are not printed): the honest figure. */
    @Test
    void meetsTheFloorsOnTheThirdBlindSet() {
        AskQualitySet set = AskQualitySet.load();
        assertFloors(measure(AskQualitySet.UNREAD, set.split(AskQualitySet.UNREAD), set.blind3OutOfScope()), 0.84, 0.91, 0.03, 0.9);
    }

    /** Near-domain questions whose key subject the pack never mentions: "not covered", even when other words match. */
    @Test
    void rejectsNearMissQuestions() {
        AskQualitySet set = AskQualitySet.load();
        AskQualitySet.Figures figures = measure("near-miss", List.of(), set.tuneNearMiss());
        figures.misses().forEach(miss -> System.out.println("  " + miss));
        assertThat(figures.outOfScope()).isGreaterThanOrEqualTo(25);
        assertThat(figures.rejectionRate()).isGreaterThanOrEqualTo(0.95);
        AskQualitySet.Figures second = measure("near-miss2", List.of(), set.tuneNearMiss2());
        second.misses().forEach(miss -> System.out.println("  " + miss));
        assertThat(second.outOfScope()).isGreaterThanOrEqualTo(80);
        // Ninth round: 79 of 81 (twins 79) with the specifics rules and the new not-covered lines.
        assertThat(second.rejectionRate()).isGreaterThanOrEqualTo(0.96);
        AskQualitySet.Figures secondTwins = measure("near-miss2 twins", List.of(),
                TypoTwins.ofTexts(set.tuneNearMiss2(), TypoTwins.SEED));
        assertThat(secondTwins.rejectionRate()).isGreaterThanOrEqualTo(0.96);
    }

    /** The engineer's own answerable Teams-register questions: what the not-covered lists must never reject. */
    @Test
    void answersTheEngineersOwnTeamsRegisterQuestions() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> own = set.split("own");
        AskQualitySet.Figures figures = measure("own", own, List.of());
        figures.misses().forEach(miss -> System.out.println("  " + miss));
        assertFloors(figures, 15, 0.8, 0.9, 0.0, 1.0);
        assertFloors(measureTwins("own", own, List.of()), 15, 0.8, 0.9, 0.07, 1.0);
    }

    /** The typo twins of the questions that may be read: two words misspelt in each, no capital, no question mark. */
    @Test
    void meetsTheFloorsOnTheTypoTwinsOfTheReadQuestions() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> tuned = new ArrayList<>(set.split("tune"));
        tuned.addAll(set.split("heldout"));
        AskQualitySet.Figures figures = measureTwins("tune+held", tuned, set.outOfScope());
        figures.misses().forEach(miss -> System.out.println("  " + miss));
        assertFloors(figures, 0.84, 0.95, 0.03, 0.85);
    }

    /**
     * blind5 (Teams register, written while tune6 was tuned on, measured once after the third round) and its twins:
     * read and tuned on since the fifth round.
     */
    @Test
    void meetsTheFloorsOnTheNewestTeamsRegisterBlindSetAndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> teams = set.split(AskQualitySet.TEAMS_FRESH);
        // Tuning floors since the fifth round (read and chosen on): 83.6% / 95.1% / 1.1% / 46 of 46, twins 82.5% / 94.0% / 1.6% / 45.
        assertFloors(measure(AskQualitySet.TEAMS_FRESH, teams, set.blind5OutOfScope()), 180, 0.81, 0.93, 0.025, 0.93);
        assertFloors(measureTwins(AskQualitySet.TEAMS_FRESH, teams, set.blind5OutOfScope()), 180, 0.80, 0.92, 0.03, 0.91);
    }

    /** blind4 (Teams register, measured blind in the second and third rounds) and its twins: read and tuned on since the fifth round. */
    @Test
    void meetsTheFloorsOnTheTeamsRegisterBlindSetAndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> teams = set.split(AskQualitySet.TEAMS);
        // Tuning floors since the fifth round (read and chosen on): 88.7% / 95.2% / 1.6% / 40 of 40, twins 86.3% / 93.5% / 3.2% / 40.
        assertFloors(measure(AskQualitySet.TEAMS, teams, set.blind4OutOfScope()), 0.86, 0.93, 0.03, 0.95);
        assertFloors(measureTwins(AskQualitySet.TEAMS, teams, set.blind4OutOfScope()), 0.84, 0.91, 0.045, 0.95);
    }

    /** The Teams-register tuning set (read and chosen on) and its twins; misses printed to guide the next change. */
    @Test
    void meetsTheFloorsOnTheTeamsRegisterTuningSetAndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> teams = set.split(AskQualitySet.TEAMS_TUNE);
        AskQualitySet.Figures figures = measure(AskQualitySet.TEAMS_TUNE, teams, set.tune5OutOfScope());
        figures.misses().forEach(miss -> System.out.println("  " + miss));
        assertFloors(figures, TUNE5_QUESTIONS, 0.86, 0.94, 0.02, 0.95);
        AskQualitySet.Figures twins = measureTwins(AskQualitySet.TEAMS_TUNE, teams, set.tune5OutOfScope());
        twins.misses().forEach(miss -> System.out.println("  " + miss));
        assertFloors(twins, TUNE5_QUESTIONS, 0.83, 0.92, 0.03, 0.95);
    }

    /** The second Teams-register tuning set (another reader, read and chosen on since its first run) and its twins. */
    @Test
    void meetsTheFloorsOnTheSecondTeamsRegisterTuningSetAndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> teams = set.split(AskQualitySet.TEAMS_TUNE2);
        AskQualitySet.Figures figures = measure(AskQualitySet.TEAMS_TUNE2, teams, set.tune6OutOfScope());
        figures.misses().forEach(miss -> System.out.println("  " + miss));
        assertFloors(figures, TUNE6_QUESTIONS, 0.85, 0.95, 0.02, 0.95);
        AskQualitySet.Figures twins = measureTwins(AskQualitySet.TEAMS_TUNE2, teams, set.tune6OutOfScope());
        twins.misses().forEach(miss -> System.out.println("  " + miss));
        // Twins 89.9% / 96.2% / 1.3% / 39 -> 91.8% / 98.1% / 0.6% / 40 when a likelier slip beat a commoner word and
        // three-letter words were corrected (twelfth round).
        // Thirteenth round (neighbours choose between equally likely slips): twins top-1 92.4%. Fourteenth (declared and
        // swapped misspellings): 94.3%, twins 93.7%.
        assertFloors(twins, TUNE6_QUESTIONS, 0.92, 0.97, 0.015, 0.95);
    }

    /**
     * blind10 and its twins, a tuning split since the ninth round (measured once blind at the end of the eighth round,
     * read and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} moves on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind10AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind10", set, set.blind10OutOfScope(), 240, BLIND10, BLIND10_TWINS);
    }

    /**
     * blind11 and its twins, a tuning split since the twelfth round (measured once blind after the eleventh round, read
     * and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind11AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind11", set, set.blind11OutOfScope(), 240, BLIND11, BLIND11_TWINS);
    }

    /**
     * blind12 and its twins, a tuning split since the thirteenth round (measured once blind after the twelfth round, read
     * and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind12AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind12", set, set.blind12OutOfScope(), 220, BLIND12, BLIND12_TWINS);
    }

    /**
     * blind13 and its twins, a tuning split since the fourteenth round (measured once blind after the thirteenth round,
     * read and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind13AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind13", set, set.blind13OutOfScope(), 220, BLIND13, BLIND13_TWINS);
    }

    /**
     * blind14 and its twins, a tuning split since the fifteenth round (measured once blind after the fourteenth round,
     * read and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind14AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind14", set, set.blind14OutOfScope(), 220, BLIND14, BLIND14_TWINS);
    }

    /**
     * blind15 and its twins, a tuning split since the sixteenth round (measured once blind after the fifteenth round,
     * read and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind15AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind15", set, set.blind15OutOfScope(), 220, BLIND15, BLIND15_TWINS);
    }

    /**
     * blind16 and its twins, a tuning split since the nineteenth round (measured once blind after the eighteenth round,
     * read and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind16AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind16", set, set.blind16OutOfScope(), 220, BLIND16, BLIND16_TWINS);
    }

    /**
     * blind17 and its twins, a tuning split since the twenty-fourth round (measured once blind after its first half, read
     * and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind17AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind17", set, set.blind17OutOfScope(), 220, BLIND17, BLIND17_TWINS);
    }

    /**
     * blind18 and its twins, a tuning split since the twenty-sixth round (measured once blind after its first half, read
     * and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind18AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind18", set, set.blind18OutOfScope(), 220, BLIND18, BLIND18_TWINS);
    }

    /**
     * blind19 and its twins, a tuning split since the twenty-ninth round (measured once blind after its first half, read
     * and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind19AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind19", set, set.blind19OutOfScope(), 220, BLIND19, BLIND19_TWINS);
    }

    /**
     * blind20 and its twins, a tuning split since the thirtieth round (measured once blind after its first half, read
     * and tuned on since; named by split, as {@link AskQualitySet#TEAMS_NEWEST} has moved on to the next blind set).
     */
    @Test
    void meetsTheTuningFloorsOnBlind20AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind20", set, set.blind20OutOfScope(), 220, BLIND20, BLIND20_TWINS);
    }

    /**
     * The newest blind set ({@link AskQualitySet#TEAMS_NEWEST}: Teams register, written by a reader who saw only the pack,
     * kept outside the repository until its round ended) and its typo twins: totals only, never a miss. Skipped until the
     * lead adds its questions; then {@link #NEWEST} and {@link #NEWEST_TWINS} are set a little under its one run.
     */
    @Test
    void meetsTheFloorsOnTheNewestBlindSetAndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        Assumptions.assumeFalse(set.split(AskQualitySet.TEAMS_NEWEST).isEmpty(),
                AskQualitySet.TEAMS_NEWEST + " is not in questions.yaml yet");
        assertBlindFloors(AskQualitySet.TEAMS_NEWEST, set, set.newestOutOfScope(), 220, NEWEST, NEWEST_TWINS);
    }

    /** blind9 and its twins, a tuning split since the eighth round (its misses printed by AskTuningReport). */
    @Test
    void meetsTheTuningFloorsOnBlind9AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors("blind9", set, set.blind9OutOfScope(), 240, BLIND9, BLIND9_TWINS);
    }

    /** The seventh blind set and its twins: totals only, never a miss. */
    @Test
    void meetsTheFloorsOnTheSeventhBlindSetAndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        assertBlindFloors(AskQualitySet.TEAMS_SEVENTH, set, set.blind7OutOfScope(), 250, BLIND7, BLIND7_TWINS);
    }

    /** A blind split and its twins against their floors (top-1, top-3, most wrongly not found, least rejected): totals only. */
    private static void assertBlindFloors(String split, AskQualitySet set, List<String> outOfScope, int questions, double[] floors,
                                          double[] twinFloors) {
        List<AskQualitySet.Question> teams = set.split(split);
        assertFloors(measure(split, teams, outOfScope), questions, floors[0], floors[1], floors[2], floors[3]);
        assertFloors(measureTwins(split, teams, outOfScope), questions, twinFloors[0], twinFloors[1], twinFloors[2], twinFloors[3]);
    }

    /**
     * blind6 as a tuning split since the fifth round (its misses read and chosen on; named by split, as {@link
     * AskQualitySet#TEAMS_NEWEST} moves on to the next blind set): floors under its tuning figures of 2026-12-05,
     * 90.0% / 95.8% / 1.9% / 53 of 57, twins 84.2% / 92.7% / 4.2% / 52 of 57; with the readers' "also asked as" entries
     * for every passage (added after the round) 87.7% / 95.4% / 1.2% / 54 of 57. Its one blind run is recorded below.
     */
    // The seventh "also asked as" round (eighth round of work) lifted top-1 on every Teams split and cost some near-domain
    // rejection: blind6 54 -> 51 of 57 (twins 49), blind7 49 -> 46 of 55, blind8 44 of 50 kept; the floors below follow.
    @Test
    void meetsTheTuningFloorsOnBlind6AndItsTwins() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> blind6 = set.split("blind6");
        AskQualitySet.Figures figures = measure("blind6", blind6, set.blind6OutOfScope());
        figures.misses().forEach(miss -> System.out.println("  " + miss));
        // Ninth round (specifics rules, not-covered lines): 53 of 57 rejected, twins 53. Fourteenth: 54, twins 54.
        // Sixteenth (topics for procedures named only in passing): 55, twins 55.
        assertFloors(figures, 250, 0.86, 0.94, 0.03, 0.95);
        assertFloors(measureTwins("blind6", blind6, set.blind6OutOfScope()), 250, 0.82, 0.91, 0.055, 0.95);
    }

    /**
     * blind7 and blind8 as tuning splits since the sixth round (2026-12-05: read and chosen on; named by split, as the
     * blind constants move on to the next sets): floors under their tuning figures after that round, with the readers'
     * sixth "also asked as" entries: blind7 83.2% / 94.0% / 0.8% / 49 of 55 (twins 82.4% / 93.2% / 1.2% / 49), blind8
     * 85.7% / 95.9% / 0.5% / 44 of 50 (twins 87.2% / 94.9% / 0.5% / 43). Their one blind run each is recorded at
     * {@link #BLIND7} and {@link #BLIND8}.
     */
    @Test
    void meetsTheTuningFloorsOnBlind7AndBlind8AndTheirTwins() {
        AskQualitySet set = AskQualitySet.load();
        List<AskQualitySet.Question> blind7 = set.split("blind7");
        AskQualitySet.Figures seventh = measure("blind7", blind7, set.blind7OutOfScope());
        seventh.misses().forEach(miss -> System.out.println("  " + miss));
        // Ninth round: blind7 47 of 55 rejected (twins 47), blind8 47 of 50 (twins 45). Thirteenth: blind7 49 of 55.
        // Sixteenth (topics for PEP meetings and recording a conference on a phone): blind7 51 of 55, twins 49.
        assertFloors(seventh, 250, 0.81, 0.92, 0.015, 0.91);
        assertFloors(measureTwins("blind7", blind7, set.blind7OutOfScope()), 250, 0.80, 0.91, 0.025, 0.88);
        List<AskQualitySet.Question> blind8 = set.split("blind8");
        AskQualitySet.Figures eighth = measure("blind8", blind8, set.blind8OutOfScope());
        eighth.misses().forEach(miss -> System.out.println("  " + miss));
        // Twelfth round (a score or cut-off needs a passage scoring something): blind8 49 of 50 rejected, twins 46; with
        // "secure email" among the not-covered lines 50 of 50, twins 47.
        assertFloors(eighth, 190, 0.83, 0.94, 0.015, 0.96);
        assertFloors(measureTwins("blind8", blind8, set.blind8OutOfScope()), 190, 0.85, 0.93, 0.015, 0.90);
    }

    /*
     * blind6's one blind run, 2026-12-05, before it was read: 85.0% / 90.4% / 3.1% / 46 of 57; twins 80.0% / 87.7% / 5.0% /
     * 47 of 57 (its floors were 0.83 / 0.88 / 0.04 / 0.78 and 0.78 / 0.86 / 0.06 / 0.78).
     */

    /**
     * Floors for blind7 and its twins (top-1, top-3, most wrongly not found, least rejected), under its one run on
     * 2026-12-05 after the fifth round: 82.4% / 91.6% / 1.2% / 46 of 55; twins 81.2% / 90.0% / 2.0% / 47 of 55. Its
     * totals once more after the "also asked as" entries: 83.2% / 93.6% / 0.8% / 46; twins 82.4% / 92.4% / 1.2% / 47.
     */
    private static final double[] BLIND7 = {0.80, 0.89, 0.02, 0.80};
    private static final double[] BLIND7_TWINS = {0.79, 0.88, 0.03, 0.80};

    /**
     * Floors for blind8 and its twins, under its one run on 2026-12-05 (after the fifth round and the readers' "also
     * asked as" entries): 82.1% / 95.4% / 0.5% / 43 of 50; twins 83.2% / 93.4% / 1.5% / 43 of 50.
     */
    private static final double[] BLIND8 = {0.80, 0.93, 0.015, 0.82};
    /**
     * Floors for blind9 and its twins, under its one run on 2026-12-05 (after the seventh round and the sixth "also asked
     * as" round): 87.4% / 95.7% / 0.4% / 50 of 60; twins 85.8% / 94.5% / 1.2% / 49 of 60. Raised in the eighth round
     * (blind9 read and tuned on since, so these are under its tuning figures: 87.7% / 96.0% / 0.4% / 50 of 60; twins
     * 86.2% / 94.9% / 1.2% / 49 of 60); its blind floors were 0.85 / 0.94 / 0.015 / 0.80 and 0.83 / 0.92 / 0.025 / 0.78.
     */
    // Ninth round (specifics rules, not-covered lines): 55 of 60 rejected, twins 53. Twelfth round (a time to finish
    // something, a frequency is no span, the English words of the also-asked questions): 56 of 60, twins 54, top-3 96.4%.
    // Thirteenth round: 90.1% / 96.8% / 0.0% / 56 of 60; twins 90.5% / 96.4% / 0.0% / 54. Fourteenth: 57 of 60, twins 55.
    private static final double[] BLIND9 = {0.885, 0.96, 0.005, 0.93};
    private static final double[] BLIND9_TWINS = {0.885, 0.955, 0.005, 0.88};
    private static final double[] BLIND8_TWINS = {0.80, 0.91, 0.025, 0.82};
    /**
     * Floors for blind10 and its twins, under its one run on 2026-12-05 (after the eighth round and the seventh "also asked
     * as" round): 92.8% / 98.4% / 0.4% / 44 of 60; twins 90.4% / 96.8% / 1.6% / 43 of 60 (blind floors 0.90 / 0.97 /
     * 0.015 / 0.70, twins 0.88 / 0.95 / 0.025 / 0.70). Raised in the ninth round under its tuning figures (blind10 read
     * and tuned on since): 92.8% / 98.4% / 0.4% / 57 of 60; twins 90.4% / 96.8% / 1.6% / 53 of 60.
     */
    // Twelfth round: 93.2% / 98.4% / 0.4% / 58 of 60; twins 91.2% / 96.8% / 1.6% / 54 of 60.
    // Thirteenth round: 59 of 60 rejected, twins 56. Fourteenth: 60 of 60, twins 57.
    private static final double[] BLIND10 = {0.90, 0.97, 0.015, 0.96};
    private static final double[] BLIND10_TWINS = {0.88, 0.95, 0.025, 0.92};

    /**
     * Floors for blind11 and its twins, under its one run on 2026-12-06 (after the eleventh round): 91.6% / 97.2% / 0.4% /
     * 55 of 60; twins 88.4% / 96.0% / 1.2% / 55 of 60 (floors 0.90 / 0.96 / 0.01 / 0.90, twins 0.87 / 0.95 / 0.02 / 0.90).
     * Tuning data since the twelfth round (read and tuned on), its tuning figures after it: 91.6% / 97.2% / 0.4% / 59 of
     * 60; twins 89.6% / 96.0% / 1.2% / 59 of 60.
     */
    // Thirteenth round: 91.6% / 97.6% / 0.0% / 60 of 60; twins 90.0% / 96.4% / 0.8% / 60. Fourteenth (swapped and
    // declared misspellings): twins 91.2% / 97.2% / 0.4% / 60.
    private static final double[] BLIND11 = {0.90, 0.965, 0.01, 0.98};
    private static final double[] BLIND11_TWINS = {0.88, 0.955, 0.015, 0.98};

    /**
     * Floors for blind12 and its twins, under its one run on 2026-12-06 after the twelfth round: 87.7% / 95.5% / 0.9% /
     * 49 of 55; twins 85.9% / 94.5% / 1.4% / 47 of 55, once more after ask12's spelling change 87.7% / 95.0% / 0.9% / 47
     * (issue 11's targets are 90% / 97% / 3% / 95%: top-1, top-3 and rejection were not met on it). Tuning data since the
     * thirteenth round (read and tuned on).
     */
    // Thirteenth round (framing is no subject, deadlines are no spans, a grade descriptor with no timing, "how" words,
    // neighbours choose between equal slips, not-covered lines, who raised it at the end): 88.6% / 96.8% / 0.0% / 54 of
    // 55; twins 88.2% / 95.9% / 0.5% / 54. Fourteenth round ("ends up" is "incorporated"): 89.1% / 97.3% / 0.0% / 54;
    // twins 88.2% / 96.4% / 0.5% / 54.
    private static final double[] BLIND12 = {0.875, 0.96, 0.01, 0.96};
    private static final double[] BLIND12_TWINS = {0.87, 0.945, 0.01, 0.96};

    /**
     * Floors for blind13 and its twins, a little under its one run on 2026-12-07 after the thirteenth round's merge: 90.5% /
     * 96.8% / 0.5% / 48 of 55 (issue 11's targets are 90% / 97% / 3% / 95%: top-3 and rejection not met on it); twins
     * 89.5% / 95.9% / 1.4% / 48 (within 1.0 point on top-1, 0.9 on top-3). Tuning data since the fourteenth round (read
     * and tuned on); its blind floors were 0.88 / 0.95 / 0.015 / 0.85 and 0.87 / 0.94 / 0.025 / 0.85.
     */
    // Fourteenth round (a date or a panel's sittings needs a passage giving a day; not-covered lines for a CP medical, a
    // body map, the virtual school, "stay put" and HR): 54 of 55 rejected, twins 52. Where a plan "ends up" is what it is
    // "incorporated" into (synonyms): 90.9% / 97.3% / 0.5% / 54; twins 90.0% / 96.4% / 1.4% / 52; with four-letter
    // English words swapped back ("gaol"): twins 90.5% / 96.8% / 0.9% / 52.
    // Sixteenth round (other councils by name, later taken out by the lead, topics for procedures named only in passing, table rows with their column
    // headings): 90.9% / 96.8% / 0.5% / 55 of 55; twins 90.5% / 96.8% / 0.9% / 53.
    private static final double[] BLIND13 = {0.895, 0.965, 0.01, 0.98};
    private static final double[] BLIND13_TWINS = {0.89, 0.96, 0.015, 0.95};

    /**
     * Floors for blind14 and its twins, a little under its one run (2026-12-07, after the fourteenth round's merge, counts
     * only): top-1 90.9% (200/220), top-3 97.7% (215/220), wrongly "not covered" 0.5% (1), near-domain rejected 46 of 55
     * (83.6%; target 95%: not met); twins 90.9% / 96.8% / 0.9% (2) / 46 of 55. Tuning data since the fifteenth round.
     * Fifteenth round (not-covered lines for direct payments, a parenting assessment / PAMS, the placement team and
     * county hall): near-domain rejected 50 of 55, twins 50; top-1 / top-3 / not covered unchanged. Sixteenth round
     * (not-covered topics for complaints, escalation between agencies, PEP meetings, recording a conference on a phone
     * and who may chair a core group, written from the other tuning splits' near-domain subjects): 55 of 55, twins 55;
     * top-1 / top-3 / not covered unchanged.
     */
    private static final double[] BLIND14 = {0.89, 0.965, 0.01, 0.98};
    private static final double[] BLIND14_TWINS = {0.89, 0.955, 0.015, 0.98};

    /**
     * Floors for blind15 and its twins, a little under its one run (2026-12-07, after the fifteenth round's merge, counts
     * only): top-1 90.0% (198/220), top-3 98.2% (216/220), wrongly "not covered" 0.5% (1), near-domain rejected 48 of 55
     * (87.3%; target 95%: not met); twins 90.9% / 98.2% / 0.9% (2) / 48 of 55. Tuning data since the sixteenth round
     * (read and tuned on).
     */
    // Seventeenth round (rubric section notes as passages; not-covered topics for carers' assessments, youth justice,
    // harmful sexual behaviour assessments, schools' exclusion meetings, app accounts and CAMHS referrals): 90.9% / 98.6%
    // / 0.5% / 52 of 55; twins 91.4% / 98.6% / 0.9% / 51 of 55.
    private static final double[] BLIND15 = {0.90, 0.98, 0.01, 0.93};
    private static final double[] BLIND15_TWINS = {0.90, 0.98, 0.015, 0.91};

    /**
     * Floors for blind16 and its twins, a little under its one run (2026-12-07, after the eighteenth round's merge, counts
     * only): top-1 92.3% (203/220), top-3 97.7% (215/220), wrongly "not covered" 0.0% (0), near-domain rejected 50 of 55
     * (90.9%; target 95%: not met); twins 91.8% / 96.8% / 0.5% (1) / 50 of 55. Tuning data since the nineteenth round
     * (read and tuned on).
     */
    // Nineteenth round (a town where the child lives is no part of the search; a name acting as a body, "NAME have
    // transferred", or naming a way of working, "the NAME model", is another's): 92.3% / 97.7% / 0.0% / 52 of 55; twins
    // 91.8% / 96.8% / 0.5% / 51 of 55.
    private static final double[] BLIND16 = {0.915, 0.97, 0.005, 0.93};
    private static final double[] BLIND16_TWINS = {0.91, 0.96, 0.01, 0.91};

    /**
     * Floors for blind17 and its twins, a little under its one run (2026-12-07, after the twenty-fourth round's first half,
     * counts only): top-1 86.8% (191/220), top-3 95.0% (209/220), wrongly not covered 0.5% (1), near-domain rejected 52 of
     * 55 (94.5%); twins 85.5%, 93.6%, 0.5%, 52 of 55 (floors 0.86 / 0.945 / 0.01 / 0.93, twins 0.85 / 0.93 / 0.01 /
     * 0.93). Tuning data since the twenty-fourth round (read and tuned on).
     */
    // Twenty-fourth round (not-covered topics for the probation service's rules on offenders' contact with children and
    // for registering a child coming into care with a GP or dentist): 86.8% / 95.0% / 0.5% / 54 of 55; twins 85.5% /
    // 93.6% / 0.5% / 54 of 55.
    // Twenty-sixth round (how long a decision takes is a time to finish something, which no passage gives; the
    // services PassageNames leaves out read from the synonyms file): 87.3% / 95.0% / 0.5% / 55 of 55; twins 85.9% / 93.6% / 0.5% / 55 of 55.
    private static final double[] BLIND17 = {0.86, 0.945, 0.01, 0.98};
    private static final double[] BLIND17_TWINS = {0.85, 0.93, 0.01, 0.98};

    /**
     * Floors for blind18 and its twins, a little under its one blind run (2026-12-07, after the twenty-sixth round's first
     * half, six keys mended by a third reader): 94.5% / 98.2% / 0.0% / 52 of 55, twins the same (questions.yaml's header).
     * Tuning data since the twenty-sixth round's second half (read and tuned on).
     */
    // Twenty-sixth round's second half (not-covered subjects for housing law's priority need and for unregulated and
    // supported accommodation): 94.5% / 98.2% / 0.0% / 54 of 55; twins the same.
    private static final double[] BLIND18 = {0.93, 0.97, 0.01, 0.96};
    private static final double[] BLIND18_TWINS = {0.93, 0.97, 0.01, 0.96};

    /**
     * Floors for blind19 and its twins, a little under its one blind run (2026-12-07 22:05, after the twenty-ninth round's
     * first-half merge, counts only): top-1 87.3%, top-3 95.0%, wrongly not covered 0.9%, near-domain rejected 54 of 55;
     * twins 85.5 / 93.2 / 1.8% / 54. Four of its keys, copied from vocabulary.yaml's comments, were mended by a third
     * reader before the run (blind19-reader-notes.md). Tuning data since the twenty-ninth round's second half.
     */
    private static final double[] BLIND19 = {0.86, 0.94, 0.015, 0.96};
    private static final double[] BLIND19_TWINS = {0.85, 0.92, 0.025, 0.96};

    /**
     * Floors for blind20 and its twins, a little under its one
     * blind run (2026-12-08 01:11, lead after the thirtieth round's first-half merge, counts only): top-1 90.0%, top-3
     * 97.3%, wrongly not covered 0.5%, near-domain rejected 52 of 55; twins 88.6 / 97.3 / 0.5% / 52. On main before the
     * round (121ef6b, counts only) the same but twins' top-1 89.1%. Four keys copied from vocabulary.yaml's area names,
     * which are no passage, were keyed to the same rows of chapter 4's table before either run (blind20-reader-notes.md). Tuning data since the thirtieth round's second half.
     */
    private static final double[] BLIND20 = {0.88, 0.96, 0.015, 0.92};
    private static final double[] BLIND20_TWINS = {0.87, 0.96, 0.015, 0.92};

    /**
     * Floors for the newest blind set ({@link AskQualitySet#TEAMS_NEWEST}, blind21) and its twins: placeholders, blind20's
     * blind floors, until the lead adds its questions and measures it once (the test is skipped until then).
     */
    private static final double[] NEWEST = {0.88, 0.96, 0.015, 0.92};
    private static final double[] NEWEST_TWINS = {0.87, 0.96, 0.015, 0.92};

    private static final int TUNE5_QUESTIONS = 70;
    private static final int TUNE6_QUESTIONS = 158;

    /** The same questions with two words of each misspelt (seeded), labelled "<split> twins". */
    private static AskQualitySet.Figures measureTwins(String split, List<AskQualitySet.Question> questions,
                                                      List<String> outOfScope) {
        return measure(split + " twins", TypoTwins.of(questions, TypoTwins.SEED), TypoTwins.ofTexts(outOfScope, TypoTwins.SEED));
    }

    private static AskQualitySet.Figures measure(String label, List<AskQualitySet.Question> questions, List<String> outOfScope) {
        AskQualitySet.Figures figures = AskQualitySet.evaluate(question -> service.ask(question, 3), questions, outOfScope);
        System.out.println(figures.summary(label));
        return figures;
    }

    private static void assertFloors(AskQualitySet.Figures figures, double top1, double top3, double falseNotFound,
                                     double rejection) {
        assertFloors(figures, 80, top1, top3, falseNotFound, rejection);
    }

    private static void assertFloors(AskQualitySet.Figures figures, int questions, double top1, double top3,
                                     double falseNotFound, double rejection) {
        assertThat(figures.questions()).isGreaterThanOrEqualTo(questions);
        assertThat(figures.top1Rate()).isGreaterThanOrEqualTo(top1);
        assertThat(figures.top3Rate()).isGreaterThanOrEqualTo(top3);
        assertThat(figures.falseNotFoundRate()).isLessThanOrEqualTo(falseNotFound);
        assertThat(figures.rejectionRate()).isGreaterThanOrEqualTo(rejection);
    }

    /**
     * A label no passage contains could never be answered: it would count against the assistant unfairly. (The rubric's
     * section notes, which blind11-blind15's readers quoted, are passages of their own since the sixteenth round.)
     */
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
