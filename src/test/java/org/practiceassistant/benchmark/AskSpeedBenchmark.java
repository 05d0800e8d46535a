package org.practiceassistant.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.practiceassistant.ask.AskQualitySet;
import org.practiceassistant.ask.SpellingCost;
import org.practiceassistant.ask.TypoTwins;

/**
 * Ask's speed, printed (no quality figure, so it can be run as often as needed without reading any split's
 * answers): how soon the application answers and ranks by meaning after it is launched with the passage-vector
 * cache warm; the p50 / p99 of POST /api/ask over every question of every split and every typo twin, as the
 * client sees it and as Tomcat timed it inside the application; and the spelling step's cost per question.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark test -Dtest=AskSpeedBenchmark}. On a busy machine the whole run takes half an
 * hour or more; {@code -Dask.speed.every=3 -Dask.speed.warmups=3} asks every third question only and warms up three times
 * (the figures say so), for comparing two builds back to back in minutes.
 */
class AskSpeedBenchmark {

    @Test
    void printFigures() throws Exception {
        AskQualitySet set = AskQualitySet.load();
        // A first start makes sure the passage vectors of this pack are in the cache (it embeds them when not).
        try (AskApplication first = AskApplication.start()) {
            first.waitUntilAnswering();
            first.waitUntilRankingByMeaning();
        }
        double loadAtLaunch = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        try (AskApplication app = AskApplication.start()) {
            double readyMs = app.waitUntilAnswering();
            double meaningMs = app.waitUntilRankingByMeaning();
            String semanticLog = app.semanticIndexLogLine();

            List<String> asked = new ArrayList<>();
            set.questions().forEach(question -> asked.add(question.q()));
            asked.addAll(set.allOutOfScope());
            // The twins are timed too: misspelt questions take the spelling step's slower path.
            List<String> twins = new ArrayList<>(TypoTwins.of(set.questions(), TypoTwins.SEED).stream()
                    .map(AskQualitySet.Question::q).toList());
            twins.addAll(TypoTwins.ofTexts(set.allOutOfScope(), TypoTwins.SEED));
            int every = Integer.getInteger("ask.speed.every", 1);
            List<String> originals = everyNth(asked, every);
            twins = everyNth(twins, every);
            List<String> all = new ArrayList<>(originals);
            all.addAll(twins);
            // Warm up with limits 1-3 and 7-10, then time limits 4 to 6: the same retrieval work, never a cached
            // answer. Seven passes, as the JIT compiler was still busy on one of the two cores after two; three
            // timed passes, as one pass's p99 is its slowest few questions.
            int[] warmUpLimits = {1, 2, 3, 7, 8, 9, 10};
            for (int limit : java.util.Arrays.copyOf(warmUpLimits, Math.min(warmUpLimits.length,
                    Integer.getInteger("ask.speed.warmups", warmUpLimits.length)))) {
                for (String question : all) {
                    app.exchange(question, limit, "-");
                }
            }
            List<Double> uncached = new ArrayList<>();
            for (int limit = 4; limit <= 6; limit++) {
                uncached.addAll(app.time(originals, limit, "uncached-originals"));
                uncached.addAll(app.time(twins, limit, "uncached-twins"));
            }
            List<Double> cached = app.time(all, 4, "cached");
            Map<String, List<Double>> serverTimes = app.serverTimes("cached", all.size());
            List<Double> serverUncached = new ArrayList<>(serverTimes.getOrDefault("uncached-originals", List.of()));
            serverUncached.addAll(serverTimes.getOrDefault("uncached-twins", List.of()));

            System.out.println();
            System.out.println("==== Ask speed benchmark ====");
            System.out.printf(Locale.ROOT, "one question in %d of every split and twin, %d warm-up passes%n", every,
                    Math.min(warmUpLimits.length, Integer.getInteger("ask.speed.warmups", warmUpLimits.length)));
            System.out.printf(Locale.ROOT, "processors %d, load average at launch %.1f, at the end %.1f%n",
                    Runtime.getRuntime().availableProcessors(), loadAtLaunch,
                    java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.printf(Locale.ROOT, "time to ready (launch to first answer): %.0f ms%n", readyMs);
            System.out.printf(Locale.ROOT, "time to ranking by meaning too, passage vectors cached (launch to health UP): %.0f ms"
                    + " (%.0f ms after the first answer)%n", meaningMs, meaningMs - readyMs);
            System.out.println("application log: " + semanticLog);
            System.out.println(SpellingCost.report(all));
            System.out.println(org.practiceassistant.ask.AskCost.report(all));
            System.out.printf(Locale.ROOT, "latency /api/ask over HTTP, uncached: p50 %.2f ms, p99 %.2f ms (%d requests, %d questions"
                    + " of every split and their typo twins, three passes)%n",
                    AskApplication.percentile(uncached, 50), AskApplication.percentile(uncached, 99), uncached.size(), all.size());
            System.out.printf(Locale.ROOT, "latency /api/ask over HTTP, cached:   p50 %.2f ms, p99 %.2f ms%n",
                    AskApplication.percentile(cached, 50), AskApplication.percentile(cached, 99));
            // As Tomcat timed them, from request read to response written: the application's own share, without
            // the client (which shares the two cores with it) and the loopback hops.
            System.out.printf(Locale.ROOT, "latency /api/ask inside the application, uncached, every split and twin: p50 %.2f ms,"
                    + " p99 %.2f ms (%d)%n", AskApplication.percentile(serverUncached, 50),
                    AskApplication.percentile(serverUncached, 99), serverUncached.size());
            serverTimes.forEach((pass, times) -> System.out.printf(Locale.ROOT,
                    "latency /api/ask inside the application, %s: p50 %.2f ms, p99 %.2f ms (%d)%n",
                    pass, AskApplication.percentile(times, 50), AskApplication.percentile(times, 99), times.size()));
        }
    }

    private static List<String> everyNth(List<String> questions, int every) {
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < questions.size(); i += Math.max(1, every)) {
            kept.add(questions.get(i));
        }
        return kept;
    }
}
