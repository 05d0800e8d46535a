package org.practiceassistant.check.rules;

import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.jargon.JargonList;

/** The whole plan is jargon free, as families read it too. */
final class PlanJargonCriterion extends Criterion<ParsedPlan> {

    private final JargonFreeCriterion jargonFree;

    PlanJargonCriterion(JargonList jargon) {
        super(CriterionId.JARGON_FREE, Sources.HANDBOOK_PLANS_JARGON_FREE);
        this.jargonFree = new JargonFreeCriterion(jargon, Sources.HANDBOOK_PLANS_JARGON_FREE);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        return jargonFree.check(plan.text());
    }
}
