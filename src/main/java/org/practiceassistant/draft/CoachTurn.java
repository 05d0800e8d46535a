package org.practiceassistant.draft;

import java.util.List;
import java.util.Optional;

/**
 * The result of one turn: the state to keep (empty when the mapping ended, was cancelled or finished, so the
 * caller deletes it) and what to say.
 */
record CoachTurn(Optional<MappingState> next, List<CoachReply> replies) {

    public CoachTurn {
        replies = List.copyOf(replies);
    }

    static CoachTurn continueWith(MappingState state, List<CoachReply> replies) {
        return new CoachTurn(Optional.of(state), replies);
    }

    static CoachTurn end(List<CoachReply> replies) {
        return new CoachTurn(Optional.empty(), replies);
    }
}
