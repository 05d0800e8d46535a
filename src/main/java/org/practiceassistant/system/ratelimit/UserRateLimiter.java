package org.practiceassistant.system.ratelimit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Decides whether a user's message is served now or politely refused, so one user (or a runaway script)
 * cannot take the service from everyone else. One token bucket per user, kept only while it matters: a
 * bucket untouched for its refill time is full again and is dropped.
 */
@Component
public class UserRateLimiter {

    /** What the user is told when a message is refused; names no limit a script could tune itself to. */
    public static final String POLITE_REFUSAL =
        "You're sending messages faster than I can keep up with. Please wait a moment and try again.";

    private final RateLimitProperties properties;
    private final TimeMeter time;
    private final Cache<String, Bucket> buckets;

    @Autowired
    public UserRateLimiter(RateLimitProperties properties) {
        this(properties, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** With the time the buckets refill by, so a test can play minutes of turns at a person's pace. */
    UserRateLimiter(RateLimitProperties properties, TimeMeter time) {
        this.properties = properties;
        this.time = time;
        this.buckets = Caffeine.newBuilder()
            .maximumSize(properties.maximumUsers())
            .expireAfterAccess(properties.refillTime())
            .build();
    }

    /**
     * Takes one message from the user's allowance.
     *
     * @param userId a stable id of the user (for example the Entra object id), never their name
     * @return true when the message may be served; false when it should be refused with {@link #POLITE_REFUSAL}
     */
    public boolean tryAcquire(String userId) {
        if (!properties.enabled()) {
            return true;
        }
        return buckets.get(userId, id -> newBucket()).tryConsume(1);
    }

    /** How many users hold a bucket now (one untouched for the refill time is dropped). */
    public long trackedUsers() {
        return buckets.estimatedSize();
    }

    private Bucket newBucket() {
        return Bucket.builder()
            .withCustomTimePrecision(time)
            .addLimit(Bandwidth.builder()
                .capacity(properties.burst())
                .refillGreedy(properties.messagesPerMinute(), Duration.ofMinutes(1))
                .build())
            .build();
    }
}
