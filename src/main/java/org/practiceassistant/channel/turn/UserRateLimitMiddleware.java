package org.practiceassistant.channel.turn;

import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import java.util.concurrent.CompletableFuture;
import org.practiceassistant.system.ratelimit.UserRateLimiter;
import org.practiceassistant.system.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a user who sends messages faster than the per-user limit with a polite refusal, before the bot
 * reads, stores or answers anything.
 */
public final class UserRateLimitMiddleware implements Middleware {

    /** Marks a refused turn in the turn state, for {@link TurnMetricsMiddleware}. */
    private static final String REFUSED = "practiceassistant.rateLimited";

    private static final Logger log = LoggerFactory.getLogger(UserRateLimitMiddleware.class);

    private final UserRateLimiter limiter;

    public UserRateLimitMiddleware(UserRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        var activity = turn.getActivity();
        ChannelAccount from = activity.getFrom();
        if (!ActivityTypes.MESSAGE.equals(activity.getType()) || from == null) {
            return next.next();
        }
        // The Entra object id is stable across a user's chats; the channel id stands in where it is absent.
        String user = from.getAadObjectId() != null ? from.getAadObjectId() : from.getId();
        if (user == null || limiter.tryAcquire(user)) {
            return next.next();
        }
        log.info("activity {} refused: user over the rate limit", LogText.id(activity.getId()));
        turn.getTurnState().add(REFUSED, Boolean.TRUE);
        return turn.sendActivity(UserRateLimiter.POLITE_REFUSAL).thenApply(sent -> null);
    }

    static boolean refused(TurnContext turn) {
        return Boolean.TRUE.equals(turn.getTurnState().get(REFUSED));
    }
}
