package org.practiceassistant.ask;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * How the two not-found bars are calibrated ({@code assistant.ask.answers.min-confidence} for words,
 * {@code min-similarity} for meaning): for every in-scope and out-of-scope question, the best word
 * confidence and the best similarity among the candidates, and the lowest bars that reject every
 * out-of-scope question, with the in-scope questions they would lose.
 */
public final class AskCalibration {

    private AskCalibration() {}

    /** Prints the calibration for the real pack and the given questions. */
    public static String report(List<String> inScope, List<String> outOfScope) {
        AskProperties properties = AskFixtures.defaults();
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            LuceneAskService service = AskFixtures.realService(index, properties);
            List<List<Hit>> in = inScope.stream().map(question -> service.candidates(question, 3)).toList();
            List<List<Hit>> out = outOfScope.stream().map(question -> service.candidates(question, 3)).toList();
            double confidenceBar = Math.ceil(highest(out, Hit::confidence) * 10 + 1e-9) / 10;
            double similarityBar = Math.ceil(highest(out, Hit::similarity) * 20 + 1e-9) / 20;
            long lost = in.stream().filter(hits -> best(hits, Hit::confidence) < confidenceBar
                    && best(hits, Hit::similarity) < similarityBar).count();
            return String.format(Locale.ROOT,
                    "calibration: out-of-scope highest word confidence %.2f, highest similarity %.3f%n"
                            + "calibration: bars rejecting all out-of-scope: confidence %.1f (configured %.1f),"
                            + " similarity %.2f (configured %.2f); in-scope below both: %d/%d",
                    highest(out, Hit::confidence), highest(out, Hit::similarity),
                    confidenceBar, properties.answers().minConfidence(),
                    similarityBar, properties.answers().minSimilarity(), lost, in.size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Top-1 and top-3 on every in-scope question for meaning weights around the configured one, in
     * process: shows whether the weight sits on a plateau or a peak.
     */
    public static String weights(AskQualitySet set) {
        AskProperties configured = AskFixtures.defaults();
        List<AskQualitySet.Question> tuning = set.questions().stream()
                .filter(question -> TUNING.contains(question.split())).toList();
        StringBuilder report = new StringBuilder("meaning weight (configured " + configured.semantic().weight()
                + "), tuning splits only (" + String.join(", ", TUNING) + "):");
        for (double weight = 0.35; weight <= 0.751; weight += 0.1) {
            AskProperties properties = AskFixtures.properties(java.util.Map.of("semantic.weight", String.valueOf(weight)));
            try (PassageIndex index = AskFixtures.realIndex(properties)) {
                LuceneAskService service = AskFixtures.realService(index, properties);
                // The blind splits stay out: a weight chosen by looking at them would make them more tuning sets.
                AskQualitySet.Figures figures = AskQualitySet.evaluate(question -> service.ask(question, 3), tuning,
                        List.of());
                report.append(String.format(Locale.ROOT, "%n  %.2f: top-1 %.1f%%, top-3 %.1f%%", weight,
                        100 * figures.top1Rate(), 100 * figures.top3Rate()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return report.toString();
    }

    /** The splits the meaning weight may be chosen on. */
    private static final List<String> TUNING = List.of("tune", "heldout", AskQualitySet.TEAMS_TUNE, AskQualitySet.TEAMS_TUNE2);

    private static double best(List<Hit> hits, ToDoubleFunction<Hit> value) {
        return hits.stream().mapToDouble(value).max().orElse(0);
    }

    private static double highest(List<List<Hit>> questions, ToDoubleFunction<Hit> value) {
        return questions.stream().mapToDouble(hits -> best(hits, value)).max().orElse(0);
    }
}
