package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;

/**
 * The patterns behind the eighth round's misreadings (found reading blind5, now tuning data). Every plan and sentence
 * here is written for the test, not copied from any labelled set; each failed on main but those that guard against
 * over-reach.
 */
class RoundEightLessonsTest {

    private final RubricDraftChecker checker = CheckedDrafts.CHECKER;

    private CriterionResult plan(String text, String criterion) {
        return check(DraftKind.PLAN, text).get(criterion);
    }

    // --- Plan parts found by their shape -----------------------------------------------------------------------------

    private static final String TWO_TABLES = """
            | Worry (danger statement) | Goal (safety goal) |
            |---|---|
            | Gran, school and I are worried that Jo has hit Sam with a slipper twice this month. If nothing changes Sam could be badly hurt. | By June Jo will send Sam to his room and talk when she is calm, and Gran will come round when Jo rings her, so Sam feels safe. |

            | What | Who | When |
            |---|---|---|
            | Ring Gran when she feels angry | Jo | Every time |
            | Come round within half an hour | Gran | Every time Jo rings |
            | Walk Sam to school | Uncle Ray | Every weekday |
            | Visit Sam at home | Social worker | Every 2 weeks |
            """;

    @Test
    void aSecondTableAfterABlankLineHasItsOwnHeader() {
        assertThat(plan(TWO_TABLES, "danger-goal-pairs").evidence()).isEqualTo("1 danger statement, 1 safety goal");
        assertThat(plan(TWO_TABLES, "who-what-when").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aBoxedOneCellRowIsAHeading() {
        String plan = """
                | Must happen (bottom lines) |
                |---|
                | Jo will never hit Sam or anyone else in the house. |
                | Sam will not be left with Jo's brother Lee. |
                """;
        assertThat(plan(plan, "bottom-lines").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void numberedLabelsAndAPlanHeadingAreRead() {
        String plan = """
                Worry statement 1:
                School and Nan are worried that Dad has left Mia (7) alone at night three times since May. If nothing changes Mia could be hurt with nobody there.

                Success goal 1:
                By Christmas Nan will stay over every night Dad works late, so Mia is never alone at night and sleeps well.

                Plan:
                - Nan: stay over when Dad works late. Every Tuesday and Friday.
                - Dad: text Nan his shifts by Sunday night. Every week.
                - Mia: ring Nan if she wakes and nobody is home. Every time.
                """;
        ParsedPlan parsed = PlanParser.parse(plan);
        assertThat(parsed.section(PlanSection.DANGER_STATEMENTS)).hasSize(1);
        assertThat(parsed.section(PlanSection.SAFETY_GOALS)).hasSize(1);
        assertThat(parsed.section(PlanSection.ACTIONS)).hasSize(3);
        // Counted in the plan's own words.
        assertThat(plan(plan, "danger-goal-pairs").evidence()).isEqualTo("1 worry statement, 1 success goal");
    }

    @Test
    void aTemplatesBoxAfterADashNamesThePart() {
        String plan = """
                What are we worried about – Harm
                - Dad pushed Mum down the stairs in March while she held the baby.

                What are we worried about – Complicating Factors
                - Dad has lost his job and drinks more since.

                Danger statement
                Mum, Gran and I are worried that Dad has pushed Mum while she held baby Ivy. If nothing changes Ivy could be dropped and badly hurt.

                Safety goal
                By the summer Dad will leave the house and go to Gran's when he is angry, so Ivy is held safely and never dropped.
                """;
        assertThat(plan(plan, "danger-goal-pairs").evidence()).isEqualTo("1 danger statement, 1 safety goal");
    }

    @Test
    void theScalesQuestionHeadsTheScaleAndScoresMayStandOneToALine() {
        String plan = """
                How safe is Leo? (0 to 10)
                0 = Leo is hit at home and nobody knows.
                10 = everyone is sure Leo is safe at home and the plan can end.
                Leo 5 ("it's better now")
                Mum 6
                Auntie Pam 4
                """;
        assertThat(plan(plan, "scaling").status()).isEqualTo(CheckStatus.PASS);
        assertThat(checker.check(DraftKind.PLAN, plan).statements()).isEmpty();
    }

    @Test
    void aChildsOwnWordsUnderInMyWordsAreTheirVoice() {
        String plan = """
                In my words (Leo): "I want to stay at Nan's on Fridays and I don't like it when Dad shouts."
                """;
        assertThat(plan(plan, "voice-of-child").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aHeadingThatNamesWhoAndWhenHeadsTheActions() {
        String plan = """
                4. Who does it and by when
                4.1 Gran to collect Mia from school – every Monday and Thursday.
                4.2 Dad to put the medicine in the locked tin – from today.
                4.3 Mum to text Gran when Mia is in bed – every night.
                """;
        assertThat(PlanParser.parse(plan).section(PlanSection.ACTIONS)).hasSize(3);
        String asked = plan.replace("Who does it and by when", "What will happen, who and when");
        assertThat(PlanParser.parse(asked).section(PlanSection.ACTIONS)).hasSize(3);
    }

    @Test
    void aConditionalRowOfTheActionTableIsTheContingency() {
        String plan = """
                | Action | Who | By when |
                |---|---|---|
                | Walk Sam to school | Uncle Ray | Every weekday |
                | If Jo hits Sam again: Sam goes to Gran's that night; the social worker meets the family within 2 days | Gran, Jo | Straight away |
                """;
        assertThat(plan(plan, "contingency").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aRowThatOnlyActsIsNoContingency() {
        String plan = """
                | Action | Who | By when |
                |---|---|---|
                | Walk Sam to school | Uncle Ray | Every weekday |
                | Ring Gran when she feels angry | Jo | Every time |
                """;
        assertThat(plan(plan, "contingency").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void runningProseHoldsAStatementWhereWhoIsWorriedComesLate() {
        String plan = """
                Plan for Ellis (11), made at home on 3 May with Ellis, his dad Tom and his aunt Jess, who each have a copy. Tom has had a bad back since January and cannot work. Ellis has been doing the cooking most nights. School say he is tired in class. We (school, Jess and the social worker) are worried that if nothing changes Ellis will fall behind at school and feel it is his job to look after his dad.

                What we want to see by the summer holidays is Tom cooking tea most nights and Jess having Ellis on Saturdays. Ellis will go to football club again and get to school on time.
                """;
        assertThat(plan(plan, "danger-goal-pairs").evidence()).isEqualTo("1 danger statement, 1 safety goal");
    }

    @Test
    void backgroundThatMentionsAWorryLateIsNoStatement() {
        String plan = """
                About the family. Mum works at the bakery. The children love football. Mum told us she was worried about money last winter.
                """;
        assertThat(PlanParser.parse(plan).dangerStatements()).isEmpty();
    }

    // --- Who does what, and when --------------------------------------------------------------------------------------

    @Test
    void anActionSetOffBySomeoneOrAtATimeOfDaySaysWhen() {
        String plan = """
                Who does what
                Kai
                - When anyone he doesn't know messages him, show Gran.
                - If Mum is late home, go to Gran's.
                - Be in by 9pm on school nights.
                School
                - Watch the gate at home time.
                - Ring Mum by 10am if Kai is not in.
                """;
        assertThat(plan(plan, "who-what-when").evidence()).startsWith("5 actions, each with who and when");
    }

    // --- Family day to day and network ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Actions:\n- Parents to maintain the home to a good standard.\n- Social worker to visit every 2 weeks.",
            "Actions:\n- Mum to continue with her doctor.\n- Social worker to visit every 2 weeks.",
            "Actions:\n- Aunt to support.\n- Social worker to visit every 2 weeks.",
    })
    void aimsAndServicesAreNotTheFamilysDayToDay(String plan) {
        assertThat(plan(plan, "family-day-to-day").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void somethingTheFamilyDoesStillCounts() {
        assertThat(plan("Actions:\n- Aunt to take the boys to school every Monday.", "family-day-to-day").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aRelativeByRoleGivenAPartIsInTheNetwork() {
        assertThat(plan("Plan:\npaternal grandad to have the kids on fridays\nsw to visit", "network").status()).isEqualTo(CheckStatus.PASS);
        assertThat(plan("Plan:\nmum to stop drinking\nsw to visit", "network").status()).isEqualTo(CheckStatus.FAIL);
    }

    // --- Goals --------------------------------------------------------------------------------------------------------

    @Test
    void eachOtherIsNoFrequency() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "Mum and Dad will speak kindly to each other at handovers, so Ben feels calm.",
                "timescale")).isEqualTo(CheckStatus.FAIL);
        // Still read as how often (an action line's when), though how often alone is no goal timescale since the eleventh round.
        assertThat(TimescaleGrammar.find("Gran will have Ben every other weekend, so Ben feels calm.")).contains("every other weekend");
    }

    @Test
    void anActivityEachDayIsNoPointInTime() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Mum will make sure Ben is asleep before Dad starts drinking.", "timescale"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "Gran will walk Ben to school every day before Ben starts secondary school.", "timescale"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theChildOnlyBeingHappierIsNoOutcome() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "Nan will have Ruby for tea every Friday and Mum will go to her group to talk about Ruby's dad. Ruby will be happier.", "child-outcome"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aTimeSaidBeforeTheChildStillLeadsToTheirOutcome() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "His carers Jan and Phil will help him with his reading every evening, so that by "
                + "the end of Year 9 Omar can read his own letters.", "child-outcome")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aChildsNeedsBeingMetIsTheServicesAim() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Mum and Gran will keep to the plan at all times so that Nia's needs are met.",
                "child-outcome")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aPronounGoesOnAboutTheAdultJustNamed() {
        assertThat(status(DraftKind.SAFETY_GOAL,
                "Dad will finish the parenting course by May, and when he is angry he will walk round the block until he is calm.",
                "observable-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anAsideBetweenThePeopleAndTheirWillIsReadThrough() {
        String goal = "Dad and Uncle Sam, with help from Gran, who lives next door, will walk Ava to school every morning until "
                + "the summer, so Ava gets to school on time.";
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "who-will-act")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "observable-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void parentingIsWhatIsDoneNotWhoDoesIt() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "Family to go on a parenting course by March. Better routines.", "who-will-act"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WELLBEING_GOAL, "Parents to go on a parenting course by March.", "who-will-act"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aPronounAloneNamesNobodyActing() {
        assertThat(status(DraftKind.SAFETY_GOAL, "He will walk round the block when he is angry.", "observable-behaviour"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theTemplatesWhoFieldNamesWhoIsWorried() {
        CriterionResult who = check(DraftKind.WORRY_STATEMENT,
                "• Who: Nursery, Gran • Worry: Dad falls asleep on the sofa when he has Zac • What might happen: Zac could get out of the flat")
                .get("who-is-worried");
        assertThat(who.status()).isEqualTo(CheckStatus.PASS);
        assertThat(who.evidence()).isEqualTo("\"Who: Nursery, Gran\"");
    }

    // --- Statements: a label is no harm a family could picture ----------------------------------------------------------

    @Test
    void beingExposedToALabelIsNoFutureAndNoImpact() {
        String statement = "School and I are worried that Dad has thrown plates at Mum most Fridays since June. "
                + "If nothing changes Kira may continue to be exposed to domestic abuse.";
        assertThat(status(DraftKind.DANGER_STATEMENT, statement, "future-if-nothing-changes")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT, statement, "impact-on-child")).isEqualTo(CheckStatus.FAIL);
        String pictured = statement.replace("may continue to be exposed to domestic abuse", "could be hit by a plate and be frightened at home");
        assertThat(status(DraftKind.DANGER_STATEMENT, pictured, "future-if-nothing-changes")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT, pictured, "impact-on-child")).isEqualTo(CheckStatus.PASS);
    }

    // --- Jargon ---------------------------------------------------------------------------------------------------------

    @Test
    void aOneWordTermMatchesItsOwnFormsOnly() {
        assertThat(status(DraftKind.DANGER_STATEMENT, "School are worried that men give Amy presents and lifts.", "jargon-free"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT, "School are worried about Amy's presentation in class.", "jargon-free"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"the SENCO is worried", "EH are worried", "there was an NAI", "his lived experience", "Dad is abstinent"})
    void servicesWordsAreJargon(String words) {
        assertThat(status(DraftKind.WORRY_STATEMENT, "We are worried because " + words + ".", "jargon-free")).isEqualTo(CheckStatus.FAIL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WS (CIN) = ", "DS (CP): ", "Safety goal 2 - ", "SG: "})
    void theWorkersLabelIsNotTheDraft(String label) {
        String draft = "Gran and school are worried that Dad shouts at Mia most nights. If nothing changes Mia could stop sleeping.";
        assertThat(status(DraftKind.WORRY_STATEMENT, label + draft, "jargon-free")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anAcronymInTheDraftItselfIsStillJargon() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "WS (CIN) = The SW is worried that Dad shouts at Mia.", "jargon-free"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aLabelWithItsQualifierNamesTheKind() {
        assertThat(KindGuess.named("WS (CIN) = Gran is worried that Dad shouts at Mia most nights."))
                .hasValueSatisfying(named -> {
                    assertThat(named.kind()).isEqualTo(DraftKind.WORRY_STATEMENT);
                    assertThat(named.text()).startsWith("Gran is worried");
                });
    }

    // --- Evidence a manager reads -------------------------------------------------------------------------------------------

    @Test
    void evidenceIsQuotedOnce() {
        assertThat(Criterion.quoted("\"I don't like it when Dad shouts.\"")).isEqualTo("\"I don't like it when Dad shouts.\"");
        assertThat(Criterion.quoted("Dad calls him \"useless\" at tea")).isEqualTo("\"Dad calls him 'useless' at tea\"");
        String plan = "Mia's voice\n\"I want Nan to live with us.\" \"I miss my dog.\"";
        assertThat(plan(plan, "voice-of-child").evidence()).doesNotContain("\"\"");
    }

    @Test
    void aTableRowIsQuotedWithoutItsPipes() {
        assertThat(org.practiceassistant.check.text.Quotes.shorten("| Visit Sam at home | Social worker | | Every 2 weeks |"))
                .isEqualTo("Visit Sam at home \u2013 Social worker \u2013 Every 2 weeks");
        assertThat(org.practiceassistant.check.text.Quotes.shorten("**Written with:** Jo and Gran")).isEqualTo("Written with: Jo and Gran");
    }

    @Test
    void aDateInAFormsFieldIsNoScore() {
        String plan = "Name: Kyle Roe    DOB: 03/06/2012\nSent: 09 January\n0 = Kyle is not safe, 10 = Kyle is safe at home.";
        assertThat(plan(plan, "scaling").evidence()).doesNotContain("DOB").doesNotContain("Sent");
    }

    @Test
    void anActionIsShownWithWhoAndWhenInBrackets() {
        assertThat(plan(TWO_TABLES, "who-what-when").evidence())
                .contains("\"Ring Gran when she feels angry\" (Jo, Every time)")
                .doesNotContain("|");
    }
}
