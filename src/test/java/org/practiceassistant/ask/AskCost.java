package org.practiceassistant.ask;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What answering costs per question in process, uncached, with the real model ranking by meaning (for the speed
 * benchmark and {@code AskTuningReport cost}): the wall-clock time, and what load on a shared machine does not
 * distort: the CPU time and the bytes allocated, of the answering thread and of it together with the thread that
 * embeds the question beside it. On a machine others keep busy the wall-clock p99 mostly measures waiting for a core;
 * the CPU time is the work the question itself takes, and the bytes allocated are what it leaves the collector.
 *
 * <p>2026-12-07, 8,506 questions (every split, in and out of scope, and their typo twins), one warm-up and one timed
 * pass, JDK 25, load average 11-16 on 2 cores: answering thread CPU p50 2.03 / p99 4.95 ms before the speed work and
 * 1.75 / 4.39 ms after; with the embedding thread 7.04 / 12.52 ms and 6.43 / 11.12 ms; allocated 1,912 / 5,165 KB
 * and 1,699 / 4,889 KB. What is left, by JFR: Lucene's term lookups in the ranked search and again in the coverage
 * pass ({@code PassageIndex.matchedWeights}), a third of the answering thread's CPU and most of its garbage; the
 * spell checker's automata for unknown words; and, on the embedding thread, the model itself (ONNX Runtime, native)
 * then the sweep over the 3,739 vectors. After the terms were looked up once for the search, the concepts' weights and the
 * coverage pass ({@link SharedTermLookups}) and the spelling step was skipped for questions already not covered as typed
 * (8,946 answers, blind19 included, load 17-23, not back to back): allocated p50 1,694 -> 1,341 KB and p99 4,865 -> 4,522 KB
 * (what load does not move); answering thread CPU p99 5.83 -> 5.17 ms and with the embedding thread 14.15 -> 13.32 ms
 * (the p50s, 1.75 -> 1.92 and 6.32 -> 7.45 ms, say how much the load moved both); every answer the same.
 * With the question embedded by {@link QuestionEncoder} (2026-12-08, 8,946 answers, load 9-10, every answer the same):
 * answering thread CPU p50 1.73 / p99 4.29 ms, with the embedding thread 6.36 / 11.13 ms, allocated 1,342 / 4,520 KB and
 * with the embedding thread 1,404 / 4,596 KB: the embedding thread allocates about 62-76 KB a question, and its CPU is
 * the model's (about 2-2.7 ms a question whatever its length, and 0.13 ms a token: {@link SentenceEmbedder#load()}).
 */
public final class AskCost {

    private AskCost() {}

    public static String report(List<String> questions) {
        AskProperties properties = AskFixtures.properties(Map.of("cache.maximum-size", "0"));
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            LuceneAskService service = AskFixtures.realService(index, properties);
            for (int warm = 0; warm < Integer.getInteger("ask.cost.warmups", 1); warm++) {
                questions.forEach(question -> service.ask(question, 3));
            }
            // The threads that embed questions beside the word search (LuceneAskService's pool), all started by now.
            long[] embedding = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("ask-meaning-")).mapToLong(Thread::threadId).toArray();
            long self = Thread.currentThread().threadId();
            List<Double> wall = new ArrayList<>();
            List<Double> cpu = new ArrayList<>();
            List<Double> cpuWithEmbedding = new ArrayList<>();
            List<Double> allocated = new ArrayList<>();
            List<Double> allocatedWithEmbedding = new ArrayList<>();
            for (int pass = 0; pass < Integer.getInteger("ask.cost.passes", 1); pass++) {
                for (String question : questions) {
                    long embeddingCpu = sum(threads.getThreadCpuTime(embedding));
                    long embeddingBytes = sum(threads.getThreadAllocatedBytes(embedding));
                    long bytes = threads.getThreadAllocatedBytes(self);
                    long cpuStart = threads.getCurrentThreadCpuTime();
                    long start = System.nanoTime();
                    service.ask(question, 3);
                    wall.add((System.nanoTime() - start) / 1e6);
                    double ownCpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                    double ownBytes = (threads.getThreadAllocatedBytes(self) - bytes) / 1024.0;
                    cpu.add(ownCpu);
                    allocated.add(ownBytes);
                    cpuWithEmbedding.add(ownCpu + (sum(threads.getThreadCpuTime(embedding)) - embeddingCpu) / 1e6);
                    allocatedWithEmbedding.add(ownBytes + (sum(threads.getThreadAllocatedBytes(embedding)) - embeddingBytes) / 1024.0);
                }
            }
            return String.format(Locale.ROOT, "answering in process, uncached (%d answers: %d questions, twins included, timed %d times after %d warm-ups):%n"
                    + "  wall                                   p50 %8.2f ms, p99 %8.2f ms%n"
                    + "  CPU, answering thread                  p50 %8.2f ms, p99 %8.2f ms%n"
                    + "  CPU, answering + embedding threads     p50 %8.2f ms, p99 %8.2f ms%n"
                    + "  allocated, answering thread            p50 %8.0f KB, p99 %8.0f KB%n"
                    + "  allocated, answering + embedding       p50 %8.0f KB, p99 %8.0f KB",
                    wall.size(), questions.size(), Integer.getInteger("ask.cost.passes", 1),
                    Integer.getInteger("ask.cost.warmups", 1), percentile(wall, 50), percentile(wall, 99), percentile(cpu, 50),
                    percentile(cpu, 99), percentile(cpuWithEmbedding, 50), percentile(cpuWithEmbedding, 99),
                    percentile(allocated, 50), percentile(allocated, 99), percentile(allocatedWithEmbedding, 50),
                    percentile(allocatedWithEmbedding, 99));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += Math.max(0, value);
        }
        return total;
    }

    private static double percentile(List<Double> values, int percentile) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.max(0, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }
}
