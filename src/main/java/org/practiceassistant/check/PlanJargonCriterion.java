package org.practiceassistant.check;

/** The whole plan is jargon free, as families read it too. */
final class PlanJargonCriterion extends Criterion<ParsedPlan> {

    private final JargonFreeCriterion jargonFree;

    PlanJargonCriterion(JargonList jargon) {
        super("jargon-free", Sources.HANDBOOK_PLANS_JARGON_FREE);
        this.jargonFree = new JargonFreeCriterion(jargon, Sources.HANDBOOK_PLANS_JARGON_FREE);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        return jargonFree.check(plan.text());
    }
}
