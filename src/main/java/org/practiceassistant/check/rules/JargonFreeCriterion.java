package org.practiceassistant.check.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.jargon.JargonMatch;
import org.practiceassistant.check.text.AnalysedText;

/** No professional jargon or acronyms: the family must understand every word. */
final class JargonFreeCriterion extends Criterion<AnalysedText> {

    private final JargonList jargon;

    JargonFreeCriterion(JargonList jargon, String source) {
        super(CriterionId.JARGON_FREE, source);
        this.jargon = jargon;
    }

    @Override
    CriterionResult check(AnalysedText text) {
        List<JargonMatch> found = jargon.find(text).stream()
                .filter(m -> !(m.entry().own() && (afterPossessive(text.text(), m.start()) || afterName(text.text(), m.start(), m.end()))))
                .toList();
        if (found.isEmpty()) {
            return pass("");
        }
        String evidence = found.stream().map(m -> quoted(m.found())).distinct().collect(Collectors.joining(", "));
        String advice = found.stream().map(m -> "instead of " + quoted(m.found()) + ": " + m.entry().plain())
                .distinct().collect(Collectors.joining("; "));
        return fail(evidence, "Use words the family would use; " + advice + ".");
    }

    /* "Paul (IRO)": the role's letters in brackets after the name the family knows that person by. */
    static boolean afterName(String text, int start, int end) {
        if (start < 3 || end >= text.length() || text.charAt(start - 1) != '(' || text.charAt(end) != ')' || text.charAt(start - 2) != ' ') {
            return false;
        }
        int wordEnd = start - 2;
        int from = wordEnd;
        while (from > 0 && Character.isLetter(text.charAt(from - 1))) {
            from--;
        }
        String word = text.substring(from, wordEnd);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !word.equals(word.toUpperCase(java.util.Locale.ROOT));
    }

    private static final java.util.Set<String> POSSESSIVES = java.util.Set.of("his", "her", "their", "my", "your", "our");

    /* "her GP", "the family's GP": the word before is a possessive, read back to the previous space only. */
    static boolean afterPossessive(String text, int start) {
        int end = start;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        int from = end;
        while (from > 0 && Character.isLetter(text.charAt(from - 1)) || from > 0 && text.charAt(from - 1) == '\'') {
            from--;
        }
        String word = text.substring(from, end).toLowerCase(java.util.Locale.ROOT);
        return end < start && (POSSESSIVES.contains(word) || word.endsWith("'s"));
    }
}
