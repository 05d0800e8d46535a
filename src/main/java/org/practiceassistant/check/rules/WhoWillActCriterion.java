package org.practiceassistant.check.rules;

import java.util.List;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;

/** A safety goal names the family or network members who will act, not only professionals or "the family". */
final class WhoWillActCriterion extends Criterion<AnalysedText> {

    WhoWillActCriterion() {
        super(CriterionId.WHO_WILL_ACT, Sources.GLOSSARY_FAMILY_NETWORK);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        List<GoalClauses.Clause> clauses = GoalClauses.of(text);
        for (GoalClauses.Clause clause : clauses) {
            if (!clause.professional() && !onlyUsesAService(text, clause) && !comesAcross(text, clause) && !servedByOthers(text, clause) && (clause.familyRole() || !isChildExperience(text, clause))
                    && !GoalClauses.isNamedPersonsState(clause)) {
                return pass(quoted(clause.quote(text)));
            }
        }
        String professional = clauses.stream().filter(GoalClauses.Clause::professional).findFirst()
                .map(c -> quoted(c.quote(text))).orElse("");
        return fail(professional, "Name the family and network members who will act, for example "
                + "\"Kelly, Gran (Pat) and Aunt Sue will...\"; professionals' tasks belong in the plan, not the goal.");
    }

    /*
     * "YP to engage with PA": a young person named only as "YP" who is to take up a service is how the service records its
     * own aim, which the readers do not count as the young person acting; "YP to maintain tenancy" is their own doing.
     * A parent's "Mum will attend the course" still names her acting (the readers pass it), so this is the young person's only.
     */
    private static boolean onlyUsesAService(AnalysedText text, GoalClauses.Clause clause) {
        if (!GoalClauses.namesAYoungPerson(text, clause)) {
            return false;
        }
        int next = clause.verbEnd();
        // "YP will maintain placement stability": keeping up what the service arranges is its aim too.
        return clause.action() == GoalClauses.Action.SERVICE || clause.action() == GoalClauses.Action.VAGUE
                && next < text.tokens().size() && SERVICE_ARRANGEMENTS.contains(text.tokens().get(next).stem());
    }

    /* What the service arranges for a young person in care, not what they keep up themselves (their tenancy, their flat). */
    private static final java.util.Set<String> SERVICE_ARRANGEMENTS = WordLists.stems("placement", "placements", "pathway");

    private static final java.util.Set<String> PRESENT = WordLists.stems("present", "presents");

    /*
     * "Josh to present as emotionally regulated in school": how someone comes across to professionals, which the readers do
     * not count as the person acting (blind9); what others see of it is for observable behaviour to judge.
     */
    private static boolean comesAcross(AnalysedText text, GoalClauses.Clause clause) {
        return PRESENT.contains(text.tokens().get(clause.verbToken()).stem());
    }

    /* "Jayden will be supported to ...": someone others will act for, not someone who acts. */
    private static boolean servedByOthers(AnalysedText text, GoalClauses.Clause clause) {
        int verb = clause.verbToken();
        return verb > 0 && text.tokens().get(verb - 1).stem().equals("be") && (WordLists.SERVICE_PASSIVES.contains(text.tokens().get(verb).stem())
                || doneBySomeoneElse(text, verb));
    }

    /* "contact with birth father to be supervised by FCW": after "be", a verb and then "by" names who does it to them. */
    private static boolean doneBySomeoneElse(AnalysedText text, int verb) {
        int next = verb + 1;
        return next < text.tokens().size() && text.tokens().get(next).sentence() == text.tokens().get(verb).sentence()
                && text.tokens().get(next).stem().equals("by");
    }

    /* "Jack will be safe": a named child's experience, not an adult acting. */
    private static boolean isChildExperience(AnalysedText text, GoalClauses.Clause clause) {
        String verb = text.tokens().get(clause.verbToken()).stem();
        return WordLists.EXPERIENCE_VERBS.contains(verb) && WordLists.OBSERVABLE_ACTIONS.at(text, clause.verbToken())
                .map(m -> m.endToken() - m.firstToken() == 1).orElse(true);
    }
}
