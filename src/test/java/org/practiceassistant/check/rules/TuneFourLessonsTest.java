package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/** What tune set 4 (issue 16's third round, an independent reader's drafts and plans) taught the rules. */
class TuneFourLessonsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Who is doing what and when | ACTIONS",
        "Who will do what | ACTIONS",
        "Things that must happen | BOTTOM_LINES",
        "Why we are involved (danger statements) | DANGER_STATEMENTS",
        "What we all want to see (safety goals) | SAFETY_GOALS",
        "What do we want to see? | SAFETY_GOALS",
        "People who help Aaliyah | NETWORK",
        "Family and friends helping | NETWORK",
        "Who Jacob is | IDENTITY",
        "Next meeting | VISITS_AND_REVIEW"})
    void headingsWorkersUse(String heading, PlanSection section) {
        assertThat(PlanSection.ofHeading(heading)).as(heading).contains(section);
    }

    @Test
    void aPlanWhoseActionsAlmostAllSayWhoAndWhenSaysWhoDoesWhatAndNamesTheOneThatDoesNot() {
        ParsedPlan plan = PlanParser.parse("""
                Who does what
                - Marcus: alarm on for 7am and walk Jacob to school. From 11 Sept.
                - Marcus: go to his GP about his low mood. By 20 September.
                - Grandma Jean: walk Jacob to school on Tuesdays and Thursdays. From 12 September.
                - Uncle Stuart: ring Marcus every Sunday evening. From 16 September.
                - Auntie Pam: have Jacob for tea on Wednesdays. From 18 September.
                - Tom: help Jacob and Marcus make a memory box for Alison.
                """);
        var result = new WhoWhatWhenCriterion().check(plan);
        assertThat(result.status()).isEqualTo(CheckStatus.PASS);
        assertThat(result.evidence()).startsWith("5 of 6 actions").contains("memory box");
    }

    @Test
    void aPlanWhereManyActionsHaveNoWhenDoesNot() {
        ParsedPlan plan = PlanParser.parse("""
                Actions
                - Mum to continue to support Tia and to speak to Wayne.
                - Wayne to think about how he speaks to Tia.
                - School to monitor attendance every day.
                - SW to complete direct work with Tia.
                """);
        assertThat(new WhoWhatWhenCriterion().check(plan).status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void labelAndValueRowsAboveThePlanAreNotActionsAndAWhoWillDoWhatColumnHoldsTheWhat() {
        ParsedPlan plan = PlanParser.parse("""
                Child Protection Plan\tKacper Nowak (4)
                Social worker\tEmma Collins, Northfield Children's Services
                Review conference\t15 April

                Who will do what\tWho\tBy when
                Do bath time on other nights, with bubbles and a story\tMarta\tFrom today
                Check in with Pawel by phone about how the week went\tUncle Tomasz\tEvery Friday from 24 January
                """);
        assertThat(plan.actions()).extracting(PlanAction::who).containsExactly("Marta", "Uncle Tomasz");
        assertThat(plan.actions()).extracting(PlanAction::what).first().asString().startsWith("Do bath time");
    }

    @Test
    void aLineThatStopsOnAPrepositionWasWrappedAndGoesOnWithTheNext() {
        ParsedPlan plan = PlanParser.parse("""
                Who does what
                Liam \u2013 will not drink on Mondays and will go to the drinks group at
                Forward Steps on Tuesday evenings \u2013 first session 12 March
                Kirsty \u2013 will keep the back gate locked \u2013 from today
                """);
        assertThat(plan.actions()).hasSize(2);
        assertThat(plan.actions().get(0).who()).isEqualTo("Liam");
        assertThat(plan.actions().get(0).what()).endsWith("Forward Steps on Tuesday evenings");
    }

    @Test
    void numberedSubItemsLoseTheirNumbers() {
        ParsedPlan plan = PlanParser.parse("""
                4. Who does what
                4.1 Leanne will set two alarms and get up at 7am every school day. From 5 November.
                4.2 Leanne will see her GP about how low she is feeling. By 9 November.
                """);
        assertThat(plan.actions()).extracting(PlanAction::what).allMatch(what -> what.startsWith("Leanne will"));
    }

    @Test
    void inAPlanOfOneSentenceALineTimedActionsAfterAnInlineHeadingAreActionsNotTheGoalOrAWorry() {
        ParsedPlan plan = PlanParser.parse("""
                What we want to see: between now and 4 August, Rochelle will not let Troy into the flat.
                Rochelle will ask the housing officer Kim for a door camera and a new lock \u2013 by 20 May.
                Andre will tell Owen if Keisha says she is frightened \u2013 from today.
                """);
        assertThat(plan.safetyGoals()).hasSize(1);
        assertThat(plan.dangerStatements()).isEmpty();
        assertThat(plan.actions()).hasSize(2);
    }

    @Test
    void theChildTheGoalIsForDoingSomethingIsWhatTheyWillExperience() {
        var good = check(DraftKind.SAFETY_GOAL, "Between now and 30 June, Alfie's mum Leah and her partner Dean will sort out "
                + "disagreements without shouting. Alfie will tell his teacher and his nan how things are at home.");
        assertThat(good.get("child-outcome").status()).isEqualTo(CheckStatus.PASS);
        var service = check(DraftKind.WELLBEING_GOAL, "Jayden will be supported to develop emotional regulation strategies "
                + "and parenting support will be offered to Mum. Review at next TAF.");
        assertThat(service.get("child-outcome").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void saysWhatWillHappenIsSomethingDoneByAnyoneNotOnlyWhatStopsOrHowSomeoneWillFeel() {
        assertThat(check(DraftKind.SAFETY_GOAL, "The school will give Noah a quiet space and ear defenders by half term.")
                .get("says-what-will-happen").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.SUCCESS_GOAL, "By Kyle's 19th birthday in August, Kyle will be paying his own rent. Each payday, "
                + "he will sit down with his personal adviser Jo and put aside money for rent.")
                .get("says-what-will-happen").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.SAFETY_GOAL, "Dean will stop hitting Leah and there will be no more arguing in front of Alfie. "
                + "Alfie will no longer be scared.").get("says-what-will-happen").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aRoleFamiliesCallTheirOwnIsNoJargonWhenItIsSomeonesButStillIsOnItsOwn() {
        assertThat(check(DraftKind.PLAN, "Leanne will see her GP about how low she is feeling by 9 November.\n"
                + "Paul (IRO) will check the plan between reviews by 14 December.").get("jargon-free").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.PLAN, "Liaise with IRO re weight and feed back by 4 October.").get("jargon-free").status())
                .isEqualTo(CheckStatus.FAIL);
        assertThat(check(DraftKind.PLAN, "The SW (Gemma) will visit her SW office by Friday.").get("jargon-free").status())
                .as("SW is no one's own").isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void scoresInATabTableAndScoresByRole() {
        String zeroAndTen = "Scaling (0 = Kacper is not safe to live at home, 10 = everyone is sure Kacper is safe)\n";
        assertThat(check(DraftKind.PLAN, zeroAndTen + "Marta\t7\nPawel\t7\nEmma\t4\n").get("scaling").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.PLAN, zeroAndTen + "Mum 7, Dad 6, SW 3, HV 3, school 4.\n").get("scaling").status())
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aDraftThickWithAcronymsIsHardToRead() {
        var results = check(DraftKind.WELLBEING_GOAL, "Jayden will be supported to develop emotional regulation strategies via ELSA "
                + "sessions and parenting support will be offered to Mum through Triple P. Review at next TAF.");
        assertThat(results.get("readability").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("readability").evidence()).contains("acronyms");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Professionals are concerned that Jack is hit by his dad. If nothing changes Jack could be badly hurt. | FAIL",
        "Everyone is worried about the home conditions. If nothing changes Jack could be badly hurt. | FAIL",
        "Police found Lacey (15) in a car with two men. She was frightened and did not know where she was. | FAIL",
        "Nan says she is worried because Mum drinks vodka every Friday and falls asleep. | PASS"})
    void whoIsWorriedNamesSomeoneNotAGroupOfNobodyOrTheChildsOwnFear(String statement, CheckStatus expected) {
        assertThat(check(DraftKind.DANGER_STATEMENT, statement).get("who-is-worried").status()).as(statement).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Gran is worried about the home. If nothing changes they may suffer harm. | FAIL",
        "School are worried that Jayden hits other children. If this continues his needs will escalate. | FAIL",
        "Gran is worried that Mum hits Jack. We are worried about what could happen. | FAIL",
        "Gran is worried that Mum hits Jack. If nothing changes, Jack could be badly hurt. | PASS"})
    void theFutureIfNothingChangesIsSomethingAFamilyCouldPicture(String statement, CheckStatus expected) {
        assertThat(check(DraftKind.DANGER_STATEMENT, statement).get("future-if-nothing-changes").status()).as(statement).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Poor school attendance. Parental mental health. Needs ongoing support from the family worker.",
        "Concerns re neglect and parental substance misuse. Child at risk."})
    void labelsListedInASentenceOrOneToASentenceAreSeveralWorries(String statement) {
        assertThat(check(DraftKind.WORRY_STATEMENT, statement).get("one-worry-per-statement").status()).as(statement)
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void whatHappenedOrWhatTheChildIsToHaveIsNotTheFamilysDayToDay() {
        var results = check(DraftKind.PLAN, """
                Child/ren: Ava Morris (DOB 14/02, 7 months)
                Mum's partner Wayne moved in over the summer.

                Actions
                Health visitor (Sue Rahman)
                - Fortnightly home visits to weigh Ava - from 23/09
                Social worker (Gemma Price)
                - Apply to the Household Support Fund for a food voucher - by 24/09
                - Ava to have a medical review by 27/09
                """);
        assertThat(results.get("family-day-to-day").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void keepingTheChildrenSafeIsAnAimNotSomethingOthersCanSee() {
        assertThat(check(DraftKind.SAFETY_GOAL, "Mum will keep the children safe until the review in May.")
                .get("observable-behaviour").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void anAgeAfterANameIsPartOfNamingThemAndSomeoneServedIsNotSomeoneActing() {
        var kai = check(DraftKind.SUCCESS_GOAL, "Before he moves to supported lodgings, Kai (16) will cook 5 simple meals on his own "
                + "and do a weekly food shop with a set budget, with help from his foster carer Tina.");
        assertThat(kai.get("who-will-act").status()).isEqualTo(CheckStatus.PASS);
        assertThat(kai.get("observable-behaviour").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.WELLBEING_GOAL, "Jayden will be supported to develop emotional regulation strategies. Review at next TAF.")
                .get("who-will-act").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aWorkerIntroducingThemselvesIsNoListOfLabels() {
        assertThat(check(DraftKind.DANGER_STATEMENT, "I am Maya Okafor, Ruby's social worker. I am worried because Ruby's mum Jade "
                + "drinks a lot of vodka in the evenings. If nothing changes, Ruby could be hit by a car.")
                .get("one-worry-per-statement").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aReviewInTheFamilysWordsWrappedOverTwoLinesIsAReview() {
        var results = check(DraftKind.PLAN, """
                Reviewing the plan
                Tom (social worker) will visit every 3 weeks. We will all meet at Grandma Jean's on 22 October to look at
                the plan and the scores again.
                """);
        assertThat(results.get("visits-and-review").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void comingHomeSmellingOfAlcoholAndGoingMissingIsOneWorryAndShouldThisContinueLooksAhead() {
        var results = check(DraftKind.WORRY_STATEMENT, "Oak Lodge staff are worried because Precious (14) has gone missing 6 times "
                + "and come back after midnight smelling of alcohol. Should this continue, Precious could be hurt by people she meets.");
        assertThat(results.get("one-worry-per-statement").status()).isEqualTo(CheckStatus.PASS);
        assertThat(results.get("future-if-nothing-changes").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void shortSentencesThatNameNoLabelAreNoListOfWorries() {
        assertThat(check(DraftKind.DANGER_STATEMENT, "Gran and the school are worried because Dad hits Jack when he drinks. "
                + "Jack told Gran: \"Daddy shouts.\" \"I hide.\" If nothing changes, Jack could be badly hurt.")
                .get("one-worry-per-statement").status()).isEqualTo(CheckStatus.PASS);
    }
}
