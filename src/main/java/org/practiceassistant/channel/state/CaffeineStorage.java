package org.practiceassistant.channel.state;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Scheduler;
import com.github.benmanes.caffeine.cache.Ticker;
import com.microsoft.bot.builder.Storage;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Conversation state in this process's memory, bounded in size and forgotten after an idle time: the
 * default store for one instance. (The SDK's {@code MemoryStorage} grows without limit and never
 * forgets.) Items are kept as JSON, so a turn never shares objects with another, and every write is
 * checked against the eTag it was read with (see {@link WriteCondition}).
 */
public final class CaffeineStorage implements Storage {

    private record Stored(String json, String eTag) {}

    private final Cache<String, Stored> items;
    private final StateCodec codec = new StateCodec();
    private final AtomicLong versions = new AtomicLong();

    public CaffeineStorage(long maximumItems, Duration idleExpiry) {
        this(maximumItems, idleExpiry, Ticker.systemTicker());
    }

    CaffeineStorage(long maximumItems, Duration idleExpiry, Ticker ticker) {
        if (maximumItems < 1) {
            throw new IllegalArgumentException("maximumItems must be at least 1, was " + maximumItems);
        }
        if (idleExpiry.isNegative() || idleExpiry.isZero()) {
            throw new IllegalArgumentException("idleExpiry must be positive, was " + idleExpiry);
        }
        items = Caffeine.newBuilder()
            .maximumSize(maximumItems)
            .expireAfterAccess(idleExpiry)
            // Frees expired conversations even when nobody touches the cache, so idle memory goes back.
            .scheduler(Scheduler.systemScheduler())
            .ticker(ticker)
            .build();
    }

    @Override
    public CompletableFuture<Map<String, Object>> read(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        try {
            Map<String, Object> found = new HashMap<>();
            for (String key : keys) {
                Stored stored = items.getIfPresent(key);
                if (stored != null) {
                    found.put(key, codec.decode(stored.json(), stored.eTag()));
                }
            }
            return CompletableFuture.completedFuture(found);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    @Override
    public CompletableFuture<Void> write(Map<String, Object> changes) {
        if (changes == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("changes cannot be null"));
        }
        try {
            changes.forEach(this::writeOne);
            return CompletableFuture.completedFuture(null);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private void writeOne(String key, Object value) {
        WriteCondition condition = WriteCondition.of(value);
        String json = codec.encode(value);
        Stored written = items.asMap().compute(key, (k, current) -> {
            if (!condition.permits(current == null ? null : current.eTag())) {
                throw new StateConflictException();
            }
            return new Stored(json, Long.toString(versions.incrementAndGet()));
        });
        StateCodec.withETag(value, written.eTag());
    }

    @Override
    public CompletableFuture<Void> delete(String[] keys) {
        if (keys == null) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("keys cannot be null"));
        }
        items.invalidateAll(List.of(keys));
        return CompletableFuture.completedFuture(null);
    }

    /** How many items are held now (expired ones may linger until the next clean-up). */
    public long size() {
        items.cleanUp();
        return items.estimatedSize();
    }
}
