package org.practiceassistant.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;

/**
 * A multi-turn flow that collects answers, standing in for any feature that keeps conversation state:
 * "collect" starts it, every message adds an answer ("Noted answer N."), and "how many" reports the
 * answers kept. Messages starting with "together" run {@code beforeTogether} first (tests use it to make
 * two turns overlap).
 */
public final class CollectingFeature implements ConversationFeature<CollectingFeature.Answers> {

    public record Answers(List<String> given) {
        public Answers {
            given = List.copyOf(given);
        }
    }

    private final Runnable beforeTogether;

    public CollectingFeature(Runnable beforeTogether) {
        this.beforeTogether = beforeTogether;
    }

    @Override
    public String name() {
        return "collect";
    }

    @Override
    public Set<String> commands() {
        return Set.of("collect");
    }

    @Override
    public String helpLine() {
        return "**collect** - test flow";
    }

    @Override
    public Class<Answers> stateType() {
        return Answers.class;
    }

    @Override
    public FeatureTurn<Answers> start(String command, UserInput input) {
        return FeatureTurn.continueWith(new Answers(List.of()), Reply.text("Give me your answers, one at a time."));
    }

    @Override
    public FeatureTurn<Answers> continueFlow(Answers state, UserInput input) {
        String answer = input instanceof UserInput.Text text ? text.text() : "";
        if (answer.equals("how many")) {
            return FeatureTurn.continueWith(state, Reply.text("Answers kept: " + state.given().size()));
        }
        if (answer.startsWith("together")) {
            beforeTogether.run();
        }
        List<String> given = new ArrayList<>(state.given());
        given.add(answer);
        return FeatureTurn.continueWith(new Answers(given), Reply.text("Noted answer " + given.size() + "."));
    }
}
