package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;
import org.practiceassistant.system.metrics.AssistantMetrics;

/** Every check is timed by the checker itself, by kind of draft, whoever called it. */
class CheckMetricsTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final DraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none(), new AssistantMetrics(registry));

    @Test
    void eachCheckIsTimedUnderItsKind() {
        checker.check(DraftKind.DANGER_STATEMENT, "Social workers are worried that Sam may be hit by his dad.");
        checker.check(DraftKind.DANGER_STATEMENT, "Social workers are worried that Sam may go hungry.");
        checker.check(DraftKind.SAFETY_GOAL, "Sam's family will make sure he is fed every day.");

        assertThat(registry.get("assistant.check.latency").tag("kind", "danger_statement").timer().count()).isEqualTo(2);
        assertThat(registry.get("assistant.check.latency").tag("kind", "safety_goal").timer().count()).isEqualTo(1);
        assertThat(registry.find("assistant.check.latency").tag("kind", "plan").timer()).isNull();
    }
}
