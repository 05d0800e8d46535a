package org.practiceassistant.check.rules;

import java.util.List;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.jargon.JargonList;

/** The whole-plan criteria, in their stable order. */
final class PlanCriteria {

    private final List<Criterion<ParsedPlan>> criteria;

    PlanCriteria(JargonList jargon) {
        criteria = List.of(
                new DangerGoalPairsCriterion(),
                new WhoWhatWhenCriterion(),
                new VoiceOfChildCriterion(),
                new BottomLinesCriterion(),
                new ContingencyCriterion(),
                new VisitsAndReviewCriterion(),
                new ScalingCriterion(),
                new NetworkCriterion(),
                new IdentityAndDiversityCriterion(),
                new SharedWithFamilyCriterion(),
                new FamilyDayToDayCriterion(),
                new PlanJargonCriterion(jargon),
                new ManualCriterion(CriterionId.VISITS_MADE, Sources.RUBRIC_CP_VISITS,
                        "Check the case record: has the child been visited as often as this plan says, and seen alone?"),
                new ManualCriterion(CriterionId.CHILD_SEEN_ALONE, Sources.RUBRIC_VOICE_OF_CHILD,
                        "Check the case record: was the child seen alone and helped to give their own views for this plan?"));
    }

    List<CriterionResult> check(ParsedPlan plan, Deadline deadline) {
        return Criterion.checkAll(criteria, plan, deadline);
    }

    List<Criterion<ParsedPlan>> criteria() {
        return criteria;
    }
}
