package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;

/**
 * What tune set 5 (issue 16's fourth round, an independent reader's drafts and plans) taught the rules. Every text
 * here is written for the test, in the shape the reader's drafts showed, not copied from the labelled set.
 */
class TuneFiveLessonsTest {

    // --- Visits and review: who visits, not which professions the sentence mentions -------------------------------

    @Test
    void theWorkerNamedBeforeWillVisitIsTheSocialWorkerEvenWhenTheVisitIsAtSchool() {
        String plan = """
                Visits and review
                Priya will visit every three weeks, once at home and once at school, and see Tom on his own.
                The core group will meet every 6 weeks; the next one is on 4 March.
                """;
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anotherProfessionalVisitingIsNotTheSocialWorkersVisits() {
        String plan = """
                The health visitor will visit every week to weigh Poppy.
                The core group will meet every 6 weeks; the next one is on 4 March.
                """;
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theSocialWorkerNamedInTheHeaderSeeingTheChildIsAVisitAndReviewMeetingsGoByTheirShortNames() {
        String plan = """
                Social worker: Femi Adebayo
                Femi will see Tom and his dad every fortnight.
                CGM monthly, RCPC in 3 months.
                """;
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void withinStatutoryTimescalesSaysNoTime() {
        String plan = """
                SW to visit within statutory timescales.
                Core group every 6 weeks.
                """;
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aReviewInTheFamilysWordsWithAnyTimescale() {
        String plan = """
                I will visit Tom and Jo every two weeks. We will all meet again in two months (around the end of May) to see
                how things are going.
                """;
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.PASS);
    }

    // --- Contingency ------------------------------------------------------------------------------------------------

    @Test
    void aConditionalActionIsStillFoundAndAMeetingNamedCareIsNoConsequence() {
        assertThat(status(DraftKind.PLAN, "If Dad comes home drunk, Gran will take the children to her house for the night.",
                "contingency")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, """
                What happens if the plan is not kept
                We will look again at the plan at the next care team meeting if things do not get better.
                """, "contingency")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Plan jargon in context -------------------------------------------------------------------------------------

    @Test
    void aTermInQuotationMarksIsAWordTalkedAboutNotUsed() {
        assertThat(status(DraftKind.PLAN, "Dee asked for \"substance misuse\" to be changed to \"when I drink\", and it was.",
                "jargon-free")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, "We are worried about Dee's substance misuse.", "jargon-free")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aWordOpeningALineBeforeAColonIsAFormsLabel() {
        assertThat(status(DraftKind.PLAN, "Present: Dee (Mum), Ron (Grandad), Ms Patel (teacher)", "jargon-free"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anAcronymThePlanSpellsOutIsExplainedOneItDoesNotIsJargon() {
        assertThat(status(DraftKind.PLAN, """
                Team Around the Family meeting, 3 May.
                The next TAF meeting is on 14 June.
                """, "jargon-free")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, "The next TAF meeting is on 14 June.", "jargon-free")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void labelsForYoungPeopleAreJargon() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "Worried that Dylan (17) is NEET and could get involved in ASB, "
                + "with a risk of criminalisation.", "jargon-free")).isEqualTo(CheckStatus.FAIL);
        assertThat(TestJargon.LIST.find("Dylan is NEET.")).isNotEmpty();
        assertThat(TestJargon.LIST.find("The ASB team.")).isNotEmpty();
        assertThat(TestJargon.LIST.find("His criminalisation.")).isNotEmpty();
        assertThat(TestJargon.LIST.find("He has a criminal record.")).isEmpty();
    }

    // --- Action plans as workers write them -------------------------------------------------------------------------

    @Test
    void headerRowsWhoseFirstCellIsALabelAreNotActionsAndResponsibleIsTheWhoColumn() {
        ParsedPlan plan = PlanParser.parse("""
                Child:\tTia MOSS\tDOB:\t02/02/2024
                Allocated SW:\tKaren Lowe\tTeam:\tEast 1

                ACTION PLAN
                Action\tResponsible\tTimescale
                Mum to keep the stair gate shut\tMum\tEvery day
                Ask housing about the damp\tSW\tBy 10/05/2026
                """);
        assertThat(plan.actions()).extracting(PlanAction::who).containsExactly("Mum", "SW");
    }

    @Test
    void whatEveryoneWillDoHeadsTheActionPlan() {
        assertThat(PlanSection.ofHeading("5. What everyone will do")).contains(PlanSection.ACTIONS);
        assertThat(PlanSection.ofHeading("What the network will do")).contains(PlanSection.ACTIONS);
    }

    @Test
    void anActionSetOffBySomeoneSaysWhenAVagueConditionDoesNot() {
        String grouped = """
                Who does what
                Auntie Bev
                - Comes round if Dee rings her.
                - Rings Dee back within 10 minutes of a text.
                - Keeps her phone on while this plan is in place.
                - Has the girls every Saturday.
                """;
        assertThat(status(DraftKind.PLAN, grouped, "who-what-when")).isEqualTo(CheckStatus.PASS);
        String vague = """
                Who does what
                - Dee will ask her GP about her sleep if things don't get better.
                - Ron will help out.
                - Bev will pop in.
                """;
        assertThat(status(DraftKind.PLAN, vague, "who-what-when")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Whose views, identity, day to day, sharing, network --------------------------------------------------------

    @Test
    void aParentsViewsHeadingIsNotTheChildsVoice() {
        assertThat(PlanSection.ofHeading("Parents' views")).contains(PlanSection.FAMILY_VIEWS);
        assertThat(PlanSection.ofHeading("FAMILY'S VIEWS")).contains(PlanSection.FAMILY_VIEWS);
        assertThat(status(DraftKind.PLAN, """
                Child's views:
                Tia is too young to give her views.

                Parents' views:
                Mum said she does not agree with the plan.
                """, "voice-of-child")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void identityAnsweredWithNothingToSayOrOnlyWordsInOtherSensesIsNotMet() {
        assertThat(status(DraftKind.PLAN, "Diversity:\nNo issues identified.", "identity-and-diversity")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, "Diversity:\nNone.\n\nCirculation: all at the meeting.", "identity-and-diversity"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, "Identity:\nDiet: halal food at Gran's and at school.", "identity-and-diversity"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, "Tia sees the speech and language therapist on Mondays. Mum's heart races when she is "
                + "anxious.", "identity-and-diversity")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, "Tia's dad will take her to the mosque on Fridays.", "identity-and-diversity"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anErrandWithAServiceOrATestForProfessionalsIsNotDayToDay() {
        assertThat(status(DraftKind.PLAN, """
                Actions:
                - Dad to register the twins with a dentist.
                - Mum to provide a hair strand test.
                """, "family-day-to-day")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, "Grandad Ron will walk the twins to school every morning.", "family-day-to-day"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void whoHoldsThePlanShowsItWasSharedAStoryForTheChildDoesNot() {
        assertThat(status(DraftKind.PLAN, """
                Copy of plan
                Dee and Ron were given the plan at the meeting. Auntie Bev and the nursery also have a copy.
                """, "shared-with-family")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, "Karen will make a words and pictures story for Tia by 1 June.", "shared-with-family"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aNamedPersonWithTheirTieToAParentIsNetwork() {
        assertThat(status(DraftKind.PLAN, "Present: Dee (Mum), Rose (Dee's mum), Ms Patel (teacher)", "network"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, "Nanna Rose will have Tia on Saturdays.", "network")).isEqualTo(CheckStatus.PASS);
    }

    // --- Statements and goals ---------------------------------------------------------------------------------------

    @Test
    void aLongSentenceOfPlainWordsReadsEasilyOneThickWithLongWordsDoesNot() {
        String plain = "Dee and Ron are worried that Tia, who is 5 and has a big sister called Jade, has been going to bed very "
                + "late on school nights and getting up in the night to look for her mum, so she is tired and cross at school "
                + "and has cried in class on two days this week.";
        assertThat(status(DraftKind.WORRY_STATEMENT, plain, "readability")).isEqualTo(CheckStatus.PASS);
        String dense = "Professionals are worried that inconsistent parenting and deteriorating home conditions, alongside "
                + "parental ambivalence regarding professional involvement and intermittent engagement with universal "
                + "services, are significantly impacting on Tia's emotional development and educational attainment at school.";
        assertThat(status(DraftKind.WORRY_STATEMENT, dense, "readability")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aFrequencyWithTheGoalsOwnNoEndIsNoTimescaleByTheSummerIs() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Ron will walk Tia to school every morning. This will be ongoing.", "timescale"))
                .isEqualTo(CheckStatus.FAIL);
        // How often alone is no goal timescale either (the owner's decision, eleventh round).
        assertThat(status(DraftKind.SAFETY_GOAL, "Ron will walk Tia to school every morning.", "timescale"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WELLBEING_GOAL, "Dee will take Tia swimming on Sundays by the summer.", "timescale"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(TimescaleGrammar.find("until the spring")).contains("until the spring");
    }

    @Test
    void theChildsOwnStateInGeneralWordsIsNoOutcome() {
        assertThat(status(DraftKind.SAFETY_GOAL, "By 1 June, Dee will be a better mum, with help from her friend Kim. "
                + "Tia will be safe and happy.", "child-outcome")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WELLBEING_GOAL, "Ron will take Tia to the park on Saturdays. Tia will be happier.",
                "child-outcome")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "For the next three months Tia's network (her Auntie Bev and Grandad Ron) will "
                + "phone every evening. Tia will always have an adult who is sober at home.", "child-outcome"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theOneAfterLetIsWhoItIsDoneTo() {
        var goal = check(DraftKind.WELLBEING_GOAL, "Dee will not let Tia stay up late, and Ron will stop shouting in front of her.");
        assertThat(goal.get("child-outcome").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(goal.get("observable-behaviour").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void wordsInBracketsAfterALabelGlossItAndLatelyIsNotLate() {
        assertThat(status(DraftKind.DANGER_STATEMENT, "Professionals are worried about parental substance misuse (cannabis) "
                + "and the impact on Tia.", "specific-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WORRY_STATEMENT, "Ron is worried about Jade's mental health. Jade has been struggling lately.",
                "specific-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WORRY_STATEMENT, "The nursery is worried that Tia's dad has not been picking her up on "
                + "Fridays and she has been left waiting at the door.", "specific-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aSentenceThatOpensByAddingStitchesOnAnotherWorry() {
        assertThat(status(DraftKind.DANGER_STATEMENT, "Gran is worried that Dee drinks vodka most evenings and falls asleep. "
                + "Also Ron has been shouting at the neighbours. If nothing changes Tia could be hurt.", "one-worry-per-statement"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT, "Gran is worried that Dee drinks vodka most evenings and falls asleep. "
                + "If nothing changes Tia could be hurt. Also she could start to think drinking every night is normal.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aConditionAtTheEndOfASentenceLooksBackToWhatItLeadsTo() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "Worried that Dylan is out until 2am most nights. Risk of harm if this "
                + "continues.", "future-if-nothing-changes")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WORRY_STATEMENT, "Worried that Dylan is out until 2am most nights. He could be hurt or "
                + "arrested if this continues.", "future-if-nothing-changes")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aTiredChildIsHowTheWorryTouchesThemNow() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "The school is worried that Tia is on her tablet until midnight on school "
                + "nights, so she comes to school exhausted and irritable.", "impact-on-child")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void reducingRiskIsJargon() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Risk to be reduced by June.", "jargon-free")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SAFETY_GOAL, "Parents to reduce the risk to Tia.", "jargon-free")).isEqualTo(CheckStatus.FAIL);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Copy of plan | SHARING", "Copies of the plan | SHARING", "Plan shared with | SHARING",
        "Mum's views | FAMILY_VIEWS", "What the family will do | ACTIONS", "Family support | NETWORK"})
    void headingsFromThisRound(String heading, PlanSection section) {
        assertThat(PlanSection.ofHeading(heading)).as(heading).contains(section);
    }
}
