package org.practiceassistant.channel.turn;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.practiceassistant.channel.TurnProperties;
import org.practiceassistant.system.connector.ReplyDeadlines;

/**
 * The deadline of each turn in progress, by conversation: set when an activity arrives, cleared when its
 * turn has finished (after any apology). The connector's retries, downloads and feature work all count
 * against it, so a turn ends inside Teams' window however its peers behave. Holds only the turns in
 * progress.
 */
public final class TurnDeadlines implements ReplyDeadlines {

    private final TurnProperties properties;
    private final Clock clock;
    private final Map<String, Instant> byConversation = new ConcurrentHashMap<>();

    public TurnDeadlines(TurnProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** A turn in this conversation has begun; returns its deadline, to hand back to {@link #end}. */
    public Instant begin(String conversationId) {
        return begin(conversationId, now());
    }

    /**
     * A turn in this conversation began at {@code arrived} (when its request came in, before its body was read: Teams' window
     * counts from then, and under load reading the body has taken seconds); returns its deadline.
     */
    public Instant begin(String conversationId, Instant arrived) {
        Instant deadline = arrived.plus(properties.deadline());
        byConversation.put(conversationId, deadline);
        return deadline;
    }

    /** The time by this class's clock, to mark a request's arrival. */
    public Instant now() {
        return clock.instant();
    }

    public void end(String conversationId, Instant deadline) {
        byConversation.remove(conversationId, deadline);
    }

    @Override
    public Optional<Instant> forConversation(String conversationId) {
        return Optional.ofNullable(conversationId).map(byConversation::get);
    }

    /** Time left for work (a download, a feature) in this conversation's turn, the reply reserve kept back. */
    Duration workTimeLeft(String conversationId) {
        Instant deadline = forConversation(conversationId).orElseGet(() -> clock.instant().plus(properties.deadline()));
        Duration left = Duration.between(clock.instant(), deadline.minus(properties.replyReserve()));
        return left.isNegative() ? Duration.ZERO : left;
    }

    /**
     * Time left before this conversation's turn must have ended: how long its replies (and an apology) may still be waited
     * for. A reply can wait in the connector client's queue behind others to the same host before any time-out of its own
     * starts, so the turn bounds the wait itself.
     */
    public Duration replyTimeLeft(String conversationId) {
        Instant deadline = forConversation(conversationId).orElseGet(() -> clock.instant().plus(properties.deadline()));
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    int inProgress() {
        return byConversation.size();
    }
}
