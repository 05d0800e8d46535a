package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.schema.Serialization;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassistant.channel.state.ConversationRecord;
import org.practiceassistant.draft.Child;
import org.practiceassistant.draft.MappingState;
import org.practiceassistant.draft.Position;
import org.practiceassistant.draft.Scale;
import org.practiceassistant.draft.ScaleScore;
import org.practiceassistant.draft.ServiceArea;
import org.practiceassistant.draft.Step;
import org.practiceassistant.draft.MappingWords;
import org.practiceassistant.draft.WorryAnswers;

/**
 * The coach's state must survive the SDK's own JSON handling: {@code MemoryStorage} writes with default
 * typing (class names for every non-final value, including the JDK's immutable lists), and the channel
 * converts state with {@code Serialization}.
 */
class DraftStateStorageTest {

    private static MappingState midMapping() {
        var first = WorryAnswers.empty()
                .withAnswer(Step.HARM, "Dad hit Mum on 2 May while Ella watched.")
                .withWorry("The nursery and I", "are", "Ella will be hurt")
                .withAnswer(Step.NETWORK, "Mum and Grandma Jean")
                .withOwnGoal("Grandma Jean will stay over at weekends.")
                .acceptStatement();
        var vocabulary = new MappingWords("Signs of Safety", "danger statement", "safety goal", "Harm", "Existing Safety", "safe");
        return MappingState.begin(Instant.parse("2026-11-22T09:00:00Z")).with(c -> {
            c.serviceArea = ServiceArea.CHILD_PROTECTION;
            c.vocabulary = vocabulary;
            c.children = List.of(new Child("Ella", 4), new Child("Sam", 7));
            c.worries = List.of(first.withScale(new Scale("Ella is hurt again", "Ella is safe"))
                    .withScores(List.of(new ScaleScore("Mum", 6))), WorryAnswers.empty());
            c.worry = 1;
            c.step = Step.SCORES;
            c.history = List.of(new Position(Step.SERVICE_AREA, 0), new Position(Step.HARM, 1));
            c.bottomLines = "Dad must not stay overnight.";
            c.pending = MappingState.Pending.OWN_WORDING;
            c.returnTo = Step.REVIEW_GOAL;
            c.nudgedAnswer = 42;
        });
    }

    @Test
    void survivesTheSdkMemoryStorage() throws Exception {
        MappingState state = midMapping();
        var storage = new MemoryStorage();
        var properties = new HashMap<String, Object>();
        properties.put("draft", state);
        storage.write(Map.of("conversation/1", properties)).join();

        Map<String, Object> read = storage.read(new String[] {"conversation/1"}).join();

        @SuppressWarnings("unchecked")
        var back = (Map<String, Object>) read.get("conversation/1");
        assertThat(back.get("draft")).isEqualTo(state);
    }

    @Test
    void survivesTheSdkMemoryStorageInsideTheChannelsConversationRecord() {
        MappingState state = midMapping();
        var record = ConversationRecord.fresh(Instant.parse("2026-11-22T09:05:00Z")).inFlow("draft", state,
                Instant.parse("2026-11-22T09:06:00Z"));
        var storage = new MemoryStorage();
        var properties = new HashMap<String, Object>();
        properties.put("ConversationRecord", record);
        storage.write(Map.of("conversation/2", properties)).join();

        @SuppressWarnings("unchecked")
        var back = (Map<String, Object>) storage.read(new String[] {"conversation/2"}).join().get("conversation/2");
        var readRecord = (ConversationRecord) back.get("ConversationRecord");
        assertThat(readRecord.featureState()).isEqualTo(state);
        assertThat(readRecord.activeFeature()).isEqualTo("draft");
    }

    @Test
    void survivesTheSdkSerializationHelper() throws Exception {
        MappingState state = midMapping();
        assertThat(Serialization.safeGetAs(state, MappingState.class)).isEqualTo(state);
        String json = Serialization.toString(state);
        assertThat(Serialization.treeToValue(Serialization.jsonToTree(json), MappingState.class)).isEqualTo(state);
    }
}
