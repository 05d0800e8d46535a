package org.practiceassistant.check.rules;

import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;

/** Every danger statement has its safety goal: the safety plan must address each danger or worry statement. */
final class DangerGoalPairsCriterion extends Criterion<ParsedPlan> {

    DangerGoalPairsCriterion() {
        super(CriterionId.DANGER_GOAL_PAIRS, Sources.GLOSSARY_SAFETY_PLANNING);
    }

    /* "Worries: DV, neglect" is a list of labels, not a statement. */
    private static final int MIN_STATEMENT_WORDS = 6;

    private static boolean isStatement(String item) {
        return PlanParser.wordCount(item) >= MIN_STATEMENT_WORDS && !LabelLists.isListOfLabels(item);
    }

    /*
     * A goal says what will be, by a "will" or a timescale; a paragraph under the goals' heading with neither
     * ("Jade told me she feels grown up with them") is something else put there.
     */
    private static boolean isGoal(String item) {
        return isStatement(item) && (WordLists.WILL.first(org.practiceassistant.check.text.AnalysedText.of(item)).isPresent()
                || TimescaleGrammar.find(item).isPresent());
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        // A statement that adds "we are also worried that ..." holds two worries, and each needs its goal.
        int dangers = plan.dangerStatements().stream().filter(DangerGoalPairsCriterion::isStatement)
                .mapToInt(d -> OneWorryPerStatementCriterion.addsAnotherWorry(org.practiceassistant.check.text.AnalysedText.of(d)) ? 2 : 1)
                .sum();
        int goals = (int) plan.safetyGoals().stream().filter(DangerGoalPairsCriterion::isGoal).count();
        // Counted in the plan's own words: a Signs of Success plan has worry statements and success goals.
        String statement = plan.statementKind().term();
        String goal = plan.goalKind().term();
        String counts = dangers + " " + statement + (dangers == 1 ? "" : "s") + ", " + goals + " " + goal + (goals == 1 ? "" : "s");
        // What was under the headings but is not counted, so "0 danger statements" does not read as an empty plan.
        long notStatements = plan.dangerStatements().stream().filter(d -> !isStatement(d)).count();
        long notGoals = plan.safetyGoals().stream().filter(g -> !isGoal(g)).count();
        if (notStatements + notGoals > 0) {
            counts += " (not counted: " + (notStatements > 0 ? notStatements + " worry written as labels or a few words" : "")
                    + (notStatements > 0 && notGoals > 0 ? ", " : "")
                    + (notGoals > 0 ? notGoals + " goal line" + (notGoals == 1 ? "" : "s") + " that say" + (notGoals == 1 ? "s" : "")
                    + " no \"will\" and no time" : "") + ")";
        }
        // A statement that holds a second worry ("We are also worried that ...") counts twice: say so.
        long twoWorries = plan.dangerStatements().stream().filter(DangerGoalPairsCriterion::isStatement)
                .filter(d -> OneWorryPerStatementCriterion.addsAnotherWorry(org.practiceassistant.check.text.AnalysedText.of(d))).count();
        if (twoWorries > 0) {
            counts += " (" + twoWorries + " " + statement + (twoWorries == 1 ? " holds" : "s hold") + " two worries, counted as two)";
        }
        if (dangers == 0) {
            return fail(counts, "Add a " + statement + " for each worry (who is worried, what happened, what it could mean for the child).");
        }
        if (goals < dangers) {
            return fail(counts, "Write a " + goal + " for every " + statement + ", so each worry has what we need to see instead.");
        }
        return pass(counts);
    }
}
