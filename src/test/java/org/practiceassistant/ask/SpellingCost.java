package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** What the spelling step costs per question, in process, over a list of questions (for the benchmark). */
public final class SpellingCost {

    private SpellingCost() {}

    public static String report(List<String> questions) {
        QuestionSpelling spelling = AskFixtures.spelling();
        for (int warm = 0; warm < 5; warm++) {
            questions.forEach(spelling::correct);
        }
        List<Double> micros = new ArrayList<>(questions.size() * 3);
        for (int pass = 0; pass < 3; pass++) {
            for (String question : questions) {
                long started = System.nanoTime();
                spelling.correct(question);
                micros.add((System.nanoTime() - started) / 1e3);
            }
        }
        List<Double> sorted = micros.stream().sorted().toList();
        return String.format(Locale.ROOT, "spelling step in process (%d questions, twins included): p50 %.3f ms, p99 %.3f ms",
                sorted.size(), sorted.get(sorted.size() / 2) / 1000, sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1) / 1000);
    }
}
