package org.practiceassistant.channel.turn;

import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.DeliveryModes;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.practiceassistant.system.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows "typing…" while a turn takes longer than a moment, repeating until the answer is sent. The SDK's
 * own ShowTypingMiddleware never stops (it cancels a CompletableFuture, which does not interrupt its
 * loop), so this schedules the indicator itself and stops it for certain.
 *
 * <p>One scheduler thread only times the indicators; sending them is done by a small bounded pool, so a turn whose
 * connector hangs (a send can wait up to the turn's time left) never holds back another turn's indicator. Each turn has at
 * most one send in flight (a slow connector gets no queue of indicators), and when the pool and its queue are full an
 * indicator is skipped: it is a courtesy, never worth a thread or a wait.
 */
public final class TypingIndicator implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(TypingIndicator.class);
    /** Teams shows a typing indicator for a few seconds; repeat a little more often than it fades. */
    private static final Duration REPEAT = Duration.ofSeconds(3);
    /** Threads sending indicators at once: enough for a few hanging connectors beside the healthy ones. */
    static final int MOST_SENDERS = 4;
    /** Indicators waiting for a sender; past this they are skipped. */
    static final int MOST_WAITING = 256;

    private final ScheduledExecutorService scheduler;
    private final ThreadPoolExecutor senders;
    private final Duration delay;

    public TypingIndicator(Duration delay) {
        this.scheduler = Executors.newScheduledThreadPool(1, threads("typing-indicator"));
        this.senders = new ThreadPoolExecutor(MOST_SENDERS, MOST_SENDERS, 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(MOST_WAITING), threads("typing-sender"), new ThreadPoolExecutor.AbortPolicy());
        this.senders.allowCoreThreadTimeOut(true);
        this.delay = delay;
    }

    /* The SDK's Jackson lookups on its own threads need the application's class loader (see DESIGN.md). */
    private static ThreadFactory threads(String name) {
        ClassLoader applicationLoader = TypingIndicator.class.getClassLoader();
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.setContextClassLoader(applicationLoader);
            return thread;
        };
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
            return new Handle(null, 0, senders);
        }
        Handle handle = new Handle(turn, System.nanoTime() + timeLeft.toNanos(), senders);
        handle.task = scheduler.scheduleAtFixedRate(handle::send, delay.toMillis(), REPEAT.toMillis(), TimeUnit.MILLISECONDS);
        return handle;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        senders.shutdownNow();
    }

    static final class Handle implements AutoCloseable {
        private final TurnContext turn;
        /** When the turn's time is up, on {@link System#nanoTime()}'s scale. */
        private final long until;
        private final Executor senders;
        private ScheduledFuture<?> task;
        /** The indicator being sent, if any: at most one per turn. */
        private CompletableFuture<Void> inFlight = CompletableFuture.completedFuture(null);
        private boolean closed;

        private Handle(TurnContext turn, long until, Executor senders) {
            this.turn = turn;
            this.until = until;
            this.senders = senders;
        }

        /** On the scheduler thread: hands the indicator to a sender and returns at once. */
        private synchronized void send() {
            if (closed || until - System.nanoTime() <= 0 || !inFlight.isDone()) {
                return;
            }
            try {
                // A sender thread is held only while the SDK's call blocks; the answer from the connector is awaited by no thread.
                inFlight = CompletableFuture.supplyAsync(this::startSending, senders).thenCompose(sending -> sending)
                        .handle((sent, failure) -> {
                            if (failure != null) {
                                log.debug("typing indicator for activity {} not sent: {}", LogText.id(turn.getActivity().getId()),
                                        Failures.rootCause(failure).getClass().getSimpleName());
                            }
                            return null;
                        });
            } catch (RejectedExecutionException e) {
                log.debug("typing indicator for activity {} skipped: every sender is busy", LogText.id(turn.getActivity().getId()));
            }
        }

        private CompletableFuture<?> startSending() {
            long left;
            synchronized (this) {
                left = until - System.nanoTime();
                if (closed || left <= 0) {
                    return CompletableFuture.completedFuture(null);
                }
            }
            Activity typing = new Activity(ActivityTypes.TYPING);
            typing.applyConversationReference(turn.getActivity().getConversationReference());
            // Straight to the adapter: a typing indicator is not the turn's answer.
            return turn.getAdapter().sendActivities(turn, List.of(typing)).orTimeout(left, TimeUnit.NANOSECONDS);
        }

        /**
         * Stops the indicator; waits for one being sent (no longer than the turn's time left) so it cannot arrive after the
         * answer.
         */
        @Override
        public void close() {
            CompletableFuture<Void> sending;
            synchronized (this) {
                closed = true;
                if (task != null) {
                    task.cancel(false);
                }
                sending = inFlight;
            }
            long left = until - System.nanoTime();
            if (sending.isDone() || left <= 0) {
                return;
            }
            try {
                sending.get(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException | TimeoutException e) {
                log.debug("typing indicator for activity {} still being sent at the end of the turn",
                        LogText.id(turn.getActivity().getId()));
            }
        }
    }
}
