package org.practiceassistant.system.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AssistantMetricsTest {

    enum Kind { DANGER_STATEMENT }

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final AssistantMetrics metrics = new AssistantMetrics(registry);

    @Test
    void countsQuestionsByOutcomeAndTimesThem() {
        metrics.questionAnswered(true, Duration.ofMillis(4));
        metrics.questionAnswered(true, Duration.ofMillis(6));
        metrics.questionAnswered(false, Duration.ofMillis(5));

        assertThat(registry.get("assistant.questions").tag("outcome", "answered").counter().count()).isEqualTo(2);
        assertThat(registry.get("assistant.questions").tag("outcome", "not_found").counter().count()).isEqualTo(1);
        assertThat(registry.get("assistant.ask.latency").timer().count()).isEqualTo(3);
    }

    @Test
    void tagsChecksAndTurnsOnlyWithFixedNames() {
        metrics.checkRun(Kind.DANGER_STATEMENT, Duration.ofMillis(3));
        metrics.turnHandled(AssistantMetrics.TurnOutcome.RATE_LIMITED, Duration.ofMillis(1));
        metrics.mappingStarted();
        metrics.mappingCompleted();

        assertThat(registry.get("assistant.check.latency").tag("kind", "danger_statement").timer().count()).isEqualTo(1);
        assertThat(registry.get("assistant.turns").tag("outcome", "rate_limited").timer().count()).isEqualTo(1);
        assertThat(registry.get("assistant.mappings").tag("event", "started").counter().count()).isEqualTo(1);
        assertThat(registry.get("assistant.mappings").tag("event", "completed").counter().count()).isEqualTo(1);
    }

    @Test
    void publishesHowManyEntriesAreHeldInMemoryNow() {
        var held = new ArrayList<String>();
        metrics.watchSize(AssistantMetrics.HeldInMemory.RECENT_ACTIVITIES, held, List::size);
        held.add("activity-1");
        held.add("activity-2");

        assertThat(registry.get("assistant.memory.entries").tag("held", "recent_activities").gauge().value()).isEqualTo(2);
        held.clear();
        assertThat(registry.get("assistant.memory.entries").tag("held", "recent_activities").gauge().value()).isZero();
    }
}
