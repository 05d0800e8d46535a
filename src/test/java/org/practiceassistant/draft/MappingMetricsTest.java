package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.practiceassistant.conversation.UserInput;
import org.practiceassistant.system.metrics.AssistantMetrics;

/** The Draft feature counts the mappings it starts and those it hands over finished, nothing else. */
class MappingMetricsTest {

    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final DraftFeature feature = RealChecker.draftFeature(new AssistantMetrics(registry));

    private double mappings(String event) {
        return registry.get("assistant.mappings").tag("event", event).counter().count();
    }

    @Test
    void aScriptedMappingCountsAsStartedAndCompletedAndAnAbandonedOneOnlyAsStarted() {
        var run = new ScriptRunner(feature).play(DraftScript.all().getFirst());
        assertThat(run.finished()).isTrue();
        assertThat(mappings("started")).isEqualTo(1);
        assertThat(mappings("completed")).isEqualTo(1);

        var abandoned = feature.start("draft", new UserInput.Text(""));
        feature.continueFlow(abandoned.nextState(), new UserInput.Text("child protection"));

        assertThat(mappings("started")).isEqualTo(2);
        assertThat(mappings("completed")).isEqualTo(1);
    }
}
