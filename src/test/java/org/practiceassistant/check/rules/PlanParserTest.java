package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanParserTest {

    private static ParsedPlan parse(String file) throws IOException {
        return PlanParser.parse(Files.readString(Path.of("tests-data/check/plans", file)));
    }

    @Test
    void markdownHeadingsWithSubtitlesAndPipeActionTable() throws IOException {
        ParsedPlan plan = parse("plan-01-good-headings.txt");
        assertThat(plan.dangerStatements()).hasSize(2).allSatisfy(s -> assertThat(s).contains("worried"));
        assertThat(plan.safetyGoals()).hasSize(2);
        assertThat(plan.actions()).hasSize(6);
        assertThat(plan.actions().get(0).who()).isEqualTo("Gran (Pat)");
        assertThat(plan.actions().get(0).when()).isEqualTo("Every weekday from 1 April");
        assertThat(plan.section(PlanSection.CONTINGENCY)).singleElement().asString().startsWith("If Mark comes to the house drunk");
        assertThat(plan.section(PlanSection.BOTTOM_LINES)).hasSize(3);
        assertThat(plan.childNames()).contains("Jack", "Ava");
    }

    @Test
    void twoColumnStatementTableAndActionTableAfterAnotherSection() throws IOException {
        ParsedPlan plan = parse("plan-03-pipe-tables.txt");
        assertThat(plan.dangerStatements()).singleElement().asString().startsWith("We are worried that Lily");
        assertThat(plan.safetyGoals()).singleElement().asString().startsWith("Chantelle and her sister Jade");
        // The table's rows first; the unheaded lines after it ("Kim will visit every three weeks") are actions too.
        assertThat(plan.actions()).extracting(PlanAction::who).startsWith("Chantelle and Jade", "Jade or Bev",
                "Kim (social worker)", "Nursery (Mrs Ali)");
    }

    @Test
    void tabTablesAndPlainHeadingsWithOtherNames() throws IOException {
        ParsedPlan plan = parse("plan-04-tabs.txt");
        assertThat(plan.dangerStatements()).hasSize(1);
        assertThat(plan.safetyGoals()).hasSize(1);
        assertThat(plan.has(PlanSection.BOTTOM_LINES)).as("The non-negotiables").isTrue();
        assertThat(plan.has(PlanSection.CONTINGENCY)).as("If things go wrong").isTrue();
        assertThat(plan.actions()).hasSize(5).first().extracting(PlanAction::who).isEqualTo("Imran");
    }

    @Test
    void paragraphsWithoutHeadingsAreRecognisedByWhatTheySay() throws IOException {
        ParsedPlan plan = parse("plan-05-no-headings.txt");
        assertThat(plan.dangerStatements()).singleElement().asString().startsWith("Gran and the social worker are worried");
        assertThat(plan.safetyGoals()).singleElement().asString().startsWith("We will know Maisie is safe");
        assertThat(plan.actions()).isNotEmpty();
        assertThat(plan.childNames()).contains("Maisie");
    }

    @Test
    void numberedQuestionHeadingsAndLetteredSteps() throws IOException {
        ParsedPlan plan = parse("plan-06-numbered-borderline.txt");
        assertThat(plan.dangerStatements()).hasSize(1);
        assertThat(plan.safetyGoals()).as("What needs to be different?").hasSize(1);
        assertThat(plan.actions()).hasSize(4);
    }

    @Test
    void boldHeadingsPerStatementAndGoal() throws IOException {
        ParsedPlan plan = parse("plan-09-bold-headings-heldout.txt");
        assertThat(plan.dangerStatements()).hasSize(2);
        assertThat(plan.safetyGoals()).hasSize(1);
    }

    @Test
    void labelsOnOneLineAreSectionsWithTheirText() {
        ParsedPlan plan = PlanParser.parse("Worries: Mum drinks every night.\nThe non-negotiables - Mum must not drive after drinking.\n"
                + "Plan B: Gran will take the children.");
        assertThat(plan.section(PlanSection.DANGER_STATEMENTS)).containsExactly("Mum drinks every night.");
        assertThat(plan.section(PlanSection.BOTTOM_LINES)).containsExactly("Mum must not drive after drinking.");
        assertThat(plan.section(PlanSection.CONTINGENCY)).containsExactly("Gran will take the children.");
    }

    /**
     * Signs of Wellbeing and Success name the handbook's past column "Wellbeing Concerns (past)" and "Worrying Behaviour
     * (past)": what happened, numbered under "What are we worried about", is no worry statement.
     */
    @Test
    void thePastColumnUnderEachModelsNameIsWhatHappened() {
        for (String past : List.of("Wellbeing Concerns (past)", "Worrying Behaviour")) {
            ParsedPlan plan = PlanParser.parse("What are we worried about\n" + past + "\n1. Jo missed 20 days of school.\n"
                    + "2. Mum was not up in the mornings.\nExisting Wellbeing\n1. Nan takes Jo in on Mondays.\n"
                    + "Worry statements\n1. The school and I are worried that if nothing changes, Jo will fall behind.\n");
            assertThat(plan.dangerStatements()).as(past).singleElement().asString().startsWith("The school and I are worried");
            assertThat(plan.section(PlanSection.HARM)).as(past).isNotEmpty();
            assertThat(plan.section(PlanSection.STRENGTHS)).as(past).isNotEmpty();
        }
    }
}
