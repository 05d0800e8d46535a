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

    static String quoted(String words) {
        return "\"" + words + "\"";
    }
}
