package org.practiceassistant.system.connector;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-sends a reply the Bot Framework connector refused for now: 429 (waiting as its {@code Retry-After}
 * asks), 408 and 5xx (exponential back-off with jitter), or no answer in time. Gives up after
 * {@link ConnectorRetryProperties#maxAttempts()} tries or when the next wait would pass the budget, and
 * then hands the last answer (or failure) to the SDK, so the turn fails cleanly; the conversation state
 * was saved before the replies were sent, so nothing the user said is lost.
 *
 * <p>The SDK's own retry handler retries only 408 and 5xx, immediately and without a limit on time, and
 * never 429 or time-outs; it is switched off where this is installed. Logs the status and attempt only:
 * a connector URL names the conversation, a reply's body is case text.
 */
public final class ConnectorRetryInterceptor implements Interceptor {

    private static final Logger log = LoggerFactory.getLogger(ConnectorRetryInterceptor.class);

    private final ConnectorRetryProperties properties;
    private final AssistantMetrics metrics;
    private final Clock clock;
    private final Sleeper sleeper;
    private final ReplyDeadlines turns;

    /** A try with less time than this left is not started: it could only time out. */
    static final Duration MIN_ATTEMPT = Duration.ofMillis(500);

    /** Waits between tries; replaced in tests. */
    @FunctionalInterface
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    public ConnectorRetryInterceptor(ConnectorRetryProperties properties, AssistantMetrics metrics, ReplyDeadlines turns) {
        this(properties, metrics, Clock.systemUTC(), duration -> Thread.sleep(duration.toMillis()), turns);
    }

    ConnectorRetryInterceptor(ConnectorRetryProperties properties, AssistantMetrics metrics, Clock clock, Sleeper sleeper) {
        this(properties, metrics, clock, sleeper, ReplyDeadlines.NONE);
    }

    ConnectorRetryInterceptor(ConnectorRetryProperties properties, AssistantMetrics metrics, Clock clock, Sleeper sleeper,
            ReplyDeadlines turns) {
        this.properties = properties;
        this.metrics = metrics;
        this.clock = clock;
        this.sleeper = sleeper;
        this.turns = turns;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Instant deadline = deadline(request);
        if (!clock.instant().isBefore(deadline)) {
            // The turn's time is up (an apology or a typing indicator after a reply that hung, or a reply that waited in the
            // client's queue): a try now could only time out, and eighty such tries at once held turns a second past their
            // deadline under load (HostileInputIT's hanging connector). Fail at once, touching nothing.
            metrics.replyAbandoned();
            log.warn("connector reply not tried: its turn's deadline had passed");
            throw new SocketTimeoutException("the turn's deadline passed before this reply could be sent");
        }
        for (int attempt = 1; ; attempt++) {
            Response response = null;
            IOException failure = null;
            try {
                // Each try gets only the time left: its time-out counts against the deadline like the waits do.
                int left = (int) Math.max(1, Duration.between(clock.instant(), deadline).toMillis());
                response = chain
                        .withConnectTimeout(Math.min(left, (int) properties.connectTimeout().toMillis()), TimeUnit.MILLISECONDS)
                        .withReadTimeout(Math.min(left, (int) properties.readTimeout().toMillis()), TimeUnit.MILLISECONDS)
                        .withWriteTimeout(Math.min(left, (int) properties.readTimeout().toMillis()), TimeUnit.MILLISECONDS)
                        .proceed(request);
                if (!retryable(response.code())) {
                    return response;
                }
            } catch (IOException e) {
                if (e instanceof InterruptedIOException && Thread.currentThread().isInterrupted()) {
                    throw e;
                }
                failure = e;
            }
            Optional<Duration> wait = nextWait(response, attempt, deadline);
            String what = response != null ? "status " + response.code() : failure.getClass().getSimpleName();
            if (wait.isEmpty()) {
                metrics.replyAbandoned();
                log.warn("connector reply gave up after {} attempt(s): {}", attempt, what);
                if (failure != null) {
                    throw failure;
                }
                return response;
            }
            if (response != null) {
                response.close();
            }
            metrics.replyRetried();
            log.info("connector reply attempt {} failed ({}); retrying in {} ms", attempt, what, wait.get().toMillis());
            try {
                sleeper.sleep(wait.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while waiting to retry a connector reply");
            }
        }
    }

    /** The reply's own budget, or the end of its turn if that comes first. */
    private Instant deadline(Request request) {
        Instant own = clock.instant().plus(properties.budget());
        return turns.forConversation(conversationId(request)).filter(turn -> turn.isBefore(own)).orElse(own);
    }

    /** Connector paths are {@code /v3/conversations/{conversationId}/...}. */
    static String conversationId(Request request) {
        List<String> segments = request.url().pathSegments();
        int at = segments.indexOf("conversations");
        return at >= 0 && at + 1 < segments.size() ? segments.get(at + 1) : null;
    }

    static boolean retryable(int status) {
        return status == 429 || status == 408 || (status >= 500 && status != 501 && status != 505);
    }

    /** How long to wait before the next try, or empty to give up. */
    private Optional<Duration> nextWait(Response response, int attempt, Instant deadline) {
        if (attempt >= properties.maxAttempts()) {
            return Optional.empty();
        }
        Optional<Duration> asked = response == null ? Optional.empty() : retryAfter(response.header("Retry-After"));
        if (asked.isPresent() && asked.get().compareTo(properties.maxRetryAfter()) > 0) {
            return Optional.empty();
        }
        Duration wait = asked.orElseGet(() -> backoff(attempt));
        // The wait and room for a useful try must both fit before the deadline.
        return clock.instant().plus(wait).plus(MIN_ATTEMPT).isAfter(deadline) ? Optional.empty() : Optional.of(wait);
    }

    private Duration backoff(int attempt) {
        long base = properties.initialBackoff().toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, properties.maxBackoff().toMillis());
        // Jitter spreads the retries of many conversations that failed together.
        return Duration.ofMillis(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
    }

    /** {@code Retry-After} as delay-seconds or an HTTP date (RFC 9110 section 10.2.3). */
    Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip()))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration until = Duration.between(clock.instant(), at);
                return Optional.of(until.isNegative() ? Duration.ZERO : until);
            } catch (DateTimeParseException unreadable) {
                return Optional.empty();
            }
        }
    }
}
