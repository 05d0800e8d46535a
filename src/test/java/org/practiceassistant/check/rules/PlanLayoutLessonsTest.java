package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * Worries and goals found wherever the plan puts them (branch check-plans3): in a pasted Word table whose label cells carry a
 * subtitle or whose boxes hold several labelled parts, and in running paragraphs that label their parts inside them. The
 * kinds PlanRelayoutTest found on the tuning plans laid out as tables and paragraphs. Every plan here is written for the
 * test, in our own words.
 */
class PlanLayoutLessonsTest {

    private static final String WORRY = "Mrs Obi (head teacher) and the social worker are worried that Tyrone (9) has been"
            + " left at home on his own overnight three times since October while his dad Marcus works nights. If this carries"
            + " on Tyrone could be hurt or frightened with nobody to help him.";
    private static final String GOAL = "From now until the summer holidays, Marcus, his sister Jackie and Tyrone's grandad"
            + " Len will make sure an adult sleeps at home with Tyrone every night, so Tyrone feels safe and goes to bed on time.";

    @Test
    void aTableLabelWithASubtitleNamesItsPart() {
        String table = "| Part | Details |\n| Worry 1 – nights alone | " + WORRY + " |\n| Goal 1 – an adult every night | " + GOAL + " |\n";
        ParsedPlan plan = PlanParser.parse(table);
        assertThat(plan.dangerStatements()).hasSize(1);
        assertThat(plan.safetyGoals()).hasSize(1);
        assertThat(status(DraftKind.PLAN, table, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void numberedLabelledGoalsTypedAsOneParagraphAreAGoalEach() {
        String twoGoals = "Goal 1 (nights): " + GOAL + " Goal 2 (school): By Easter, Jackie will walk Tyrone to school every"
                + " morning and Tyrone will be in class on time.";
        assertThat(PlanLines.inlineListItems(twoGoals)).hasSize(2);
        // "Goal 10" is not "Goal 1", and a label that comes back mid-sentence starts nothing.
        assertThat(PlanLines.inlineListItems("Goal 1: Jackie will ring. Goal 10: Len will stay.")).hasSize(1);
        assertThat(PlanLines.inlineListItems("Goal 1: Jackie will ring as Goal 2 says.")).hasSize(1);
        String plan = "What we are worried about\n1. " + WORRY + " 2. We are also worried that Tyrone has missed 14 days of school"
                + " since September because nobody gets him up. If this carries on he will fall behind.\n\nWhat we want to see\n"
                + twoGoals + "\n";
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void partsLabelledInsideARunningParagraphAreReadAsThoseParts() {
        String paragraph = "Home: Tyrone lives with his dad in a two-bedroom flat. Worry: " + WORRY + " Goal: " + GOAL + "\n";
        assertThat(PlanParser.labelledSentences(paragraph.strip())).hasSize(3);
        ParsedPlan plan = PlanParser.parse(paragraph);
        assertThat(plan.dangerStatements()).hasSize(1);
        assertThat(plan.safetyGoals()).hasSize(1);
        // A colon inside a sentence ("re: nights") or after small letters is no label of a part.
        assertThat(PlanParser.labelledSentences("Marcus rang re: nights. he said: goal met.")).hasSize(1);
    }

    @Test
    void aBoxWhoseNameIsNoPartButHoldsLabelledPartsIsReadByThem() {
        String table = "Section 2 – Home\tHome: a two-bedroom flat. Worry: " + WORRY + " Goal: " + GOAL + "\n"
                + "Section 3 – School\tTyrone is in Year 4 and likes maths.\n";
        ParsedPlan plan = PlanParser.parse(table);
        assertThat(plan.dangerStatements()).hasSize(1);
        assertThat(plan.safetyGoals()).hasSize(1);
        assertThat(status(DraftKind.PLAN, table, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void inRunningParagraphsWhatWeWantToHappenIsTheGoalAndAWorryScaleIsNoWorry() {
        String plan = WORRY + "\n\nWhat we want to happen is that from now until the summer holidays Marcus, Jackie and Len"
                + " will make sure an adult sleeps at home with Tyrone every night. Tyrone will feel safe and go to bed on time.\n\n"
                + "Tyrone told Jackie that he likes it when Len stays over. He said his worry scale at home is a 4 and at school"
                + " is an 8 because school is where he sees his friends.\n";
        ParsedPlan parsed = PlanParser.parse(plan);
        assertThat(parsed.dangerStatements()).hasSize(1);
        assertThat(parsed.safetyGoals()).hasSize(1);
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aWorryCountedOrAskedForInTheFamilysRoutineIsNoStatement() {
        String plan = "Why we have a plan\n" + WORRY + "\n\nWhat we want\n" + GOAL + "\n\nOur week\n"
                + "- Every Friday after tea, a family chat for ten minutes where everyone says one good thing and one worry.\n"
                + "- Each night at bedtime Marcus asks Tyrone if he has any worries about the night.\n";
        assertThat(PlanParser.parse(plan).dangerStatements()).hasSize(1);
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }
}
