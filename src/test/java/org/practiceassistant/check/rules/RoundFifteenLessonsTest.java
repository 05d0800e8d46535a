package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The fifteenth round: patterns read in the tuning splits (blind10 and earlier). Every sentence here is written for the
 * test, not copied from any labelled set.
 */
class RoundFifteenLessonsTest {

    private static final String WORRY = "The school and children's social care are worried that Tom (7) has been left at home on his own"
            + " most evenings while his mum Lisa goes out drinking. If nothing changes Tom could get hurt in a fire or an accident with"
            + " nobody there to help him.";
    private static final String GOAL = "Lisa and her sister Jo will make sure Tom always has an adult with him in the evenings. Jo will"
            + " come round on Fridays and Saturdays and Lisa will stay at home with Tom, every week until the end of the summer term.";

    @Test
    void whatWeWantToHappenHeadsTheGoal() {
        String plan = "What we are worried about\n" + WORRY + "\n\nWhat we want to happen\n" + GOAL + "\n";
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void proseBesideAWorryInATableIsItsGoalAndATaskIsNot() {
        String header = "| What we are worried about | What needs to happen |\n|---|---|\n";
        assertThat(status(DraftKind.PLAN, header + "| " + WORRY + " | " + GOAL + " |\n", "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, header + "| " + WORRY + " | Family meeting to be held. |\n", "danger-goal-pairs"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aColumnWithTwoNamesIsReadByEither() {
        String plan = "Worry / Danger statement\tGoal\tWho\tWhen\n" + WORRY + "\t" + GOAL + "\tLisa and Jo\tFrom now\n";
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void whatSomeoneWillBeDoingSaysWhatWillHappen() {
        for (String goal : new String[] {"By the summer Nia will be eating well, sleeping through and going to playgroup twice a week.",
                "By his 19th birthday Reece will be paying his rent on time.",
                "Maya will be up to date with her checks, walking to school with her brother and seeing her nan on Sundays by June."}) {
            assertThat(status(DraftKind.SUCCESS_GOAL, goal, "says-what-will-happen")).as(goal).isEqualTo(CheckStatus.PASS);
        }
    }

    @Test
    void onlyStoppingSomethingSaysNothingWillHappen() {
        for (String goal : new String[] {"There will be no more fighting or swearing at home by May.",
                "No more police visits to the flat and no more shouting at the children, for 3 months.",
                "Help will be provided to promote the children's wellbeing.",
                "Gran and Mum will make sure Leon is not out on the streets after 9pm, until Easter."}) {
            assertThat(status(DraftKind.SUCCESS_GOAL, goal, "says-what-will-happen")).as(goal).isEqualTo(CheckStatus.FAIL);
        }
        String stopping = "Gran and Mum will make sure Leon is not out on the streets after 9pm, until Easter.";
        assertThat(status(DraftKind.WELLBEING_GOAL, stopping, "observable-behaviour")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theServicesOversightInShorthandIsNothingDone() {
        for (String goal : new String[] {"Home conditions to be improved. Professionals to monitor.", "Her needs to be met. IRO to review."}) {
            assertThat(status(DraftKind.SAFETY_GOAL, goal, "says-what-will-happen")).as(goal).isEqualTo(CheckStatus.FAIL);
            assertThat(status(DraftKind.SAFETY_GOAL, goal, "observable-behaviour")).as(goal).isEqualTo(CheckStatus.FAIL);
        }
        String inFull = "The school and the police will monitor where Leon is after school and ring Mum if he is missing, until June.";
        assertThat(status(DraftKind.SAFETY_GOAL, inFull, "says-what-will-happen")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void beingThereSaysWhatWillHappen() {
        String goal = "Mum and Gran will make sure Leon is never alone with his uncle, and Gran will be at the house every evening until June.";
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "says-what-will-happen")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void beingAtTheHouseIsSeen() {
        String goal = "Mum and Gran will make sure Leon is never alone with his uncle, and Gran will be at the house every evening until June.";
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "observable-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void makingSureSomeoneIsNeverLeftAloneIsARuleOthersSeeKept() {
        String goal = "Mum and Gran will make sure Leon is never alone with his uncle, until the court hearing in June.";
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "observable-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void servicesAcronymsAndReportLabelsAreJargon() {
        for (String goal : new String[] {"Case to be closed to CSC by June.", "Leon to stay in ETE until he is 18.",
                "There will be no more parental conflict in front of Leon by June."}) {
            assertThat(status(DraftKind.SUCCESS_GOAL, goal, "jargon-free")).as(goal).isEqualTo(CheckStatus.FAIL);
        }
    }

    @Test
    void theCaseIsNoOneActing() {
        assertThat(status(DraftKind.SUCCESS_GOAL, "Case to close by the summer.", "who-will-act")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void childrenReachingAnAgeTogetherAndTheNextYearAreTimescales() {
        for (String goal : new String[] {"Gran will have Amy and Ben every Friday night, from now until they are both 18.",
                "Mum and Gran will go over the safety plan with Amy every Sunday for the next year."}) {
            assertThat(status(DraftKind.SAFETY_GOAL, goal, "timescale")).as(goal).isEqualTo(CheckStatus.PASS);
        }
    }

    private static final String PLAN_START = "What we are worried about\n" + WORRY + "\n\nWhat we want to happen\n" + GOAL
            + " If Lisa goes out, Jo will come round straight away and stay the night.\n\n";

    @Test
    void aVisitsHeadingWithItsKindEndsTheContingency() {
        String plan = PLAN_START + "Contingency\nIf things do not get better we will consider next steps.\n\nStatutory visits\n"
                + "The social worker will visit every 4 weeks. The plan will be reviewed at the core group on 3 March.\n";
        assertThat(status(DraftKind.PLAN, plan, "contingency")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isNotEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aVagueContingencyPartIsNotMadeUpForByAConditionalElsewhere() {
        String vague = PLAN_START + "If the plan does not work\nWe will look at other options.\n";
        assertThat(status(DraftKind.PLAN, vague, "contingency")).isEqualTo(CheckStatus.FAIL);
        String none = PLAN_START + "Network\nJo (Lisa's sister) and Gran.\n";
        assertThat(status(DraftKind.PLAN, none, "contingency")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aListOfLabelsIsNotReadable() {
        for (String statement : new String[] {"Drugs. House dirty and cold. Dad not working with us. Kids at risk.",
                "Low school attendance. No routines. Poor parenting."}) {
            assertThat(status(DraftKind.WORRY_STATEMENT, statement, "readability")).as(statement).isEqualTo(CheckStatus.FAIL);
        }
        for (String statement : new String[] {"Concerns about drugs and the children.",
                "Dad drinks. Mum is scared. The kids hide upstairs when he shouts."}) {
            assertThat(status(DraftKind.WORRY_STATEMENT, statement, "readability")).as(statement).isEqualTo(CheckStatus.PASS);
        }
    }

    @Test
    void theHomeEnvironmentIsALabelAndWorkingHonestlyWithProfessionalsIsTheService() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "We are worried about the home environment and what it means for Leon.", "jargon-free"))
                .isEqualTo(CheckStatus.FAIL);
        String plan = "What we are worried about\n" + WORRY + "\n\nDay to day\nParents to work openly and honestly with professionals.\n";
        assertThat(status(DraftKind.PLAN, plan, "family-day-to-day")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void childrenComingToSchoolFedAndWarmIsTheirOutcome() {
        String goal = "Mum and Dad will do a big shop every Friday and top up the meter, so there is food in every day. Leon and Amy"
                + " will come to school fed and warm, by the end of January.";
        assertThat(status(DraftKind.WELLBEING_GOAL, goal, "child-outcome")).isEqualTo(CheckStatus.PASS);
    }
}
