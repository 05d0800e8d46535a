package org.practiceassistant.channel.turn;

import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.practiceassistant.system.metrics.AssistantMetrics.TurnOutcome;
import org.practiceassistant.channel.state.StateConflictException;
import org.practiceassistant.channel.state.StateStoreUnavailableException;

/** Times every turn and counts how it ended (outcome names only). Outermost, so it sees every turn. */
public final class TurnMetricsMiddleware implements Middleware {

    private final AssistantMetrics metrics;

    public TurnMetricsMiddleware(AssistantMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        long started = System.nanoTime();
        CompletableFuture<Void> handled;
        try {
            handled = next.next();
        } catch (RuntimeException e) {
            handled = CompletableFuture.failedFuture(e);
        }
        return handled.whenComplete((done, failure) -> metrics.turnHandled(outcome(turn, failure),
            Duration.ofNanos(System.nanoTime() - started)));
    }

    private static TurnOutcome outcome(TurnContext turn, Throwable failure) {
        if (failure == null) {
            return UserRateLimitMiddleware.refused(turn) ? TurnOutcome.RATE_LIMITED : TurnOutcome.ANSWERED;
        }
        if (Failures.causedBy(failure, StateConflictException.class)) {
            return TurnOutcome.STATE_CONFLICT;
        }
        return Failures.causedBy(failure, StateStoreUnavailableException.class)
            ? TurnOutcome.STATE_UNAVAILABLE : TurnOutcome.FAILED;
    }
}
