package org.practiceassistant.system.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-user rate limit ({@code assistant.rate-limit.*}): each user may send {@code burst} messages at
 * once and then {@code messagesPerMinute} a minute. It protects the service from floods (a script sending
 * hundreds a minute), never a person: someone clicking through the guided mapping at one turn a second
 * (60 a minute) stays under the steady rate, and a quick run of double clicks fits in the burst.
 *
 * @param enabled           whether the limit applies
 * @param burst             messages a user may send in quick succession
 * @param messagesPerMinute the steady rate a user's allowance refills at
 * @param maximumUsers      users tracked at once (the least recently seen are dropped first)
 */
@ConfigurationProperties("assistant.rate-limit")
public record RateLimitProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("30") int burst,
        @DefaultValue("90") int messagesPerMinute,
        @DefaultValue("100000") long maximumUsers) {

    public RateLimitProperties {
        if (burst < 1 || messagesPerMinute < 1 || maximumUsers < 1) {
            throw new IllegalArgumentException("assistant.rate-limit: burst, messages-per-minute and maximum-users must be at least 1");
        }
    }

    /** How long an untouched bucket takes to fill up again, after which it need not be remembered. */
    Duration refillTime() {
        return Duration.ofMillis(Math.ceilDiv(60_000L * burst, messagesPerMinute));
    }
}
