package org.practiceassistant.system.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.AskService;
import org.practiceassistant.channel.ConversationFeature;
import org.practiceassistant.channel.FeatureTurn;
import org.practiceassistant.channel.Reply;
import org.practiceassistant.channel.UserInput;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class MeteredFeaturesTest {

    /** Not final, as the real services are not: the proxy subclasses it. */
    static class Answering implements AskService {
        @Override
        public AskResult ask(String question, int limit) {
            return new AskResult(!question.contains("unknown"), List.of(), List.of());
        }
    }

    static class Mapping implements ConversationFeature<String> {
        @Override
        public String name() {
            return "draft";
        }

        @Override
        public Set<String> commands() {
            return Set.of("draft");
        }

        @Override
        public String helpLine() {
            return "draft";
        }

        @Override
        public Class<String> stateType() {
            return String.class;
        }

        @Override
        public FeatureTurn<String> start(String command, UserInput input) {
            return FeatureTurn.continueWith("step 1", Reply.text("First question"));
        }

        @Override
        public FeatureTurn<String> continueFlow(String state, UserInput input) {
            return switch (((UserInput.Text) input).text()) {
                case "cancel" -> FeatureTurn.finish(Reply.text("Stopped."));
                case "last answer" -> FeatureTurn.finish(new Reply.Report("Your statement",
                    List.of(new Reply.Item("Danger statement", "", "…")), List.of()));
                default -> FeatureTurn.continueWith("step 2", Reply.text("Next question"));
            };
        }
    }

    private final ApplicationContextRunner context = new ApplicationContextRunner()
        .withUserConfiguration(MetricsConfiguration.class)
        .withBean(MeterRegistry.class, SimpleMeterRegistry::new)
        .withBean(AssistantMetrics.class)
        .withBean(Answering.class)
        .withBean(Mapping.class);

    @Test
    void questionsAreCountedByOutcomeAndTheBeanKeepsItsType() {
        context.run(started -> {
            Answering ask = started.getBean(Answering.class);
            ask.ask("what is a safety goal?", 3);
            ask.ask("something unknown", 3);

            MeterRegistry registry = started.getBean(MeterRegistry.class);
            assertThat(registry.get("assistant.questions").tag("outcome", "answered").counter().count()).isEqualTo(1);
            assertThat(registry.get("assistant.questions").tag("outcome", "not_found").counter().count()).isEqualTo(1);
        });
    }

    @Test
    void mappingsAreCompletedOnlyWhenTheyEndWithAReport() {
        context.run(started -> {
            Mapping draft = started.getBean(Mapping.class);
            draft.start("draft", new UserInput.Text(""));
            draft.continueFlow("step 1", new UserInput.Text("an answer"));
            draft.continueFlow("step 2", new UserInput.Text("last answer"));
            draft.start("draft", new UserInput.Text(""));
            draft.continueFlow("step 1", new UserInput.Text("cancel"));

            MeterRegistry registry = started.getBean(MeterRegistry.class);
            assertThat(registry.get("assistant.mappings").tag("event", "started").counter().count()).isEqualTo(2);
            assertThat(registry.get("assistant.mappings").tag("event", "completed").counter().count()).isEqualTo(1);
        });
    }
}
