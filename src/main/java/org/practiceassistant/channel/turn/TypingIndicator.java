package org.practiceassistant.channel.turn;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.practiceassistant.system.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows "typing…" while a turn takes longer than a moment, repeating until the answer is sent. The SDK's
 * own ShowTypingMiddleware never stops (it cancels a CompletableFuture, which does not interrupt its
 * loop), so this schedules the indicator itself and stops it for certain.
 */
public final class TypingIndicator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TypingIndicator.class);
    /** Teams shows a typing indicator for a few seconds; repeat a little more often than it fades. */
    private static final Duration REPEAT = Duration.ofSeconds(3);

    private final ScheduledExecutorService scheduler;
    private final Duration delay;

    public TypingIndicator(Duration delay) {
        ClassLoader applicationLoader = TypingIndicator.class.getClassLoader();
        this.scheduler = Executors.newScheduledThreadPool(1, runnable -> {
            Thread thread = new Thread(runnable, "typing-indicator");
            thread.setDaemon(true);
            thread.setContextClassLoader(applicationLoader);
            return thread;
        });
        this.delay = delay;
    }

    /**
     * Starts showing typing after the delay; close the handle before sending the answer.
     *
     * @param timeLeft the turn's time left: no indicator is sent, or waited for, after it (closing the handle waits for one
     *                 being sent, and behind a hanging connector one can sit in the connector client's queue)
     */
    Handle whileWorking(TurnContext turn, Duration timeLeft) {
        if (DeliveryModes.fromString(turn.getActivity().getDeliveryMode()) == DeliveryModes.EXPECT_REPLIES) {
            // Replies come back in the HTTP response all at once: a typing indicator would only arrive with them.
            return new Handle(null, 0);
        }
        Handle handle = new Handle(turn, System.nanoTime() + timeLeft.toNanos());
        handle.task = scheduler.scheduleAtFixedRate(handle::send, delay.toMillis(), REPEAT.toMillis(), TimeUnit.MILLISECONDS);
        return handle;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }

    static final class Handle implements AutoCloseable {
        private final TurnContext turn;
        /** When the turn's time is up, on {@link System#nanoTime()}'s scale. */
        private final long until;
        private ScheduledFuture<?> task;
        private boolean closed;

        private Handle(TurnContext turn, long until) {
            this.turn = turn;
            this.until = until;
        }

        private synchronized void send() {
            long left = until - System.nanoTime();
            if (closed || left <= 0) {
                return;
            }
            Activity typing = new Activity(ActivityTypes.TYPING);
            typing.applyConversationReference(turn.getActivity().getConversationReference());
            try {
                // Straight to the adapter: a typing indicator is not the turn's answer.
                turn.getAdapter().sendActivities(turn, List.of(typing)).orTimeout(left, TimeUnit.NANOSECONDS).join();
            } catch (RuntimeException e) {
                log.debug("typing indicator for activity {} not sent: {}", LogText.id(turn.getActivity().getId()),
                        Failures.rootCause(e).getClass().getSimpleName());
            }
        }

        /** Stops the indicator; waits for one being sent so it cannot arrive after the answer. */
        @Override
        public synchronized void close() {
            closed = true;
            if (task != null) {
                task.cancel(false);
            }
        }
    }
}
