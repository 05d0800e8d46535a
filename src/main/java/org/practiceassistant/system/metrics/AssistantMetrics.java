package org.practiceassistant.system.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The assistant's own metrics, in one place so that their names stay consistent and nothing but counts,
 * durations and fixed outcome names can reach them: every method takes enums, booleans and durations,
 * never a string, so no message, draft or name can become a metric tag.
 *
 * <p>Published at {@code /actuator/prometheus} and {@code /actuator/metrics/assistant.*}.
 */
@Component
public class AssistantMetrics {

    /** How a turn through the bot ended. */
    public enum TurnOutcome { ANSWERED, RATE_LIMITED, STATE_CONFLICT, STATE_UNAVAILABLE, FAILED }

    private final MeterRegistry registry;
    private final Counter questionsAnswered;
    private final Counter questionsNotFound;
    private final Timer askLatency;
    private final Counter mappingsStarted;
    private final Counter mappingsCompleted;
    private final Counter replyRetries;
    private final Counter repliesAbandoned;

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
        Timer.builder("assistant.turns").description("Bot turns, from activity received to replies sent")
            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
            .publishPercentiles(0.5, 0.99)
            .register(registry)
            .record(took);
    }

    public void replyRetried() {
        replyRetries.increment();
    }

    public void replyAbandoned() {
        repliesAbandoned.increment();
    }
}
