package org.practiceassistant.system.connector;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How replies to the Bot Framework connector are sent ({@code assistant.connector.*}). Teams gives a turn
 * 15 s and then sends it again, so every limit here keeps a turn well inside that.
 *
 * @param maxAttempts       tries per reply, the first included, on 429, 408, 5xx or a time-out
 * @param initialBackoff    the wait before the second try; doubled for each further one (with jitter)
 * @param maxBackoff        the longest wait between tries
 * @param maxRetryAfter     the longest {@code Retry-After} honoured; a longer one gives up at once
 * @param budget            the most time one reply may take, all tries and waits included
 * @param connectTimeout    to open a connection to the connector
 * @param readTimeout       for the connector's answer to one try
 * @param maxRequestsPerHost replies in flight to one connector host at once (OkHttp's default is 5)
 */
@ConfigurationProperties("assistant.connector")
public record ConnectorRetryProperties(
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("250ms") Duration initialBackoff,
        @DefaultValue("2s") Duration maxBackoff,
        @DefaultValue("5s") Duration maxRetryAfter,
        @DefaultValue("10s") Duration budget,
        @DefaultValue("3s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("64") int maxRequestsPerHost) {

    public ConnectorRetryProperties {
        if (maxAttempts < 1 || maxRequestsPerHost < 1) {
            throw new IllegalArgumentException("assistant.connector: max-attempts and max-requests-per-host must be at least 1");
        }
        for (Duration d : new Duration[] {initialBackoff, maxBackoff, maxRetryAfter, budget, connectTimeout, readTimeout}) {
            if (d.isNegative()) {
                throw new IllegalArgumentException("assistant.connector: durations must not be negative, was " + d);
            }
        }
    }
}
