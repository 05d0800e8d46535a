package org.practiceassistant.ask;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.practiceassistant.knowledge.Passage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The semantic half of Ask, built in the background once the application is serving: loading the
 * model and the passage vectors takes seconds that would otherwise delay readiness. Until it is built
 * (or if it cannot be), Ask answers from words alone; nothing waits for it.
 */
final class SemanticSearch {

    private static final Logger log = LoggerFactory.getLogger(SemanticSearch.class);

    /** Where the semantic half stands, for the health endpoint. */
    enum State { OFF, WARMING, READY, FAILED }

    private final AtomicReference<State> state;
    private volatile SemanticIndex index;

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
    void buildInBackground(List<Passage> passages, PassageVectorCache cache, Runnable whenReady) {
        if (state.get() != State.WARMING) {
            return;
        }
        Thread.ofPlatform().name("ask-semantic-index").daemon().start(() -> {
            long started = System.nanoTime();
            try {
                index = SemanticIndex.build(SentenceEmbedder.load(), passages, cache);
                state.set(State.READY);
                whenReady.run();
                log.info("Ask semantic index ready: {} passages in {} ms", index.size(),
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
            } catch (RuntimeException | LinkageError e) {
                // ONNX Runtime ships native code for the common platforms only; words alone still answer.
                state.set(State.FAILED);
                log.warn("Ask semantic index unavailable, answering by words alone: {}", e.toString());
            }
        });
    }

    State state() {
        return state.get();
    }

    Optional<SemanticIndex> index() {
        return Optional.ofNullable(index);
    }
}
