package org.practiceassistant.check;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Texts built to make a checker slow: one letter repeated, one heading repeated, Markdown bold markers,
 * list markers. Used by CheckSpeedTest (checked to the end) and CheckBenchmark (timed).
 */
public final class PathologicalTexts {

    private PathologicalTexts() {}

    /** Each pathological text cut to {@code length} characters, by name. */
    public static Map<String, String> ofLength(int length) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("one letter", repeat("a", length));
        texts.put("\"Danger statement: \" repeated", repeat("Danger statement: ", length));
        texts.put("\"**\" repeated", repeat("**", length));
        texts.put("\"- \" repeated", repeat("- ", length));
        texts.put("words, no full stop", repeat("Mum said she will take Jack to school and we are worried ", length));
        texts.put("one word per line", repeat("Gran\n", length));
        // Conditions with no comma: a search for the comma after "If" must stop at the sentence's end, not run on to the text's.
        texts.put("conditions, no comma", repeat("If Mum is late again Gran will come. ", length));
        // The eighth round's readings: scores one to a line, boxed one-cell table rows each under its rule, people with an
        // aside before their "will" that never ends.
        texts.put("a score per line", repeat("Mum 3\n", length));
        texts.put("boxed rows", repeat("| a |\n|---|\n", length));
        texts.put("asides, no will", repeat("Kerry and Jordan, with the help of Linda ", length));
        return texts;
    }

    private static String repeat(String unit, int length) {
        return unit.repeat(length / unit.length() + 1).substring(0, length);
    }
}
