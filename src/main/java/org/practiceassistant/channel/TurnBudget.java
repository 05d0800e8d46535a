package org.practiceassistant.channel;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a feature's work with a time limit, so every turn is answered inside Teams' 15 s window (after
 * which Teams gives up and resends the message) even when a feature is slow.
 */
final class TurnBudget implements AutoCloseable {

    private final Duration budget;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();

    TurnBudget(Duration budget) {
        this.budget = budget;
    }

    /**
     * @return the work's result
     * @throws TimeoutException when it takes longer than the budget (the work is interrupted)
     * @throws RuntimeException what the work threw
     */
    <T> T run(Supplier<T> work) throws TimeoutException {
        Future<T> future = workers.submit(work::get);
        try {
            return future.get(budget.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        } catch (ExecutionException e) {
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
