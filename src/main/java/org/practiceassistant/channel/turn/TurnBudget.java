package org.practiceassistant.channel.turn;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs a feature's work with a time limit, so every turn is answered inside Teams' 15 s window (after
 * which Teams gives up and resends the message) even when a feature is slow.
 */
public final class TurnBudget implements AutoCloseable {

    private final Duration budget;
    /**
     * Platform threads, not virtual ones: feature work is CPU-bound (and Ask's embedding model runs in
     * native code, which pins a virtual thread to its carrier), so virtual threads would share as many
     * carriers as there are cores while hundreds of request threads compete with them, and under load
     * turns starved into the budget (LoadBenchmark, saturation: Ask p99 10 s, the budget, before; see
     * README). The caller waits meanwhile, so there are never more workers than turns in progress; idle
     * ones end after a minute.
     */
    private final ExecutorService workers;

    public TurnBudget(Duration budget) {
        this.budget = budget;
        ClassLoader applicationLoader = TurnBudget.class.getClassLoader();
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(runnable -> {
            Thread thread = new Thread(runnable, "turn-work-" + count.incrementAndGet());
            thread.setDaemon(true);
            // Started by whichever thread submits first; the application's loader keeps Jackson's modules in sight.
            thread.setContextClassLoader(applicationLoader);
            return thread;
        });
    }

    /**
     * @return the work's result
     * @throws TimeoutException when it takes longer than the budget (the work is interrupted)
     * @throws RuntimeException what the work threw
     */
    <T> T run(Supplier<T> work) throws TimeoutException {
        return run(work, budget);
    }

    /**
     * @param timeLeft the turn's remaining time for work: the limit is the budget or this, whichever is shorter
     * @throws Error what the work threw, as it was (an out-of-memory is not a feature's failure to relabel)
     */
    <T> T run(Supplier<T> work, Duration timeLeft) throws TimeoutException {
        long limit = Math.min(budget.toMillis(), Math.max(0, timeLeft.toMillis()));
        Future<T> future = workers.submit(work::get);
        try {
            return future.get(limit, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw new IllegalStateException("interrupted while waiting for a feature", e);
        }
    }

    Duration budget() {
        return budget;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
