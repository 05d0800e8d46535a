package org.practiceassistant.check.rules;

import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;

/** Something the rubric asks that a written plan cannot show (visits made, the child seen alone): always the manager's call. */
final class ManualCriterion extends Criterion<ParsedPlan> {

    private final String advice;

    ManualCriterion(CriterionId id, String source, String advice) {
        super(id, source);
        this.advice = advice;
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        return manual(advice);
    }
}
