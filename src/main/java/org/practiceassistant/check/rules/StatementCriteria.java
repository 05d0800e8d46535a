package org.practiceassistant.check.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.text.AnalysedText;

/**
 * The criteria for a single statement (danger or worry) and a single goal (safety, wellbeing or
 * success), in their stable order. Every statement kind has the same criteria, and every goal kind;
 * only the wording and sources follow the kind (see {@link Wording}).
 */
final class StatementCriteria {

    private final Map<DraftKind, List<Criterion<AnalysedText>>> byKind = new EnumMap<>(DraftKind.class);

    StatementCriteria(JargonList jargon) {
        for (DraftKind kind : DraftKind.values()) {
            if (kind.isStatement()) {
                byKind.put(kind, statement(jargon, Wording.of(kind)));
            } else if (kind.isGoal()) {
                byKind.put(kind, goal(jargon, Wording.of(kind)));
            }
        }
    }

    private static List<Criterion<AnalysedText>> statement(JargonList jargon, Wording wording) {
        return List.of(
                new WhoIsWorriedCriterion(wording),
                new SpecificBehaviourCriterion(),
                new ImpactOnChildCriterion(wording),
                new FutureIfNothingChangesCriterion(),
                new JargonFreeCriterion(jargon, wording.definition()),
                new OneWorryPerStatementCriterion(wording),
                new ReadabilityCriterion(Sources.TEMPLATE_GUIDANCE_IMPACT));
    }

    private static List<Criterion<AnalysedText>> goal(JargonList jargon, Wording wording) {
        return List.of(
                new WhoWillActCriterion(),
                new ObservableBehaviourCriterion(wording),
                new ChildOutcomeCriterion(wording),
                new TimescaleCriterion(),
                new JargonFreeCriterion(jargon, wording.definition()),
                new SaysWhatWillHappenCriterion(wording),
                new ReadabilityCriterion(Sources.GLOSSARY_PLAIN_LANGUAGE));
    }

    /** Every criterion for a statement or goal of {@code kind}, in order. */
    List<CriterionResult> check(DraftKind kind, AnalysedText text, Deadline deadline) {
        return Criterion.checkAll(criteria(kind), text, deadline);
    }

    List<Criterion<AnalysedText>> criteria(DraftKind kind) {
        List<Criterion<AnalysedText>> criteria = byKind.get(kind);
        if (criteria == null) {
            throw new IllegalArgumentException("a " + kind.term() + " is not a single statement or goal");
        }
        return criteria;
    }
}
