package org.practiceassistant.channel.turn;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.practiceassistant.system.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Handles a retried activity once. Teams resends an activity (same id) when a turn takes longer than
 * 15 s; without this the user would get the answer twice. Runs after authentication (it is middleware),
 * so unauthenticated callers cannot fill the cache.
 */
public final class DuplicateActivityFilter implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(DuplicateActivityFilter.class);

    private final Cache<UUID, Boolean> seen;

    public DuplicateActivityFilter(Duration window) {
        this.seen = Caffeine.newBuilder().expireAfterWrite(window).maximumSize(100_000).build();
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        Activity activity = turn.getActivity();
        if (activity.getId() == null || activity.getId().isBlank()) {
            return next.next();
        }
        if (seen.asMap().putIfAbsent(key(activity), Boolean.TRUE) != null) {
            log.info("activity {} is a retry of one already handled: ignored", LogText.id(activity.getId()));
            return CompletableFuture.completedFuture(null);
        }
        return next.next();
    }

    /**
     * A 128-bit digest of channel, conversation and activity id rather than the ids themselves: about half
     * the memory per entry (the cache holds every activity of the window, up to 100,000), and a collision
     * is as unlikely as two random UUIDs meeting.
     */
    private static UUID key(Activity activity) {
        String ids = activity.getChannelId() + "|" + activity.getConversation().getId() + "|" + activity.getId();
        return UUID.nameUUIDFromBytes(ids.getBytes(StandardCharsets.UTF_8));
    }

    /** How many activity ids are remembered now (expired ones may linger until the next clean-up). */
    public long size() {
        return seen.estimatedSize();
    }
}
