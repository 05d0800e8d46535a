package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/** Issue 16's plans: parts found by what they hold, not only by their headings. */
class PlanPartsByContentTest {

    private static final String WORRY = """
            Danger statement
            Children's Services and the health visitor are worried that Ella (8 months) has lost weight because she is not fed \
            often enough when Tina is low. If nothing changes, Ella could become seriously ill.

            Safety goal
            Tina, Grandma Sue and Uncle Dan will make sure Ella has a bottle every three hours, day and night, for the next \
            three months, so that Ella grows and is back up to a healthy weight.
            """;

    private final RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    private Map<String, CriterionResult> check(String plan) {
        return checker.check(DraftKind.PLAN, plan).checks().stream().collect(Collectors.toMap(CriterionResult::id, Function.identity()));
    }

    @Test
    void aWhoDoesWhatListIsTheActionPlanLineByLine() {
        var results = check(WORRY + """

                Who does what
                Tina will give Ella her bottle every three hours and write it on the feeding chart, starting today.
                Grandma Sue will stay over on Tuesday and Thursday nights to do the night feeds until the end of March.
                Uncle Dan will drive Tina and Ella to the baby clinic every Monday morning.
                """);
        assertThat(results.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
        assertThat(results.get("who-what-when").evidence()).startsWith("3 actions");
        assertThat(results.get("family-day-to-day").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void unheadedLinesOfWhoWhatAndWhenAreTheActionPlanToo() {
        var results = check("""
                Tina will give Ella her bottle every three hours and write it on the feeding chart, starting today.

                Grandma Sue will stay over on Tuesday and Thursday nights to do the night feeds until the end of March.

                """ + WORRY);
        assertThat(results.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theNetworkIsFoundByNamesAndRelationshipsWithoutTheWordNetwork() {
        var results = check(WORRY);
        assertThat(results.get("network").status()).isEqualTo(CheckStatus.PASS);
        assertThat(results.get("network").evidence()).containsAnyOf("Grandma Sue", "Uncle Dan");
    }

    @Test
    void theHealthVisitorsVisitsAreNotTheSocialWorkersVisits() {
        String visitorOnly = WORRY + "\nThe health visitor will visit every week to weigh Ella. The core group will review the plan every 4 weeks.\n";
        assertThat(check(visitorOnly).get("visits-and-review").status()).isEqualTo(CheckStatus.FAIL);

        var both = check(visitorOnly + "Sarah (social worker) will see Ella and Tina at home every 10 working days.\n");
        assertThat(both.get("visits-and-review").status()).isEqualTo(CheckStatus.PASS);
        assertThat(both.get("visits-and-review").evidence()).contains("every 10 working days").doesNotContain("weigh");
    }

    @Test
    void aServiceIfNeededIsNotTheFamilysDayToDayAndConsideringNextStepsIsNoContingency() {
        var results = check("""
                Worries: Mum's drinking, the children not fed.
                Goals: Mum to stop drinking.

                | What | Who | When |
                | Early Help if needed | Mum | ongoing |

                Contingency: We will consider next steps.
                """);
        assertThat(results.get("family-day-to-day").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("contingency").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("contingency").evidence()).contains("consider next steps");
    }

    @Test
    void aContingencyThatSaysWhatHappensPasses() {
        var results = check(WORRY + "\nContingency: If Tina misses two feeds, Grandma Sue will move in and we will call a core group.\n");
        assertThat(results.get("contingency").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aListOfLabelsIsNotAStatementOrAGoal() {
        var results = check("""
                Danger statements
                DV, neglect, mental health, drugs and alcohol, poor home conditions

                Safety goals
                Safe home, school attendance, no DV, sobriety
                """);
        assertThat(results.get("danger-goal-pairs").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("danger-goal-pairs").evidence()).startsWith("0 danger statements");
    }

    @Test
    void actionsGroupedUnderAPersonsNameAreThatPersonsAndWrappedLinesStayWithTheirBullet() {
        var grouped = check(WORRY + """

                WHO DOES WHAT

                Grandma Sue
                - Stays over every Tuesday night until the end of March, and
                  Tina goes to bed early.
                - Rings Tina if a text has not come by 7.15pm.

                Uncle Dan
                - Takes Ella to the clinic to be weighed every 2 weeks.
                """);
        assertThat(grouped.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
        assertThat(grouped.get("who-what-when").evidence()).startsWith("3 actions");

        var oneLacksWhen = check(WORRY + """

                WHO DOES WHAT

                Uncle Dan
                - Takes Ella to the clinic to be weighed every 2 weeks.
                - Helps Tina with the shopping.
                """);
        assertThat(oneLacksWhen.get("who-what-when").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(oneLacksWhen.get("who-what-when").evidence()).contains("Helps Tina with the shopping");
    }

    @Test
    void unheadedLinesOfSomeoneWhoWillAreActionsEachAndAMeetingDateNeedsNoWho() {
        var results = check("""
                Tina will give Ella her bottle every three hours from today.
                Grandma Sue will stay over every Tuesday night until the end of March.
                Uncle Dan will take Tina to the shops.
                The review meeting will be on 29 May.

                """ + WORRY);
        assertThat(results.get("who-what-when").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("who-what-when").evidence()).isEqualTo("\"Uncle Dan will take Tina to the shops.\"");

        var withWhen = check("""
                Tina will give Ella her bottle every three hours from today.
                Uncle Dan will take Tina to the shops every Saturday.
                The review meeting will be on 29 May.

                """ + WORRY);
        assertThat(withWhen.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theChildsVoiceInItsForms() {
        assertThat(check(WORRY + "\n== In Ella's words ==\nShe pointed to Gran and said \"Nana\".\n").get("voice-of-child").status())
                .isEqualTo(CheckStatus.PASS);
        assertThat(check("Ella (8 months), Kai (6)\n\n" + WORRY + "\nKai: \"I like it when Gran stays.\"\n").get("voice-of-child").status())
                .isEqualTo(CheckStatus.PASS);
        var noVoice = check(WORRY + "\nChild's wishes and feelings: Ella too young to give her views. Kai pre-verbal.\n");
        assertThat(noVoice.get("voice-of-child").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aContingencyUnderAnIfHeadingOrAsAConditionalSentence() {
        assertThat(check(WORRY + "\nIf it isn't working\n- If Tina misses a feed, Grandma Sue will come round that evening.\n")
                .get("contingency").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(WORRY + "\nIf Ella has not put on weight by 1 May, the social worker will call a meeting with the family that week.\n")
                .get("contingency").status()).isEqualTo(CheckStatus.PASS);
        // The danger statement's own "if nothing changes" is not a contingency.
        assertThat(check(WORRY).get("contingency").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theSocialWorkersVisitsAloneAreNoActionPlan() {
        var results = check(WORRY + "\nThe social worker will visit monthly.\n");
        assertThat(results.get("who-what-when").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void goalsUnderTheirOtherHeadingsAndNotANarrativeUnderTheGoalsHeading() {
        String danger = """
                WHAT WE ARE WORRIED ABOUT
                Children's Services and the health visitor are worried that Ella (8 months) has lost weight because she is not fed \
                often enough when Tina is low. If nothing changes, Ella could become seriously ill.

                """;
        String goal = "Tina, Grandma Sue and Uncle Dan will make sure Ella has a bottle every three hours for the next three months.\n";
        assertThat(check(danger + "WHAT SUCCESS LOOKS LIKE\n" + goal).get("danger-goal-pairs").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(danger + "Goal for worry 1: " + goal).get("danger-goal-pairs").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(danger + "What we want to see: " + goal).get("danger-goal-pairs").status()).isEqualTo(CheckStatus.PASS);
        var narrative = check(danger + "Safety goal\nTina told me that she feels very tired at night and that Ella cries for a long time.\n");
        assertThat(narrative.get("danger-goal-pairs").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aVisitInATableRowTakesTheRowsFrequencyButEveryVisitIsNoFrequency() {
        String review = "\nThe core group reviews the plan every 4 weeks.\n";
        var row = check(WORRY + "\n| Who | Action | By when |\n|---|---|---|\n| Kyle (SW) | Visits Ella at home; sees Tina alone | Every week |\n" + review);
        assertThat(row.get("visits-and-review").status()).isEqualTo(CheckStatus.PASS);
        var which = check(WORRY + "\nTina speaks little English, so every meeting and visit has an interpreter.\n" + review);
        assertThat(which.get("visits-and-review").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void sexualAbuseIsNoWordAboutIdentity() {
        assertThat(check(WORRY + "\nCategory: sexual abuse.\n").get("identity-and-diversity").status()).isEqualTo(CheckStatus.FAIL);
    }

    private static final String PROFESSIONALS_ONLY = """
            Danger statement
            Children's Services and the school are worried that Kai (7) has missed 30 days of school this term and often \
            arrives hungry. If nothing changes, Kai will fall behind and go without food.

            Background
            Dad known to police for fighting in town. Mum agreed to minutes being shared with the school. \
            Parents' capacity to change is unknown.

            Actions
            Social worker to visit every two weeks from 3 March.
            School to monitor attendance daily from 3 March.
            """;

    @Test
    void toAfterAnotherWordIsNotSomeoneWhoWillDoSomethingDayToDay() {
        // "Dad known to police", "Mum agreed to minutes", "capacity to change": "to" belongs to the word before it.
        assertThat(check(PROFESSIONALS_ONLY).get("family-day-to-day").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(PROFESSIONALS_ONLY + "Dad to walk Kai to school every morning from 3 March.\n").get("family-day-to-day").status())
                .isEqualTo(CheckStatus.PASS);
    }
}
