package org.practiceassistant.check.rules;

import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;

/** The plan says what the family and network will do day to day, not only what professionals will do. */
final class FamilyDayToDayCriterion extends Criterion<ParsedPlan> {

    FamilyDayToDayCriterion() {
        super(CriterionId.FAMILY_DAY_TO_DAY, Sources.HANDBOOK_PLANS_JARGON_FREE);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        for (PlanAction action : plan.actions()) {
            if (action.who().isBlank()) {
                continue;
            }
            AnalysedText who = AnalysedText.of(action.who());
            boolean family = Vocabulary.FAMILY.first(who).isPresent()
                    || (Spans.firstPerson(who, 0, who.wordCount()).isPresent() && Vocabulary.PROFESSIONALS.first(who).isEmpty());
            if (family) {
                return pass(quoted(action.whole()));
            }
        }
        for (GoalClauses.Clause clause : GoalClauses.of(plan.text())) {
            if (!clause.professional() && !clause.negated() && clause.action() == GoalClauses.Action.OBSERVABLE) {
                return pass(quoted(clause.quote(plan.text())));
            }
        }
        return fail("", "Say what the family and their network will do day to day to keep the child safe, "
                + "not only what professionals will do.");
    }
}
