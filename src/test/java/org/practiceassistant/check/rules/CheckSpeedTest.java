package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckTimedOut;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.PathologicalTexts;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/**
 * Checking takes time in proportion to the text, whatever it holds. Before the fix a 50,000-character
 * plan of one letter took 40 s of CPU and time grew with the square of the length (10 times the text,
 * 100 times the time). The bounds here are loose, for a shared build machine: CheckBenchmark prints the
 * real figures (target under 1 s at 50,000 characters).
 */
class CheckSpeedTest {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final Duration NO_LIMIT = Duration.ofMinutes(5);

    private final RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    @Test
    void timeGrowsLinearlyWithTheLengthOfPathologicalText() {
        Map<String, String> small = PathologicalTexts.ofLength(5_000);
        Map<String, String> large = PathologicalTexts.ofLength(50_000);
        for (String name : small.keySet()) {
            for (DraftKind kind : new DraftKind[] {DraftKind.PLAN, DraftKind.DANGER_STATEMENT, DraftKind.SAFETY_GOAL}) {
                long smallNanos = cpuNanos(kind, small.get(name), 3);
                long largeNanos = cpuNanos(kind, large.get(name), 2);
                // Ten times the text: linear is about 10 times the time, quadratic 100 times. A 5,000-character text
                // checks in a few milliseconds, where a busy machine's caches and collector weigh more than the work:
                // under 10 ms it counts as 10 ms (three engineers' builds at load 12-18 saw 217-328 ms at 50,000 for
                // texts that take under 150 ms alone). The quadratic texts this guards against took 40 s.
                assertThat(largeNanos).as(kind + " of " + name + " at 50,000 characters (ns)")
                        .isLessThan(3_000_000_000L)
                        .isLessThan(30 * Math.max(smallNanos, 10_000_000L));
            }
        }
    }

    @Test
    void workStopsWhenTheBudgetIsSpent() {
        String plan = PathologicalTexts.ofLength(50_000).get("words, no full stop");
        assertThatThrownBy(() -> checker.check(DraftKind.PLAN, plan, Duration.ofNanos(1)))
                .isInstanceOf(CheckTimedOut.class).hasMessageNotContaining("Mum");
    }

    /** The least CPU time of {@code runs} checks: the least is the work itself, without a collector's pause. */
    private long cpuNanos(DraftKind kind, String text, int runs) {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < runs; i++) {
            long started = THREADS.getCurrentThreadCpuTime();
            checker.check(kind, text, NO_LIMIT);
            least = Math.min(least, THREADS.getCurrentThreadCpuTime() - started);
        }
        return least;
    }
}
