package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * Misreadings a Draft engineer and an exploratory tester found in the seventh round. Every text here is written for the
 * test, not copied from any labelled set.
 */
class RoundSevenLessonsTest {

    // --- Specific behaviour: everyday harmful acts are what happened ------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Nursery are worried because Rory bangs his head on the floor when he is told no.",
            "School are worried that Aiden breaks things in his room when his dad does not come to contact.",
            "We are worried that when Leon is angry he smashes the windows of the flat.",
            "Mum is worried that Tyler throws things at his little sister when he loses a game.",
            "Gran is worried because Shane punched a hole in the kitchen door last week.",
            "We are worried because Mr Kowalski kicked the bedroom door in while the children were home.",
            // Acts no list names, read from their shape: a person, an action, who or what it was done to.
            "We are worried that Tyler pinned his sister against the wall on Sunday.",
            "Nursery are worried that Dad drags Leo by the arm to the car most mornings.",
    })
    void everydayHarmfulActsAreWhatHappened(String statement) {
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "specific-behaviour")).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We are worried about neglect and Mum's mental health.",
            "We are worried about domestic abuse and that Mum needs a break from caring.",
            "We are worried that Mum neglects the children and has a history of domestic abuse.",
            "We are worried that Dad struggles with his mental health and parenting.",
    })
    void aLabelWithNoActStillFails(String statement) {
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "specific-behaviour")).isEqualTo(CheckStatus.FAIL);
    }

    // --- One worry: "missed" is not going missing --------------------------------------------------------------------

    @Test
    void missedChecksAndAppointmentsAreNotGoingMissing() {
        String statement = """
                The health visitor is worried because Stacey has missed 4 of baby Ava's weight checks, Ava's nappy is
                often left on all day and Stacey drinks most evenings. If nothing changes Ava could stop growing as she should.
                """;
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "one-worry-per-statement")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void missingSchoolIsSchoolNotGoingMissing() {
        String statement = """
                School are worried because Dad drinks every night, Leah is missing school most Mondays and the house is
                often cold with no food in. If nothing changes Leah could fall behind and go hungry.
                """;
        assertThat(check(DraftKind.WORRY_STATEMENT, statement).get("one-worry-per-statement").evidence()).doesNotContain("\"missing\"");
    }

    @Test
    void goingMissingIsStillItsOwnTheme() {
        String statement = """
                We are worried that Dad drinks every night, that Kyle has gone missing three times and that
                Dad's depression means he stays in bed.
                """;
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Impact on the child said as a likelihood --------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "We are worried that Paula takes heroin again. If this continues Jade is more likely to get pulled back into looking after her mum.",
            "The midwife is worried that Kerry drinks until she passes out. If nothing changes she might not wake up for the baby at night.",
            "The midwife is worried that Nadia smokes spice while pregnant. If this continues the baby could be born small.",
    })
    void impactSaidAsALikelihood(String statement) {
        assertThat(status(DraftKind.WORRY_STATEMENT, statement, "impact-on-child")).isEqualTo(CheckStatus.PASS);
    }

    // --- Timescales --------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Mum will keep Lily's medicine locked in the kitchen cupboard before the final hearing in March.",
            "Mum will keep Lily's medicine locked in the kitchen cupboard until the final hearing in march.",
            "Grandad Pete will stay at the flat with Lily over the next 10 days.",
            "Grandad Pete will stay at the flat with Lily next 10 days.",
            "Mum will keep Lily's medicine locked in the kitchen cupboard until the icpc.",
            "Mum will keep Lily's medicine locked in the kitchen cupboard until the rcpc.",
            "Mum will keep Lily's medicine locked in the kitchen cupboard until the next core group.",
            "Mum will keep Lily's medicine locked in the kitchen cupboard until the initial child protection conference.",
    })
    void timescalesTypedInEverydayWays(String goal) {
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "timescale")).isEqualTo(CheckStatus.PASS);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Mum will keep Lily's medicine locked in the kitchen cupboard before the final straw.",
            "Mum will keep Lily's medicine locked in the kitchen cupboard until the next 10 are used.",
    })
    void anAdjectiveBeforeAnythingIsNoTimescale(String goal) {
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "timescale")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Who will act ------------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "Mum, pa Sam and Aunty Bev will check Ruby has eaten every evening for the next 3 months.",
            "Mum, Grandad and the perinatal mental health team will make sure baby Ivy is fed every 3 hours for the next 6 months.",
            "Jo rings Grandma Sue every night at 7 to say the children are in bed, for the next 3 months.",
    })
    void whoActsReadThroughTitlesAndTeams(String goal) {
        assertThat(status(DraftKind.SAFETY_GOAL, goal, "who-will-act")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aTeamAloneIsNotTheFamilyActing() {
        assertThat(status(DraftKind.SAFETY_GOAL,
                "The perinatal mental health team will visit baby Ivy every week for the next 6 months.", "who-will-act"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void weeklyVisitsIsNoNameOpeningASentence() {
        assertThat(Spans.isName(org.practiceassistant.check.text.AnalysedText.of("Weekly visits the family will get."), 0)).isFalse();
        assertThat(Spans.isName(org.practiceassistant.check.text.AnalysedText.of("Jo texts Gran at 9."), 0)).isTrue();
    }

    @Test
    void everyoneIsNotWhoActs() {
        assertThat(status(DraftKind.SAFETY_GOAL, "Everyone will make sure Ruby is safe and happy for the next 3 months.",
                "who-will-act")).isNotEqualTo(CheckStatus.PASS);
    }

    // --- Plan: a goal's outcome for the child is not the child's view ------------------------------------------------

    @Test
    void aGoalsOutcomeIsNotTheChildsView() {
        String plan = """
                Worry statement
                We are worried that Dean hits Kayleigh when he has been drinking and Kayden (6) sees it.
                Safety goal
                Dean will not drink at home, and Kayden feels safe at home, for the next 6 months.
                """;
        assertThat(status(DraftKind.PLAN, plan, "voice-of-child")).isNotEqualTo(CheckStatus.PASS);
    }

    @Test
    void whatTheChildSaidIsTheChildsView() {
        String plan = """
                Worry statement
                We are worried that Dean hits Kayleigh when he has been drinking and Kayden (6) sees it.
                What Kayden says
                Kayden told me he hides under his bed when his dad shouts and he wants his dad to stop drinking.
                Safety goal
                Dean will not drink at home, and Kayden feels safe at home, for the next 6 months.
                """;
        assertThat(status(DraftKind.PLAN, plan, "voice-of-child")).isEqualTo(CheckStatus.PASS);
    }

    // --- Visits and review: the health visitor's visits are not the social worker's -----------------------------------

    @Test
    void theHealthVisitorsVisitsAreNotTheSocialWorkers() {
        String plan = """
                HV to visit weekly to weigh baby Amir.
                The plan will be reviewed at the core group every 4 weeks.
                """;
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.FAIL);
    }
}
