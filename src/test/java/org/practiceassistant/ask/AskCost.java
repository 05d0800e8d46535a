package org.practiceassistant.ask;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What answering costs per question in process, uncached, with the real model ranking by meaning (for the speed
 * benchmark): the wall-clock time and the CPU time of the answering thread. On a machine others keep busy the
 * wall-clock p99 mostly measures waiting for a core; the CPU time is the work the question itself takes.
 */
public final class AskCost {

    private AskCost() {}

    public static String report(List<String> questions) {
        AskProperties properties = AskFixtures.properties(Map.of("cache.maximum-size", "0"));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            LuceneAskService service = AskFixtures.realService(index, properties);
            for (int warm = 0; warm < 2; warm++) {
                questions.forEach(question -> service.ask(question, 3));
            }
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            for (int pass = 0; pass < 2; pass++) {
                for (String question : questions) {
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    service.ask(question, 3);
                    wall.add((System.nanoTime() - start) / 1e6);
                    cpu.add((threads.getCurrentThreadCpuTime() - cpuStart) / 1e6);
                }
            }
            return String.format(Locale.ROOT, "answering in process, uncached (%d answers: %d questions, twins included, twice): wall p50 %.2f ms,"
                    + " p99 %.2f ms; CPU time of the answering thread p50 %.2f ms, p99 %.2f ms",
                    wall.size(), questions.size(), percentile(wall, 50), percentile(wall, 99), percentile(cpu, 50), percentile(cpu, 99));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
