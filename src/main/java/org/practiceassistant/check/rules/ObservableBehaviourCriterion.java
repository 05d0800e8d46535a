package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * A safety goal says what the family will be doing that others can see ("Gran will collect Jack from
 * school"), not attending a service ("engage with services", "complete a parenting course") or a vague
 * aim ("be protective").
 */
final class ObservableBehaviourCriterion extends Criterion<AnalysedText> {

    ObservableBehaviourCriterion(Wording wording) {
        super(CriterionId.OBSERVABLE_BEHAVIOUR, wording.definition());
    }

    @Override
    CriterionResult check(AnalysedText text) {
        for (GoalClauses.Clause clause : GoalClauses.of(text)) {
            if (!clause.professional() && !clause.negated() && clause.action() == GoalClauses.Action.OBSERVABLE
                    && !isServiceOrVague(text, clause)) {
                return pass(quoted(clause.quote(text)));
            }
        }
        Optional<Lexicon.Match> weak = WordLists.SERVICE_TASKS.first(text).or(() -> WordLists.VAGUE_AIMS.first(text));
        return fail(weak.map(m -> quoted(Spans.around(text, m, 2, 3))).orElse(""),
                "Describe what the family will be doing day to day that others could see, for example "
                        + "\"Gran will collect Jack from school and stay until Kelly gets home\", not attending services or a vague aim.");
    }

    /* "keep appointments", "make sure she attends": an observable verb wrapped around a service task. */
    private static boolean isServiceOrVague(AnalysedText text, GoalClauses.Clause clause) {
        int to = Math.min(text.tokens().size(), clause.verbEnd() + 3);
        return WordLists.SERVICE_TASKS.first(text, clause.verbToken(), to).isPresent();
    }
}
