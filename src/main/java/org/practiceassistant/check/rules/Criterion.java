package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;

/**
 * One rubric criterion: a stable id, the guidance line it comes from, and a deterministic rule that
 * decides it for a draft of type {@code D}, quoting the draft's words as evidence.
 */
abstract class Criterion<D> {

    private final CriterionId id;
    private final String source;

    Criterion(CriterionId id, String source) {
        this.id = Objects.requireNonNull(id);
        this.source = Objects.requireNonNull(source);
    }

    final CriterionId id() {
        return id;
    }

    final String source() {
        return source;
    }

    abstract CriterionResult check(D draft);

    final CriterionResult pass(String evidence) {
        return new CriterionResult(id, CheckStatus.PASS, evidence, "", source);
    }

    final CriterionResult fail(String evidence, String advice) {
        return new CriterionResult(id, CheckStatus.FAIL, evidence, advice, source);
    }

    /** Needs the manager's own judgement: the draft cannot show it, so the rule never guesses. */
    final CriterionResult manual(String advice) {
        return new CriterionResult(id, CheckStatus.MANUAL, "", advice, source);
    }

    final CriterionResult notApplicable(String why) {
        return new CriterionResult(id, CheckStatus.NOT_APPLICABLE, "", why, source);
    }

    /** Every criterion on {@code draft}, in order, stopping with {@link org.practiceassistant.check.CheckTimedOut} when time is up. */
    static <D> List<CriterionResult> checkAll(List<? extends Criterion<D>> criteria, D draft, Deadline deadline) {
        List<CriterionResult> results = new ArrayList<>(criteria.size());
        for (Criterion<D> criterion : criteria) {
            deadline.check();
            results.add(criterion.check(draft));
        }
        return List.copyOf(results);
    }

    /**
     * The draft's words in quotation marks, once: words the draft itself quoted ("he said "I hate you"") keep their own
     * marks as single ones inside ours, and words that are wholly one quote of the draft's are shown in its marks alone,
     * so the card never shows ""...".
     */
    static String quoted(String words) {
        String w = words.strip();
        if (w.length() >= 2 && isDoubleQuote(w.charAt(0)) && isDoubleQuote(w.charAt(w.length() - 1))
                && countDoubleQuotes(w) == 2) {
            return "\"" + w.substring(1, w.length() - 1) + "\"";
        }
        StringBuilder out = new StringBuilder(words.length() + 2).append('"');
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            out.append(isDoubleQuote(c) ? '\'' : c);
        }
        return out.append('"').toString();
    }

    private static boolean isDoubleQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    private static int countDoubleQuotes(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            n += isDoubleQuote(s.charAt(i)) ? 1 : 0;
        }
        return n;
    }
}
