package org.practiceassistant.system.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * The assistant's own metrics, in one place so that their names stay consistent and nothing but counts,
 * durations and fixed outcome names can reach them: every method takes enums, booleans and durations,
 * never a string, so no message, draft or name can become a metric tag. Recorded where the work is done or
 * called (the bot's turn, the controllers, the checker, the mapping feature): nothing here wraps a feature.
 *
 * <p>Published at {@code /actuator/prometheus} and {@code /actuator/metrics/assistant.*}.
 */
@Component
public class AssistantMetrics {

    /** How a turn through the bot ended. */
    public enum TurnOutcome { ANSWERED, RATE_LIMITED, STATE_CONFLICT, STATE_UNAVAILABLE, FAILED }

    /**
     * What the assistant holds in memory between turns. Their sizes are published so that a cache that is
     * warm (bounded, and emptying as entries expire) can be told from a leak.
     */
    public enum HeldInMemory {
        /** Conversation records in the in-memory state store (none with the Blob store). */
        CONVERSATION_STATE,
        /** Activity ids seen within the duplicate window, to answer a Teams retry once. */
        RECENT_ACTIVITIES,
        /** Users with a rate-limit bucket that has not refilled yet. */
        RATE_LIMITED_USERS
    }

    private final MeterRegistry registry;
    private final Counter questionsAnswered;
    private final Counter questionsNotFound;
    private final Timer askLatency;
    private final Counter mappingsStarted;
    private final Counter mappingsCompleted;
    private final Counter replyRetries;
    private final Counter repliesAbandoned;
    /** Built once: looking a meter up by name and tags on every turn showed in the load profile. */
    private final Map<TurnOutcome, Timer> turns = new EnumMap<>(TurnOutcome.class);

    public AssistantMetrics(MeterRegistry registry) {
        this.registry = registry;
        questionsAnswered = Counter.builder("assistant.questions").tag("outcome", "answered")
            .description("Questions answered from the knowledge pack").register(registry);
        questionsNotFound = Counter.builder("assistant.questions").tag("outcome", "not_found")
            .description("Questions the knowledge pack does not cover").register(registry);
        askLatency = latency("assistant.ask.latency", "Time to answer a question");
        mappingsStarted = Counter.builder("assistant.mappings").tag("event", "started")
            .description("Guided mappings started").register(registry);
        mappingsCompleted = Counter.builder("assistant.mappings").tag("event", "completed")
            .description("Guided mappings finished with a statement and goal").register(registry);
        replyRetries = Counter.builder("assistant.replies.retries")
            .description("Replies re-sent to the Bot Framework connector after 429, 5xx or a time-out").register(registry);
        repliesAbandoned = Counter.builder("assistant.replies.abandoned")
            .description("Replies given up on after the last retry").register(registry);
        for (TurnOutcome outcome : TurnOutcome.values()) {
            turns.put(outcome, Timer.builder("assistant.turns").description("Bot turns, from activity received to replies sent")
                .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                .publishPercentiles(0.5, 0.99)
                .register(registry));
        }
    }

    /** Metrics that go nowhere, for a feature built outside the application (tests, benchmarks). */
    public static AssistantMetrics notPublished() {
        return new AssistantMetrics(new SimpleMeterRegistry());
    }

    /** Publishes how many entries {@code holder} keeps, as {@code assistant.memory.entries{held=...}}. */
    public <T> void watchSize(HeldInMemory held, T holder, ToLongFunction<T> entries) {
        Gauge.builder("assistant.memory.entries", holder, h -> entries.applyAsLong(h))
            .description("Entries the assistant holds in memory between turns")
            .tag("held", held.name().toLowerCase(Locale.ROOT))
            .register(registry);
    }

    private Timer latency(String name, String description) {
        return Timer.builder(name).description(description)
            .publishPercentiles(0.5, 0.99)
            .publishPercentileHistogram()
            .register(registry);
    }

    public void questionAnswered(boolean found, Duration took) {
        (found ? questionsAnswered : questionsNotFound).increment();
        askLatency.record(took);
    }

    /** A draft checked against the rubric; {@code kind} is the kind of draft (an enum such as DraftKind). */
    public void checkRun(Enum<?> kind, Duration took) {
        Timer.builder("assistant.check.latency").description("Time to check a draft against the rubric")
            .tag("kind", kind.name().toLowerCase(Locale.ROOT))
            .publishPercentiles(0.5, 0.99)
            .register(registry)
            .record(took);
    }

    public void mappingStarted() {
        mappingsStarted.increment();
    }

    public void mappingCompleted() {
        mappingsCompleted.increment();
    }

    public void turnHandled(TurnOutcome outcome, Duration took) {
        turns.get(outcome).record(took);
    }

    public void replyRetried() {
        replyRetries.increment();
    }

    public void replyAbandoned() {
        repliesAbandoned.increment();
    }
}
