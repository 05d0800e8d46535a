package org.practiceassistant.channel.http;

import com.microsoft.bot.builder.Bot;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The bot behind /api/messages (with the drafting coach and the rest of what a turn needs), built on a thread of
 * its own as soon as the application serves, rather than before it: most of a second of one core (the coach's
 * classes and word lists) that Ask's first answer does not need. A message that arrives before it is built waits
 * for it: Spring builds a singleton once, whichever thread asks first. The knowledge pack, the jargon list and the
 * settings it reads are loaded and checked before the application serves, as ever.
 *
 * <p>"teamsBot" health, in the readiness group: UNKNOWN while building (which leaves readiness UP: messages are
 * answered, a moment later), UP once built, DOWN if building failed.
 */
@Component("teamsBot")
final class BotBuiltAfterStartup implements ApplicationListener<ApplicationReadyEvent>, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(BotBuiltAfterStartup.class);

    private enum State { WAITING, BUILDING, BUILT, FAILED }

    private final ObjectProvider<Bot> bot;
    private final AtomicReference<State> state = new AtomicReference<>(State.WAITING);
    private volatile String failure = "";

    BotBuiltAfterStartup(ObjectProvider<Bot> bot) {
        this.bot = bot;
    }

    /** The bot: built already, or built now by this thread, or by another while this one waits. */
    Bot bot() {
        return bot.getObject();
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!state.compareAndSet(State.WAITING, State.BUILDING)) {
            return;
        }
        Thread.ofPlatform().name("teams-bot-build").daemon().start(() -> {
            long started = System.nanoTime();
            try {
                bot();
                state.set(State.BUILT);
                log.info("Teams bot built after start-up in {} ms", Duration.ofNanos(System.nanoTime() - started).toMillis());
            } catch (RuntimeException | LinkageError e) {
                failure = e.getClass().getSimpleName();
                state.set(State.FAILED);
                log.error("Teams bot could not be built: /api/messages will fail", e);
            }
        });
    }

    @Override
    public Health health() {
        return switch (state.get()) {
            case WAITING, BUILDING -> Health.unknown().withDetail("state", "building").build();
            case BUILT -> Health.up().build();
            case FAILED -> Health.down().withDetail("error", failure).build();
        };
    }
}
