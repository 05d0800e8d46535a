package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckTimedOut;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.PathologicalTexts;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/**
 * Checking takes time in proportion to the text, whatever it holds. Before the fix a 50,000-character plan of one letter
 * took 40 s of CPU and "**" or "- " repeated took 52-139 s. How fast it is now is measured in CheckBenchmark (the
 * benchmark profile), which prints the 5k / 10k / 20k / 50k timings and their growth: the timed comparison that used to
 * live here flaked when several builds shared the machine. What stays here cannot flake: every pathological text is
 * checked to the end, within a budget about a hundred times what it takes alone (under 150 ms), yet under the time the
 * quadratic readings took. A budget spent throws CheckTimedOut, so a reading that turns quadratic again fails here.
 */
class CheckSpeedTest {

    /* Wall time, shared with whatever else runs: far above the work (under 150 ms alone), far below the old 40-139 s. */
    private static final Duration GENEROUS = Duration.ofSeconds(20);

    private final RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    @Test
    void everyPathologicalTextOfFiftyThousandCharactersIsCheckedToTheEnd() {
        Map<String, String> texts = PathologicalTexts.ofLength(50_000);
        assertThat(texts).hasSizeGreaterThanOrEqualTo(10);
        for (Map.Entry<String, String> text : texts.entrySet()) {
            for (DraftKind kind : new DraftKind[] {DraftKind.PLAN, DraftKind.DANGER_STATEMENT, DraftKind.SAFETY_GOAL}) {
                assertThat(checker.check(kind, text.getValue(), GENEROUS).checks()).as(kind + " of " + text.getKey())
                        .isNotEmpty();
            }
        }
    }

    @Test
    void workStopsWhenTheBudgetIsSpent() {
        String plan = PathologicalTexts.ofLength(50_000).get("words, no full stop");
        assertThatThrownBy(() -> checker.check(DraftKind.PLAN, plan, Duration.ofNanos(1)))
                .isInstanceOf(CheckTimedOut.class).hasMessageNotContaining("Mum");
    }
}
