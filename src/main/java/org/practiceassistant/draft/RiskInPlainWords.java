package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * "risk of placement breakdown, possible resi": a fear written as the name of a risk, in the words of the service, says
 * nothing a family would read as what could happen to their child, and Check fails it (impact on the child, what could
 * happen). With one child, a fear that opens by naming one of a few risks the services name this way is said as what
 * could happen to the child, in everyday words ("Kai could have to move home again, possible resi"); the rest of the
 * answer is kept as typed. Only these names, whose meaning is the same in every case: no new fact is added.
 */
final class RiskInPlainWords {

    private RiskInPlainWords() {}

    /** How the worker opens the fear before the risk's name. */
    private static final List<String> OPENINGS = List.of("high risk of ", "at risk of ", "a risk of ", "the risk of ",
            "risk of ", "risks of ");

    /** A risk's name, and what it means will happen to the child, said after "could". Longest names first where one opens another. */
    private static final List<Map.Entry<String, String>> RISKS = List.of(
            Map.entry("placement breakdown", "have to move home again"),
            Map.entry("placement breaking down", "have to move home again"),
            Map.entry("the placement breaking down", "have to move home again"),
            Map.entry("sexual exploitation", "be sexually exploited"),
            Map.entry("criminal exploitation", "be drawn into crime by people who use children"),
            Map.entry("exploitation", "be exploited"),
            Map.entry("grooming", "be groomed"),
            Map.entry("homelessness", "become homeless"),
            Map.entry("going missing", "go missing"),
            Map.entry("missing episodes", "go missing"),
            Map.entry("school exclusion", "be excluded from school"),
            Map.entry("permanent exclusion", "be excluded from school for good"),
            Map.entry("exclusion", "be excluded from school"));

    /** {@code fear} said as what could happen to the one child, when it opens by naming such a risk; else as typed. */
    static String said(String fear, List<String> children) {
        if (children.size() != 1 || fear == null) {
            return fear;
        }
        String f = fear.strip();
        String lower = f.toLowerCase(Locale.ROOT);
        for (String opening : OPENINGS) {
            if (!lower.startsWith(opening)) {
                continue;
            }
            for (var risk : RISKS) {
                int end = opening.length() + risk.getKey().length();
                if (lower.startsWith(risk.getKey(), opening.length())
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                    return children.getFirst() + " could " + risk.getValue() + f.substring(end);
                }
            }
            return fear;
        }
        return fear;
    }
}
