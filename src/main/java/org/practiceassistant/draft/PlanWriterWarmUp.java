package org.practiceassistant.draft;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Runs the plan writer's warm-up ({@link ChildAndFamilyPlan#warmUp}) once, on a thread of its own, at a moment when no
 * one is waiting on the cores it takes: just after the first mapping's opening reply is made (its plan document is a
 * dozen or more turns away, minutes of a worker's typing), or when the bot has been up for a quiet while with no mapping
 * begun, whichever comes first.
 *
 * <p>Why not as soon as the bot is built, as before: the bot is built when the application starts serving, so the
 * warm-up (seconds of one core on a loaded machine: POI's OOXML classes and XMLBeans' schema types) ran beside the first
 * turns, which wait for that build. On two busy cores the packaged application's first turn once took 12.4 s at load 17,
 * near Teams' 15 s retry. Why not just a low priority: Linux JVMs ignore thread priorities unless started with
 * {@code -XX:ThreadPriorityPolicy=1} by root, so the thread is given the lowest priority (heeded elsewhere, harmless here)
 * but the waiting is what keeps it off the first turns. The first plan document loses nothing: the warm-up has long
 * finished by the end of a mapping, and were a mapping faster than it, the plan would share the class loading already
 * under way rather than start it.
 */
final class PlanWriterWarmUp {

    /** After this long with no mapping begun, the bot is warmed anyway: the start-up rush is over by then. */
    static final Duration QUIET_AFTER_START = Duration.ofSeconds(60);

    private final Runnable warmUp;
    private final Consumer<Runnable> onItsOwnThread;
    private final AtomicBoolean started = new AtomicBoolean();

    /**
     * @param warmUp         the work, run once
     * @param onItsOwnThread starts a task on a thread of its own (tests may run it where they stand)
     */
    PlanWriterWarmUp(Runnable warmUp, Consumer<Runnable> onItsOwnThread) {
        this.warmUp = warmUp;
        this.onItsOwnThread = onItsOwnThread;
    }

    /** The application's: {@link ChildAndFamilyPlan#warmUp} on a daemon thread of the lowest priority. */
    static PlanWriterWarmUp ofThePlanWriter() {
        return new PlanWriterWarmUp(ChildAndFamilyPlan::warmUp, task -> Thread.ofPlatform().name("plan-writer-warm-up").daemon()
                .priority(Thread.MIN_PRIORITY).start(task));
    }

    /** Warms nothing: for a feature built by hand in tests and tools, as before the warm-up was wired. */
    static PlanWriterWarmUp none() {
        return new PlanWriterWarmUp(() -> { }, task -> { });
    }

    /** Starts the warm-up once {@code quiet} has passed, unless a mapping has started it before. */
    void startAfter(Duration quiet) {
        Thread.ofVirtual().name("plan-writer-warm-up-timer").start(() -> {
            try {
                Thread.sleep(quiet);
                start();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    /** A mapping has begun and its first reply is made: its plan is far off, so the warm-up starts now if it has not. */
    void mappingStarted() {
        start();
    }

    boolean started() {
        return started.get();
    }

    private void start() {
        if (started.compareAndSet(false, true)) {
            onItsOwnThread.accept(warmUp);
        }
    }
}
