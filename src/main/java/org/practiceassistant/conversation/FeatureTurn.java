package org.practiceassistant.conversation;

import java.util.List;

/**
 * What a {@link ConversationFeature} answers for one turn.
 *
 * @param replies   the messages to send, in order; at least one
 * @param nextState the feature's flow state to keep for the next turn, or {@code null} when the flow is
 *     finished (the next message goes back to normal routing)
 * @param <S>       the feature's state record type
 */
public record FeatureTurn<S>(List<Reply> replies, S nextState) {

    public FeatureTurn {
        replies = List.copyOf(replies);
        if (replies.isEmpty()) {
            throw new IllegalArgumentException("a turn must answer with at least one reply");
        }
    }

    /** Replies and keeps the flow going with {@code state}. */
    public static <S> FeatureTurn<S> continueWith(S state, Reply... replies) {
        return new FeatureTurn<>(List.of(replies), java.util.Objects.requireNonNull(state, "state"));
    }

    /** Replies and ends the flow. */
    public static <S> FeatureTurn<S> finish(Reply... replies) {
        return new FeatureTurn<>(List.of(replies), null);
    }

    /** True while the feature expects more turns. */
    public boolean flowContinues() {
        return nextState != null;
    }
}
