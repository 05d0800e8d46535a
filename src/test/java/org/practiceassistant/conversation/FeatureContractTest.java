package org.practiceassistant.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeatureContractTest {

    @Test
    void aTurnMustSaySomething() {
        assertThatThrownBy(() -> new FeatureTurn<>(List.of(), "state")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void finishingEndsTheFlowAndContinuingKeepsTheState() {
        assertThat(FeatureTurn.finish(Reply.text("done")).flowContinues()).isFalse();
        FeatureTurn<String> next = FeatureTurn.continueWith("step-2", Reply.text("next?"));
        assertThat(next.flowContinues()).isTrue();
        assertThat(next.nextState()).isEqualTo("step-2");
    }

    @Test
    void choicesAreBoundedAndLabelled() {
        assertThatThrownBy(() -> new Reply.Choices("Pick", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply.Choice(" ", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Reply.Choices("Pick", List.of(new Reply.Choice("Yes", "yes"))).choices()).hasSize(1);
    }

    @Test
    void inputsNeverPrintTheirContent() {
        assertThat(new UserInput.Text("  Jane Doe was hit  ").toString()).doesNotContain("Jane");
        assertThat(new UserInput.Document("plan.docx", "docx", "Jane".getBytes(), "check").toString())
                .doesNotContain("Jane");
        assertThat(new UserInput.Submission("draft", "next", Map.of()).choice()).isEqualTo("next");
    }
}
