package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * How the not-found threshold ({@code assistant.ask.answers.min-confidence}) is calibrated: the
 * confidence of the best passage for every in-scope and out-of-scope question, and the lowest
 * threshold that rejects every out-of-scope question, with the in-scope questions it would lose.
 */
public final class AskCalibration {

    private AskCalibration() {}

    /** Prints the calibration for the real pack and the given questions. */
    public static String report(List<String> inScope, List<String> outOfScope) {
        AskProperties properties = AskFixtures.defaults();
        try (PassageIndex index = AskFixtures.realIndex(properties)) {
            List<Double> in = best(index, inScope);
            List<Double> out = best(index, outOfScope);
            double highestOut = out.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double threshold = Math.ceil(highestOut * 10 + 1e-9) / 10;
            long lost = in.stream().filter(confidence -> confidence < threshold).count();
            return String.format(Locale.ROOT,
                    "calibration: best-passage confidence, out-of-scope max %.2f; in-scope lowest %s%n"
                            + "calibration: lowest threshold rejecting all out-of-scope = %.1f (configured %.1f),"
                            + " in-scope it would reject: %d/%d",
                    highestOut, in.stream().sorted().limit(8).map(c -> String.format(Locale.ROOT, "%.2f", c)).toList(),
                    threshold, properties.answers().minConfidence(), lost, in.size());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<Double> best(PassageIndex index, List<String> questions) {
        List<Double> confidences = new ArrayList<>();
        for (String question : questions) {
            confidences.add(index.search(question, 1).stream().max(Comparator.comparingDouble(Hit::confidence))
                    .map(Hit::confidence).orElse(0.0));
        }
        return confidences;
    }
}
