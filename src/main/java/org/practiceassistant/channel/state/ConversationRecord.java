package org.practiceassistant.channel.state;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What the bot keeps about one conversation between turns (in the state store, through {@link ConversationStore}).
 *
 * @param welcomed      whether the welcome card was sent (it is sent once)
 * @param activeFeature the {@link ConversationFeature#name()} whose flow is active, or null
 * @param featureState  that feature's state record, or null; typed by {@link ConversationFeature#stateType()}
 * @param lastActive    when the last message arrived; flows expire after the idle time-out
 */
public record ConversationRecord(boolean welcomed, String activeFeature, Object featureState, Instant lastActive) {

    public ConversationRecord {
        Objects.requireNonNull(lastActive, "lastActive");
        if ((activeFeature == null) != (featureState == null)) {
            throw new IllegalArgumentException("a flow needs both its feature and its state");
        }
    }

    public static ConversationRecord fresh(Instant now) {
        return new ConversationRecord(false, null, null, now);
    }

    public ConversationRecord welcomedNow() {
        return new ConversationRecord(true, activeFeature, featureState, lastActive);
    }

    public ConversationRecord inFlow(String feature, Object state, Instant now) {
        return new ConversationRecord(welcomed, feature, state, now);
    }

    /** The same conversation, active now (any flow carries on). */
    public ConversationRecord touched(Instant now) {
        return new ConversationRecord(welcomed, activeFeature, featureState, now);
    }

    public ConversationRecord withoutFlow(Instant now) {
        return new ConversationRecord(welcomed, null, null, now);
    }

    /** The same conversation with any flow dropped if it has been idle longer than {@code idleTimeout}. */
    public ConversationRecord expireIdleFlow(Instant now, Duration idleTimeout) {
        return activeFeature != null && lastActive.plus(idleTimeout).isBefore(now) ? withoutFlow(lastActive) : this;
    }

    @Override
    public String toString() {
        // The feature state may hold the user's draft: never print it.
        return "ConversationRecord[welcomed=" + welcomed + ", activeFeature=" + activeFeature + ", lastActive=" + lastActive + "]";
    }
}
