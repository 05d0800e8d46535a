package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.Child;
import org.practiceassistant.draft.MappingState;
import org.practiceassistant.draft.Scale;
import org.practiceassistant.draft.ScaleScore;
import org.practiceassistant.draft.ServiceArea;
import org.practiceassistant.draft.Step;
import org.practiceassistant.draft.MappingWords;
import org.practiceassistant.draft.WorryAnswers;

/** A mapping in progress survives the persistent store's JSON (so a restart does not lose it). */
class MappingStateCodecTest {

    @Test
    void aMappingInProgressComesBackAsItWent() {
        var worry = WorryAnswers.empty().withAnswer(Step.HARM, "Dad hit Mum on 2 May while Ella watched.")
                .withWorry("The nursery and I", "are", "Ella will be hurt").acceptStatement()
                .withScale(new Scale("Ella is hurt again", "Ella is safe")).withScores(List.of(new ScaleScore("Mum", 6)));
        MappingState state = MappingState.begin(Instant.parse("2026-11-22T09:00:00Z")).with(c -> {
            c.serviceArea = ServiceArea.EARLY_HELP;
            c.vocabulary = new MappingWords("Signs of Wellbeing", "worry statement", "wellbeing goal", "Wellbeing Concerns",
                    "Existing Wellbeing", "healthy and well");
            c.children = List.of(new Child("Ella", 4));
            c.worries = List.of(worry);
            c.step = Step.SCORES;
        });
        Map<String, Object> item = new HashMap<>();
        item.put("draft", state);

        var codec = new StateCodec();
        @SuppressWarnings("unchecked")
        var back = (Map<String, Object>) codec.decode(codec.encode(item), "1");

        assertThat(back.get("draft")).isEqualTo(state);
    }
}
