package org.practiceassistant.ask;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.practiceassistant.knowledge.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semantic half of Ask, built in the background: loading the model and the passage vectors takes
 * seconds that would otherwise delay readiness. Until it is built (or if it cannot be), Ask answers from
 * words alone; nothing waits for it.
 */
final class SemanticSearch implements AutoCloseable {

    /** How long shutting down waits for the background build to stop between two batches of passages. */
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private static final Logger log = LoggerFactory.getLogger(SemanticSearch.class);

    /** Where the semantic half stands, for the health endpoint. */
    enum State { OFF, WARMING, READY, FAILED }

    private final AtomicReference<State> state;
    private volatile SemanticIndex index;
    private volatile Thread builder;
    /** What {@link #whenReady(Runnable)} was given before the build finished. */
    private final List<Runnable> readyActions = new ArrayList<>();

    private SemanticSearch(State initial) {
        this.state = new AtomicReference<>(initial);
    }

    static SemanticSearch off() {
        return new SemanticSearch(State.OFF);
    }

    static SemanticSearch warming() {
        return new SemanticSearch(State.WARMING);
    }

    /** Already built: for tests and tools that want the whole ranking at once. */
    static SemanticSearch of(SemanticIndex index) {
        SemanticSearch search = new SemanticSearch(State.READY);
        search.index = index;
        return search;
    }

    /** Builds the index over these passages on its own thread, then runs {@code whenReady}. */
    void buildInBackground(List<Passage> passages, Map<String, List<String>> alsoAsked, PassageVectorCache cache,
                           Runnable whenReady) {
        buildInBackground(passages, alsoAsked, List.of(), cache, () -> { }, whenReady);
    }

    /**
     * As {@link #buildInBackground(List, Map, List, PassageVectorCache, Runnable, Runnable)}, with no not-covered topics.
     */
    void buildInBackground(List<Passage> passages, Map<String, List<String>> alsoAsked, PassageVectorCache cache,
                           Runnable beforeEmbedding, Runnable whenReady) {
        buildInBackground(passages, alsoAsked, List.of(), cache, beforeEmbedding, whenReady);
    }

    /**
     * As {@link #buildInBackground(List, Map, PassageVectorCache, Runnable)}, with the topics the pack does not cover,
     * running {@code beforeEmbedding} on the build's thread before it embeds the passages, which it does only when
     * their vectors are not in the cache.
     */
    void buildInBackground(List<Passage> passages, Map<String, List<String>> alsoAsked, List<String> notCoveredTopics,
                           PassageVectorCache cache, Runnable beforeEmbedding, Runnable whenReady) {
        if (state.get() != State.WARMING) {
            return;
        }
        builder = Thread.ofPlatform().name("ask-semantic-index").daemon().start(() -> {
            long started = System.nanoTime();
            try {
                index = SemanticIndex.build(SentenceEmbedder.load(), passages, alsoAsked, notCoveredTopics, cache,
                        beforeEmbedding);
                becomeReady();
                whenReady.run();
                log.info("Ask semantic index ready: {} passages in {} ms (vectors {})", index.size(),
                        Duration.ofNanos(System.nanoTime() - started).toMillis(),
                        index.fromCache() ? "from the cache" : "embedded and cached");
            } catch (SentenceEmbedder.Stopped e) {
                state.set(State.FAILED);
                log.info("Ask semantic index not finished: the application is stopping");
            } catch (RuntimeException | LinkageError e) {
                // ONNX Runtime ships native code for the common platforms only; words alone still answer.
                state.set(State.FAILED);
                log.warn("Ask semantic index unavailable, answering by words alone: {}", e.toString());
            }
        });
    }

    /** Waits until the build started by {@code buildInBackground}, if any, has finished (or failed). */
    void awaitBuild() throws InterruptedException {
        Thread running = builder;
        if (running != null) {
            running.join();
        }
    }

    /**
     * Stops a build still running and waits for it: the JVM must not exit while ONNX Runtime is embedding
     * on another thread, or the native library is torn down under it and the process dies with SIGSEGV
     * (exit 134, an hs_err file, and Maven's [ERROR] block when Ctrl-C stops spring-boot:run early).
     */
    @Override
    public void close() throws InterruptedException {
        Thread running = builder;
        if (running != null && running.isAlive()) {
            running.interrupt();
            running.join(STOP_WAIT);
        }
    }

    /**
     * Runs {@code action} once ranking by meaning is ready: now, on this thread, if it is already, else on the build's
     * thread when it becomes so (never, if it is off or fails). For what is made after the build has started.
     */
    void whenReady(Runnable action) {
        synchronized (readyActions) {
            if (state.get() != State.READY) {
                readyActions.add(action);
                return;
            }
        }
        action.run();
    }

    private void becomeReady() {
        List<Runnable> actions;
        synchronized (readyActions) {
            state.set(State.READY);
            actions = List.copyOf(readyActions);
            readyActions.clear();
        }
        actions.forEach(Runnable::run);
    }

    State state() {
        return state.get();
    }

    Optional<SemanticIndex> index() {
        return Optional.ofNullable(index);
    }
}
