package org.practiceassistant.channel;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a retried activity once. Teams resends an activity (same id) when a turn takes longer than
 * 15 s; without this the user would get the answer twice. Runs after authentication (it is middleware),
 * so unauthenticated callers cannot fill the cache.
 */
final class DuplicateActivityFilter implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(DuplicateActivityFilter.class);

    private final Cache<String, Boolean> seen;

    DuplicateActivityFilter(Duration window) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        Activity activity = turn.getActivity();
        if (activity.getId() == null || activity.getId().isBlank()) {
            return next.next();
        }
        String key = activity.getChannelId() + "|" + activity.getConversation().getId() + "|" + activity.getId();
        if (seen.asMap().putIfAbsent(key, Boolean.TRUE) != null) {
            log.info("activity {} is a retry of one already handled: ignored", activity.getId());
            return CompletableFuture.completedFuture(null);
        }
        return next.next();
    }

    /** How many activity ids are remembered now (expired ones may linger until the next clean-up). */
    long size() {
        return seen.estimatedSize();
    }
}
