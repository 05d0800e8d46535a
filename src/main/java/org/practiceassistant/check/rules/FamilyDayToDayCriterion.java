package org.practiceassistant.check.rules;

import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;

/** The plan says what the family and network will do day to day, not only what professionals will do. */
final class FamilyDayToDayCriterion extends Criterion<ParsedPlan> {

    FamilyDayToDayCriterion() {
        super(CriterionId.FAMILY_DAY_TO_DAY, Sources.HANDBOOK_PLANS_JARGON_FREE);
    }

    /*
     * What a family member does day to day, not a service they may be sent to ("Early Help if needed") or
     * something left to a need that may never come ("as needed").
     */
    private static boolean isDayToDay(String what) {
        AnalysedText text = AnalysedText.of(what);
        boolean service = WordLists.SERVICE_TASKS.first(text).isPresent() || WordLists.VAGUE_AIMS.first(text).isPresent();
        boolean onlyIfNeeded = Timescales.findVague(what).isPresent();
        return !service && !onlyIfNeeded;
    }

    private static final java.util.Set<String> MODALS = WordLists.stems("will", "to", "must", "shall", "'ll", "going");

    /*
     * "Nan Carol will take Maisie to school": someone who will do it. Not "Wayne moved in over the summer" (what
     * happened) nor a child the plan is about ("Ava to be weighed").
     */
    private static boolean willDo(ParsedPlan plan, GoalClauses.Clause clause) {
        AnalysedText text = plan.text();
        AnalysedText.Token actor = text.tokens().get(clause.actorToken());
        String name = text.text().substring(actor.start(), actor.end());
        return !plan.childNames().contains(name) && Spans.anyStemIn(text, clause.actorToken() + 1, clause.verbToken(), MODALS);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        for (PlanAction action : plan.actions()) {
            if (action.who().isBlank()) {
                continue;
            }
            AnalysedText who = AnalysedText.of(action.who());
            boolean family = WordLists.FAMILY.first(who).isPresent()
                    || (Spans.firstPerson(who, 0, who.wordCount()).isPresent() && WordLists.PROFESSIONALS.first(who).isEmpty());
            if (family && isDayToDay(action.what())) {
                return pass(quoted(action.whole()));
            }
        }
        for (GoalClauses.Clause clause : GoalClauses.of(plan.text())) {
            if (!clause.professional() && !clause.negated() && clause.action() == GoalClauses.Action.OBSERVABLE
                    && willDo(plan, clause)) {
                return pass(quoted(clause.quote(plan.text())));
            }
        }
        return fail("", "Say what the family and their network will do day to day to keep the child safe, "
                + "not only what professionals will do.");
    }
}
