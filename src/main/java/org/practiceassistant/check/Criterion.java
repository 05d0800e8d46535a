package org.practiceassistant.check;

import java.util.Objects;

/**
 * One rubric criterion: a stable id, the guidance line it comes from, and a deterministic rule that
 * decides it for a draft of type {@code D}, quoting the draft's words as evidence.
 */
abstract class Criterion<D> {

    private final String id;
    private final String source;

    Criterion(String id, String source) {
        this.id = Objects.requireNonNull(id);
        this.source = Objects.requireNonNull(source);
    }

    final String id() {
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

    static String quoted(String words) {
        return "\"" + words + "\"";
    }
}
