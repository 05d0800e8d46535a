package org.practiceassistant.benchmark;

import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.knowledge.KnowledgePackLoader;

/** How long loading and validating the shipped knowledge pack takes: the first load in a JVM, then warm. */
class KnowledgePackLoadBenchmark {

    private static final int RUNS = 20;

    @Test
    void loadTime() {
        var loader = new KnowledgePackLoader();
        long first = System.nanoTime();
        KnowledgePack pack = loader.load(Path.of("knowledge"));
        double firstMillis = (System.nanoTime() - first) / 1e6;
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            loader.load(Path.of("knowledge"));
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("Knowledge pack load (%d passages): first %.0f ms; warm p50 %.1f ms, max %.1f ms over %d runs%n",
                pack.passages().size(), firstMillis, millis[RUNS / 2], millis[RUNS - 1], RUNS);
    }
}
