package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The blind personas (tests-data/draft/blind/, written by a practice educator who never saw the coach)
 * played by {@link SimulatedWorker} through the coach with the real pack, jargon list and checker. Floors a
 * little below the figures measured when they were first run (DraftBenchmark prints them); the coach was
 * not tuned on these files.
 */
class BlindPersonasTest {

    /** First measured 9 of 12 finished without a dead end (75.0%), 25 of 30 texts passing (83.3%). */
    private static final double FINISHED_FLOOR = 0.70;
    private static final double PASSING_FLOOR = 0.80;

    @Test
    void workersFinishTheirMappingsAndTheTextsPassTheChecks() {
        List<SimulatedWorker.Result> results = BlindFigures.play();
        var figures = BlindFigures.of(results);
        assertThat(results).hasSizeGreaterThanOrEqualTo(12);
        assertThat(figures.finishedShare()).as("share finished without a dead end").isGreaterThanOrEqualTo(FINISHED_FLOOR);
        assertThat(figures.passingShare()).as("share of statements and goals passing every check")
                .isGreaterThanOrEqualTo(PASSING_FLOOR);
    }
}
