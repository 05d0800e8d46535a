package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-ninth round on statements and goals: who acts in a goal when only the child does, and harm the child has
 * already come to. Every sentence here is written for the test, not copied from any labelled set.
 */
class RoundTwentyNineLessonsTest {

    @Test
    void theChildActingAloneInTheirOwnLifeIsNoOneInTheNetworkActing() {
        // An age in brackets marks the child of the goal.
        assertThat(status(DraftKind.SUCCESS_GOAL, "Bella (15) will sign up for the bakery course and get a Saturday job by June.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
        // Round fourteen passed this; the later readers (and "names who in the family and network will act") fail it.
        assertThat(status(DraftKind.SUCCESS_GOAL, "Kian (17) will keep his flat clean and do his own washing every week.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
        // What they will do happens in a child's own setting: school, placement, going missing.
        assertThat(status(DraftKind.WELLBEING_GOAL, "Tom will get to school on time every day and go to bed by 9pm, by half term.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SUCCESS_GOAL, "Leah will stop going missing from her placement by the end of May.",
                "who-will-act")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theChildActingWithFamilyOrFriendsTheyNameIsTheirNetworkActing() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "Bella (15) will cook a meal each Sunday with her aunt Rose and sign up for the"
                + " bakery course by June.", "who-will-act")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WELLBEING_GOAL, "Gran will walk Tom to school every morning until half term.", "who-will-act"))
                .isEqualTo(CheckStatus.PASS);
        // A parent by name, with no sign of being the child, still acts.
        assertThat(status(DraftKind.SAFETY_GOAL, "Donna will go to the drug service every Tuesday and keep the flat clear of needles"
                + " until the review in May.", "who-will-act")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void harmTheChildHasAlreadyComeToIsImpact() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "The school nurse is worried that Mum has not been buying food, and Ali (7) has"
                + " come in hungry most mornings this term.", "impact-on-child")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT, "The health visitor is worried that Dad leaves the heating off, and baby Rose"
                + " was cold to touch on two visits in January.", "impact-on-child")).isEqualTo(CheckStatus.PASS);
        // A label of exposure is not what befell the child.
        assertThat(status(DraftKind.DANGER_STATEMENT, "Everyone is worried about the state of the flat. The children are exposed to"
                + " an unsafe home.", "impact-on-child")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aYoungPersonWritingTheirOwnGoalSaysWhatTheirLifeWillBe() {
        // Their own age, birthday or grown-ups ("my nan", "my youth worker") show the writer is the young person.
        assertThat(status(DraftKind.SUCCESS_GOAL, "I (Jade, 16) will go to college three days a week, and my nan will ring me every"
                + " Sunday to plan the week.", "child-outcome")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SUCCESS_GOAL, "By my 18th birthday I will be paying my own rent and cooking for myself most nights.",
                "child-outcome")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WELLBEING_GOAL, "I'll walk to the bus with my youth worker Sam on Mondays until the summer.",
                "child-outcome")).isEqualTo(CheckStatus.PASS);
        // A parent writing ("my kids") and a writer who shows no sign of being the young person are read as before.
        assertThat(status(DraftKind.SAFETY_GOAL, "I, Kerry, will take my kids to the bus stop every morning and my mum will help on"
                + " Fridays.", "child-outcome")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.SUCCESS_GOAL, "I will go to the gym three times a week with my friend Sam.", "child-outcome"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aProfessionalDoingSomethingHandsOnWithTheChildIsSeenDone() {
        assertThat(status(DraftKind.WELLBEING_GOAL, "The school will give Ali a quiet corner and a timer by half term, so he can stay in"
                + " his lessons.", "observable-behaviour")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.SUCCESS_GOAL, "Her personal adviser will help her fill in the housing form by the end of May.",
                "observable-behaviour")).isEqualTo(CheckStatus.PASS);
        // Visits and weighing are the service watching how the child is, as before.
        assertThat(status(DraftKind.SAFETY_GOAL, "The social worker will visit weekly and the health visitor will weigh Ali every"
                + " fortnight until June.", "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void havingAPersonToStayIsSomethingDone() {
        assertThat(status(DraftKind.SAFETY_GOAL, "For the next 2 months, Leo's aunt Mo will have Leo (9) to stay every other weekend.",
                "says-what-will-happen")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.WELLBEING_GOAL, "Gran Sue and Grandad Ray to have Mia-Rose for tea on Fridays until the summer.",
                "says-what-will-happen")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aWorryNamedAsALabelNeedsWhatTheAdultsDid() {
        // Only how the child is, after "worried about neglect": the adults' part is missing.
        assertThat(status(DraftKind.WORRY_STATEMENT, "The school is worried about neglect at home. Sami (6) comes into school hungry"
                + " and in the same clothes all week.", "specific-behaviour")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.DANGER_STATEMENT, "Children's services are worried about domestic abuse between Mum and her partner"
                + " Rob. Rob has pushed Mum against the wall twice since May, and Ava (4) saw it.", "specific-behaviour"))
                .isEqualTo(CheckStatus.PASS);
        // A danger in the child's own life: what the child does is the behaviour.
        assertThat(status(DraftKind.DANGER_STATEMENT, "The police are worried about CCE. Jay (15) has been found in another town three"
                + " times with cash he can't explain.", "specific-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aNameAfterAWordForAChildIsTheChild() {
        assertThat(status(DraftKind.DANGER_STATEMENT, "The nursery is worried that Dad has been leaving baby Mia in a wet nappy all day."
                + " Mia had a rash so bad it bled last week.", "impact-on-child")).isEqualTo(CheckStatus.PASS);
        // With nothing to say Mia is the child, "Mia had a rash" is read as before.
        assertThat(status(DraftKind.DANGER_STATEMENT, "The nursery is worried that Dad has been leaving Mia in a wet nappy all day."
                + " Mia had a rash so bad it bled last week.", "impact-on-child")).isEqualTo(CheckStatus.FAIL);
    }
}
