package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twelfth round: patterns read in blind8 (now tuning data). Every sentence and plan here is written for the test, not
 * copied from any labelled set.
 */
class RoundTwelveLessonsTest {

    /* A plan written by a young person names its parts as theirs: "My worries", "My goals", "Who I am". */
    private static final String OWN_PLAN = """
            MY PLAN - Jordan Pike (16)

            My worries
            1. Kevin (my social worker) and I are worried because I have stopped going to college and stay up gaming until 4am. If nothing changes I could lose my place and end up with nothing to do all day.

            My goals
            1. By the end of June I will be going to college every day and in bed by midnight, and my foster carer Sue will see me leave on time.

            Who will do what
            - Sue: wake me at 7.30 every weekday - until June
            - Kevin: ring college every Friday to check my attendance - until June

            Who I am
            I'm mixed race, my dad's family are from Jamaica and I support Arsenal.
            """;

    @Test
    void aYoungPersonsOwnHeadingsNameThePlansParts() {
        var report = check(DraftKind.PLAN, OWN_PLAN);
        assertThat(report.get("danger-goal-pairs").status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.get("danger-goal-pairs").evidence()).contains("1 danger statement").contains("1 safety goal");
        assertThat(report.get("identity-and-diversity").status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aLabelBeforeAColonIsWhoDoesTheRest() {
        String plan = """
                What we are worried about
                The social worker is worried because Ava (5) has been left alone at night twice. If nothing changes she could be hurt.

                Who will do what and when
                7.1 Kelly and Dean: tell Gran Pat by teatime if they are going out. Every time, from now.
                7.2 Gran Pat: have Ava to stay on Friday nights. From now until 1 June.
                7.3 Mrs Holt (school): talk to Ava every Monday. Every Monday.
                """;
        var report = check(DraftKind.PLAN, plan);
        assertThat(report.get("family-day-to-day").status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.get("family-day-to-day").evidence()).doesNotContain("Mrs Holt");
        assertThat(report.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aTitledLabelIsAProfessionalNotTheFamily() {
        String plan = """
                Who will do what and when
                - Mr Brook (housing): agree a repayment plan by 3 May.
                - Ms Carr (college): book Lewis onto the cooking course by 10 May.
                - Dr Shah: review Lewis's tablets every month.
                """;
        assertThat(status(DraftKind.PLAN, plan, "family-day-to-day")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void twoStatementsOnConsecutiveLinesAreTwo() {
        String plan = """
                Danger statements
                The social worker is worried because Dean hit Kerry in front of Jack (4) twice in May. If nothing changes, Jack could be badly hurt.
                The nursery is worried because Jack has come in hungry most days this term. We are worried that if nothing changes he could become poorly.

                Safety goals
                By the end of July, Dean will leave the house when he is angry and go to his brother's, so Jack sees no hitting and feels safe.
                """;
        var pairs = check(DraftKind.PLAN, plan).get("danger-goal-pairs");
        assertThat(pairs.evidence()).contains("2 danger statements").contains("1 safety goal");
        assertThat(pairs.status()).isEqualTo(CheckStatus.FAIL);
        String paired = plan + "By the end of July, Kerry will give Jack breakfast every morning, so he arrives at nursery fed and ready to play.\n";
        assertThat(check(DraftKind.PLAN, paired).get("danger-goal-pairs").evidence()).contains("2 danger statements").contains("2 safety goals");
    }

    @Test
    void theFearOnTheNextLineIsTheSameStatement() {
        String plan = """
                What we are worried about
                The social worker is worried because Dean hit Kerry in front of Jack (4) twice in May.
                We are worried that if nothing changes, Jack could be badly hurt.

                What we want to see
                By the end of July, Dean will leave the house when he is angry and go to his brother's, so Jack sees no hitting and feels safe.
                """;
        assertThat(check(DraftKind.PLAN, plan).get("danger-goal-pairs").evidence()).contains("1 danger statement").contains("1 safety goal");
    }

    private static java.util.List<String> rubricRows(String plan) {
        return CheckedDrafts.CHECKER.check(DraftKind.PLAN, plan).rubric().stream().map(org.practiceassistant.check.RubricFinding::criterion).toList();
    }

    @Test
    void aChildProtectionPlanGetsTheChildProtectionRowsOnly() {
        var rows = rubricRows("Child Protection Plan for Noah (3)\n\n" + OWN_PLAN);
        assertThat(rows).contains("CP – contingency", "CP – visits", "Voice of the Child").doesNotContain("CIN – visiting");
    }

    @Test
    void aChildInNeedPlanGetsTheChildInNeedRowsOnly() {
        var rows = rubricRows("CIN plan - Noah (3)\n\n" + OWN_PLAN);
        assertThat(rows).contains("CIN – visiting", "Voice of the Child").noneMatch(row -> row.startsWith("CP"));
    }

    @Test
    void aPlanThatSaysNeitherKeepsEveryRowForTheManager() {
        assertThat(rubricRows(OWN_PLAN)).contains("CP – contingency", "CIN – visiting");
        // Its title decides over its history: a child in need plan stepped down from child protection is a child in need plan.
        assertThat(rubricRows("Child in need plan for Noah (3)\n\nNoah was on a child protection plan until May.\n\n" + OWN_PLAN))
                .doesNotContain("CP – contingency");
    }

    @Test
    void aLaterSentenceOpeningWithTheChildIsTheirOutcome() {
        assertThat(status(DraftKind.SAFETY_GOAL, "By June, Gran Sue will take Noah to every hearing clinic. Noah will wear his hearing aids "
                + "in class and hear his teacher.", "child-outcome")).isEqualTo(CheckStatus.PASS);
        // The same adult again, or an adult's rule about who comes in, is no child's outcome.
        assertThat(status(DraftKind.SAFETY_GOAL, "Until the review in May, Dean will leave when he is angry. Dean will ring his brother "
                + "Paul to come and get him.", "child-outcome")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "Until the court case, Lee will not come to Kelly's flat. Kelly will not let Lee in.",
                "child-outcome")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theChildProtectionReviewIsNoChildAndBeingAbleToLiveIsAnOutcome() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Until the child protection review on 3 May, Dean will not come to the flat.", "child-outcome"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "By the review, Kerry will keep Dean away, and Archie has therefore been able to live at "
                + "home without fear.", "child-outcome")).isEqualTo(CheckStatus.PASS);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "The school is worried about three things: Sam is late most days, his uniform is dirty and he has no lunch. If nothing changes he will fall behind.",
        "We are worried about lots of things: the rent is not paid, Dad shouts at night and Mo has no coat. If nothing changes Mo could be cold and scared.",
    })
    void aStatementThatCountsItsWorriesHoldsMoreThanOne(String statement) {
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {
        "Nan Rita will read with Leo every night between now and when he starts school in September.",
        "Kai to stay with his aunt till 18.",
        "Kai will live with his aunt until she is 18.",
    })
    void untilSomeoneStartsOrReachesAnAge(String goal) {
        assertThat(status(DraftKind.WELLBEING_GOAL, goal, "timescale")).as(goal).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aTimeOfDayIsNoAge() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "Dad will stay in with Leo until 6.", "timescale")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aWordRowOfALabelAndItsBoxAfterATableIsThatPart() {
        String plan = "What\tWho\tBy when\n"
                + "Ring Gran if she has had a drink\tTanya\tFrom now, every day\n"
                + "Have Mo overnight on Fridays\tGran Pat\tEvery weekend until 8 January\n"
                + "Take Mo to his jabs\tTanya and Pat\tBy 30 November\n"
                + "\n"
                + "Contingency\tIf Tanya is drunk when Mo is with her, Pat will come and take Mo home with her that night.\t\n"
                + "\n"
                + "Shared with family\tThe plan was written with Tanya and Pat, who both have a copy.\t\n";
        var report = check(DraftKind.PLAN, plan);
        assertThat(report.get("who-what-when").status()).isEqualTo(CheckStatus.PASS);
        assertThat(report.get("contingency").evidence()).contains("Pat will come").doesNotContain("written with");
        assertThat(report.get("shared-with-family").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void soManyDaysAWeekIsHowOftenNotHowLong() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "Jaden will go to college 4 days a week, ongoing, and be proud of his course.", "timescale"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SUCCESS_GOAL, "Jaden will go to college 4 days a week for 6 months and be proud of his course.",
                "timescale")).isEqualTo(CheckStatus.PASS);
    }
}
