package org.practiceassistant.check.rules;

import java.util.List;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.text.AnalysedText;

/** The criteria for a single danger statement and for a single safety goal, in their stable order. */
final class StatementCriteria {

    private final List<Criterion<AnalysedText>> dangerStatement;
    private final List<Criterion<AnalysedText>> safetyGoal;

    StatementCriteria(JargonList jargon) {
        dangerStatement = List.of(
                new WhoIsWorriedCriterion(),
                new SpecificBehaviourCriterion(),
                new ImpactOnChildCriterion(),
                new FutureIfNothingChangesCriterion(),
                new JargonFreeCriterion(jargon, Sources.GLOSSARY_DANGER_STATEMENT),
                new OneWorryPerStatementCriterion(),
                new ReadabilityCriterion(Sources.TEMPLATE_GUIDANCE_IMPACT));
        safetyGoal = List.of(
                new WhoWillActCriterion(),
                new ObservableBehaviourCriterion(),
                new ChildOutcomeCriterion(),
                new TimescaleCriterion(),
                new JargonFreeCriterion(jargon, Sources.GLOSSARY_SAFETY_GOAL),
                new SaysWhatWillHappenCriterion(),
                new ReadabilityCriterion(Sources.GLOSSARY_PLAIN_LANGUAGE));
    }

    List<CriterionResult> checkDangerStatement(AnalysedText text, Deadline deadline) {
        return Criterion.checkAll(dangerStatement, text, deadline);
    }

    List<CriterionResult> checkSafetyGoal(AnalysedText text, Deadline deadline) {
        return Criterion.checkAll(safetyGoal, text, deadline);
    }

    List<Criterion<AnalysedText>> dangerStatementCriteria() {
        return dangerStatement;
    }

    List<Criterion<AnalysedText>> safetyGoalCriteria() {
        return safetyGoal;
    }
}
