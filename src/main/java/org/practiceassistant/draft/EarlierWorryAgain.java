package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "rework 1" after a change of service: worry 1, written in the old service's words, is composed again and reviewed as
 * the new service's statement and goal, then the worker is taken back to where they were
 * ({@link MappingProgress#afterGoalAccepted}). The coach offers it in the note about the change
 * ({@link CoachWording#serviceChanged}).
 */
final class EarlierWorryAgain {

    private EarlierWorryAgain() {}

    /** "rework 1", "rework worry 1", "re-word worry 2", "reword 1": the worry's number. */
    private static final Pattern ASKED = Pattern.compile("(?:rework|re-?word)\\s+(worry\\s+)?([1-9])");

    /**
     * The earlier worry (0-based) the worker asks to word again, if {@code text} asks for one that is already written.
     * At a review a bare "rework 1" keeps its meaning there (change answer 1), so only "rework worry 1" is read.
     */
    static Optional<Integer> asked(MappingState state, String text, int written) {
        var m = ASKED.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || state.resumeAt() != null) {
            return Optional.empty();
        }
        boolean atAReview = state.step() == Step.REVIEW_STATEMENT || state.step() == Step.REVIEW_GOAL;
        int index = Integer.parseInt(m.group(2)) - 1;
        return (m.group(1) != null || !atAReview) && index < written ? Optional.of(index) : Optional.empty();
    }

    /** Moves to the earlier worry's statement, composed again, remembering where the worker was. */
    static CoachTurn wordAgain(Transitions flow, MappingState state, int index) {
        Position where = state.position();
        var worries = new ArrayList<>(state.worries());
        worries.set(index, worries.get(index).toWordAgain());
        var again = state.with(c -> {
            c.worries = worries;
            c.resumeAt = where;
        });
        return flow.moveTo(again, Step.REVIEW_STATEMENT, index, List.of(new CoachReply.Note(
                CoachWording.wordingAgain(index + 1, state.vocabulary()))));
    }
}
