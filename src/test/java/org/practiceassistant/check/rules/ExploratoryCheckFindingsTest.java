package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.RubricFinding;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Grade;
import org.practiceassistant.knowledge.Rubric;

/**
 * What an exploratory tester found running the packaged application: a heading over a placeholder met its criterion, a
 * statement | goal table pasted from Word was read as one statement, a relative's visits counted as the social worker's,
 * and a list of worries joined by "and" as one worry. Every text here is written for the test, not copied from any set.
 */
class ExploratoryCheckFindingsTest {

    private final RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    /* A complete plan of our own; each part is swapped for a placeholder in turn. */
    private static final String STATEMENT = "Danger statement: The school and Children's Services are worried that Shaun hit "
            + "Mia's mum Dee with a chair on 4 October while Mia (6) watched from the stairs. If nothing changes Mia could be "
            + "hurt or grow up frightened at home.";
    private static final String GOAL = "Safety goal: Dee, Aunt Rosa and Grandpa Ken will make sure Shaun does not come to the "
            + "flat, and Dee will ring Aunt Rosa if he turns up, so that Mia feels safe and sleeps in her own bed, every night "
            + "until the end of the summer term.";
    private static final String IDENTITY = "Identity and culture\nMia speaks Portuguese with Grandpa Ken and goes to a "
            + "Portuguese Saturday school; Dee wants that to carry on.";
    private static final String SHARED = "Shared with\nDee and Aunt Rosa have a copy; we went through it at Rosa's on 9 November.";
    private static final String VOICE = "Mia's views\nMia said \"I don't like the shouting, I hide on the stairs\".";
    private static final String BOTTOM_LINES = "Bottom lines\nShaun must not stay at the flat or look after Mia.";
    private static final String REST = """
            Scaling
            0 means Mia is being hurt and nobody is keeping her safe; 10 means everyone is sure Mia is safe at home.
            Dee 6, Aunt Rosa 5, social worker 3

            Who does what
            Dee will ring Aunt Rosa if Shaun turns up - every time
            Social worker will visit Mia at home every 2 weeks
            Core group will review the plan by 20 January

            If things go wrong
            If Shaun comes to the flat, Dee will not let him in and will ring the police and Aunt Rosa.
            """;

    private static String plan(String identity, String shared, String voice, String bottomLines) {
        return String.join("\n\n", STATEMENT, GOAL, identity, shared, voice, bottomLines, REST);
    }

    private static final String COMPLETE = plan(IDENTITY, SHARED, VOICE, BOTTOM_LINES);

    private Map<String, CriterionResult> checkPlan(String text) {
        return checker.check(DraftKind.PLAN, text).checks().stream()
                .collect(Collectors.toMap(CriterionResult::id, Function.identity()));
    }

    @Test
    void theCompletePlanMeetsEachPart() {
        Map<String, CriterionResult> checks = checkPlan(COMPLETE);
        assertThat(checks.get("identity-and-diversity").status()).isEqualTo(CheckStatus.PASS);
        assertThat(checks.get("shared-with-family").status()).isEqualTo(CheckStatus.PASS);
        assertThat(checks.get("voice-of-child").status()).isEqualTo(CheckStatus.PASS);
        assertThat(checks.get("bottom-lines").status()).isEqualTo(CheckStatus.PASS);
    }

    // --- A heading over a placeholder is an empty part ----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"Identity and culture\nNil.", "Identity and culture\nn/a", "Identity: Not applicable",
            "Culture, religion and language: not known", "Identity and culture\n-", "Identity and culture\nTBC",
            "Identity and culture: not recorded", "**Identity**\n- None identified at present", "Identity and culture",
            // A Word form pasted with tabs: the label in one box, nothing real in the next.
            "Identity and culture\tNone"})
    void anIdentityHeadingOverNothingIsNotMet(String identity) {
        CriterionResult result = checkPlan(plan(identity, SHARED, VOICE, BOTTOM_LINES)).get("identity-and-diversity");
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.advice()).startsWith("This part is empty");
    }

    @Test
    void anEmptyIdentityPartIsGradedInadequateOnTheRubricRow() {
        CheckReport report = checker.check(DraftKind.PLAN, plan("Identity and culture: none", SHARED, VOICE, BOTTOM_LINES));
        assertThat(report.rubric()).filteredOn(f -> f.criterion().equals("CP – diversity")).singleElement()
                .extracting(RubricFinding::grade).isEqualTo(Grade.INADEQUATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Shared with\nNot yet.", "Shared with: not shared with the family yet",
            "Who has a copy\nTo follow after the core group", "Shared with\nNot yet shared - Dee is away until Monday."})
    void aSharingHeadingOverNothingIsNotMet(String shared) {
        CriterionResult result = checkPlan(plan(IDENTITY, shared, VOICE, BOTTOM_LINES)).get("shared-with-family");
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.advice()).startsWith("This part is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mia's views\nNot spoken to yet - she was at her dad's.", "Mia's views: not yet seen",
            "Voice of the child\nNone recorded.", "Mia's views\tNot seen yet"})
    void aVoiceHeadingOverNothingIsNotMet(String voice) {
        CriterionResult result = checkPlan(plan(IDENTITY, SHARED, voice, BOTTOM_LINES)).get("voice-of-child");
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.advice()).startsWith("This part is empty");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bottom lines\nNone.", "Bottom lines: none set", "Bottom lines: none agreed yet", "Bottom lines\nTo be agreed"})
    void aBottomLinesHeadingOverNothingIsNotMet(String bottomLines) {
        CriterionResult result = checkPlan(plan(IDENTITY, SHARED, VOICE, bottomLines)).get("bottom-lines");
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.advice()).startsWith("This part is empty");
    }

    // Words that open like a placeholder but say something.

    @Test
    void identityWordsThatOpenWithNoneStillCount() {
        String identity = "Identity and culture\nNone of the family speak English at home; Dee's first language is Portuguese.";
        assertThat(checkPlan(plan(identity, SHARED, VOICE, BOTTOM_LINES)).get("identity-and-diversity").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aChildNotSeenAloneYetWhoseWordsAreQuotedIsHeard() {
        String voice = "Mia's views\nNot seen alone yet, but at school Mia said \"I want my mum to be safe\".";
        assertThat(checkPlan(plan(IDENTITY, SHARED, voice, BOTTOM_LINES)).get("voice-of-child").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aBottomLineThatOpensWithNoIsABottomLine() {
        String bottomLines = "Bottom lines\nNo contact between Shaun and Mia unless Aunt Rosa is there.";
        assertThat(checkPlan(plan(IDENTITY, SHARED, VOICE, bottomLines)).get("bottom-lines").status()).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"None.", "n/a", "N/A", "nil", "TBC", "tbc at core group", "-", "?", "Not recorded", "not known",
            "Not yet", "Not shared yet.", "Not seen yet - Mia was at school.", "To follow", "to be confirmed", "none set",
            "None identified so far", "blank", "Not applicable"})
    void placeholders(String body) {
        assertThat(Placeholders.isPlaceholder(body)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"None of the adults drink at home.", "Nothing must be kept from Mia's school.", "Not to be left alone with Shaun",
            "Not known to police until this year, when Shaun was arrested", "No contact with Shaun", "Mia said \"none\"",
            "Not seen yet, but Mia told her teacher \"I'm scared\""})
    void wordsThatAreNoPlaceholder(String body) {
        assertThat(Placeholders.isPlaceholder(body)).isFalse();
    }

    // --- A statement | goal table pasted from Word is a plan ------------------------------------------------------------

    private static final String TAB_TABLE = "Danger statement\tSafety goal\n"
            + "Nursery are worried that Jo leaves Kai (2) alone in the flat when she goes out at night.\t"
            + "Jo and Nanna Bev will make sure an adult is always with Kai at night, every night until Kai starts school.\n"
            + "We are worried that Kai has missed 4 of his hospital checks for his heart.\t"
            + "Jo will take Kai to every heart check with Nanna Bev, by his third birthday in May.\n";

    @Test
    void aTableWhoseHeaderNamesStatementAndGoalIsAPlan() {
        assertThat(KindGuess.named(TAB_TABLE)).get().extracting(KindGuess.Named::kind).isEqualTo(DraftKind.PLAN);
        assertThat(KindGuess.named("| Danger statement | Safety goal |\n|---|---|\n| Jo leaves Kai alone at night | Nanna Bev stays over |"))
                .get().extracting(KindGuess.Named::kind).isEqualTo(DraftKind.PLAN);
        assertThat(KindGuess.named("What | Who | By when\nRing Nanna Bev after 9pm | Jo | every night"))
                .get().extracting(KindGuess.Named::kind).isEqualTo(DraftKind.PLAN);
    }

    @Test
    void aLabelColumnBesideItsDraftStillNamesTheDraft() {
        assertThat(KindGuess.named("Danger statement\tNursery are worried that Jo leaves Kai alone at night."))
                .get().extracting(KindGuess.Named::kind).isEqualTo(DraftKind.DANGER_STATEMENT);
    }

    @Test
    void eachRowOfTheTableIsAStatementAndItsGoal() {
        CheckReport report = checker.check(DraftKind.PLAN, TAB_TABLE);
        assertThat(report.statements()).filteredOn(s -> s.kind() == DraftKind.DANGER_STATEMENT).hasSize(2);
        assertThat(report.statements()).filteredOn(s -> s.kind() == DraftKind.SAFETY_GOAL).hasSize(2)
                .allSatisfy(goal -> assertThat(goal.text()).contains("will"));
    }

    // --- A relative's visits are not the social worker's --------------------------------------------------------------

    private static String planWithActions(String actions) {
        return String.join("\n\n", STATEMENT, GOAL, IDENTITY, SHARED, VOICE, BOTTOM_LINES, "Who does what\n" + actions
                + "\nThe core group will review the plan every 6 weeks, first on 20 January.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- Grandpa Ken to visit every Saturday - Grandpa Ken - every Saturday",
            "- Aunt Rosa will visit Mia and Dee twice a week",
            "- Dee's friend Lorna will see Mia at the weekend, every weekend",
            "What\tWho\tWhen\nVisit Mia and Dee\tGrandpa Ken\tevery Saturday"})
    void aRelativesVisitsAreNotTheSocialWorkers(String actions) {
        CriterionResult result = checkPlan(planWithActions(actions)).get("visits-and-review");
        assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
        assertThat(result.advice()).contains("how often the social worker will visit");
    }

    @ParameterizedTest
    @ValueSource(strings = {"- Grandpa Ken to visit every Saturday\n- Social worker to visit Mia at home every 2 weeks",
            "- Dee will make sure Mia is seen by the social worker every 10 working days",
            "- Grandpa Ken and I will visit Mia every fortnight",
            "What\tWho\tWhen\nVisit Mia at home and see her alone\tSocial worker\tevery 2 weeks",
            "What | Who | When\n|---|---|---|\n| Visit Mum and Mia at home, and see Mia on her own | Kim | every 2 weeks |"})
    void theSocialWorkersVisitsBesideARelativesStillCount(String actions) {
        assertThat(checkPlan(planWithActions(actions)).get("visits-and-review").status()).isEqualTo(CheckStatus.PASS);
    }

    // --- Worries listed with "and" are several worries ----------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"There are concerns around domestic abuse and neglect and Dad not taking his medication.",
            "We have concerns regarding substance misuse, mental health and the children missing school.",
            "Children's Services are worried about Mum's mental health and neglect of the baby."})
    void worriesListedWithAndAreSeveralWorries(String statement) {
        assertThat(checker.check(DraftKind.DANGER_STATEMENT, statement).checks().stream()
                .filter(c -> c.id().equals("one-worry-per-statement")).findFirst().orElseThrow().status()).isEqualTo(CheckStatus.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The school is worried about Mum and Dad shouting at each other late at night while Mia is trying to sleep.",
            "We are worried about Dad's drinking because when he drinks he shouts at Dee and has thrown a chair at her.",
            "Nursery are worried about the bruises on Mia's arm and what she said about Shaun grabbing her."})
    void oneWorryWithAnAndIsStillOneWorry(String statement) {
        assertThat(checker.check(DraftKind.DANGER_STATEMENT, statement).checks().stream()
                .filter(c -> c.id().equals("one-worry-per-statement")).findFirst().orElseThrow().status()).isEqualTo(CheckStatus.PASS);
    }
}
