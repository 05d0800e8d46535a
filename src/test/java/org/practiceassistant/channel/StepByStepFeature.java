package org.practiceassistant.channel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.FeatureTurn;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;

/**
 * A two-step feature standing in for a real one in channel tests (started by "steps"): asks which kind of statement, then for the
 * text, then reports how many words it got. Its state is a record with a list and an instant, the kinds
 * of values real features keep.
 */
public final class StepByStepFeature implements ConversationFeature<StepByStepFeature.Progress> {

    record Progress(String kind, List<String> answers, Instant startedAt) {
        Progress {
            answers = List.copyOf(answers);
        }
    }

    @Override
    public String name() {
        return "steps";
    }

    @Override
    public Set<String> commands() {
        return Set.of("steps");
    }

    @Override
    public String helpLine() {
        return "**steps** - test feature";
    }

    @Override
    public Class<Progress> stateType() {
        return Progress.class;
    }

    @Override
    public FeatureTurn<Progress> start(String command, UserInput input) {
        return FeatureTurn.continueWith(new Progress("", List.of(), Instant.now()),
                new Reply.Choices("What are you writing?", List.of(
                        new Reply.Choice("Danger statement", "danger"), new Reply.Choice("Worry statement", "worry"))));
    }

    @Override
    public FeatureTurn<Progress> continueFlow(Progress state, UserInput input) {
        return switch (input) {
            case UserInput.Submission submission -> FeatureTurn.continueWith(
                    new Progress(submission.choice(), state.answers(), state.startedAt()),
                    Reply.text("Write your " + submission.choice() + " statement."));
            case UserInput.Text text -> {
                List<String> answers = new ArrayList<>(state.answers());
                answers.add(text.text());
                yield FeatureTurn.finish(new Reply.Report("Your " + state.kind() + " statement",
                        List.of(new Reply.Item("Length", "Met", text.text().split("\\s+").length + " words")), List.of()));
            }
            case UserInput.Document document -> FeatureTurn.continueWith(state, Reply.text("Please type it instead."));
        };
    }
}
