package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The plan conventions of knowledge/check-conventions.md ("Plans"), one test or more each: how the authority's auditors read
 * a whole plan in the cases they split on, and so how Check must. Every plan here is small and written for the test, in
 * our own words; none is copied from a labelled set. Where the checker already followed a convention, its test pins it.
 */
class PlanConventionsTest {

    /* One worry and its goal under headings, and nothing else: the base most tests add one part to. */
    private static final String WORRY = "We (the school and the social worker) are worried that Leon (7) has come to school"
            + " hungry and in the same dirty clothes on most days since January, because his mum Chantelle is sleeping until"
            + " the afternoon. If nothing changes Leon could go hungry and fall behind at school.";
    private static final String GOAL = "From now until the Easter holidays, Chantelle and Leon's nan Brenda will make sure"
            + " Leon has breakfast and clean clothes every school day, so Leon is at school on time and not hungry.";

    private static final String HEADED = "What we are worried about\n" + WORRY + "\n\nWhat we want to see\n" + GOAL + "\n";

    private static CheckStatus plan(String text, String criterion) {
        return status(DraftKind.PLAN, text, criterion);
    }

    // --- Danger and goal pairs: each worry has its goal wherever the plan puts them ---

    @Test
    void aWorryAndItsGoalUnderHeadingsArePaired() {
        assertThat(plan(HEADED, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aWorryAndItsGoalInOneRunningParagraphArePaired() {
        String paragraph = WORRY + " What we want is that " + GOAL.substring(0, 1).toLowerCase() + GOAL.substring(1) + "\n";
        assertThat(plan(paragraph, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aWorryAndItsGoalInAPastedTableArePaired() {
        String tab = "What we are worried about\tWhat we want to see\n" + WORRY + "\t" + GOAL + "\n";
        String pipe = "| What we are worried about | What we want to see |\n|---|---|\n| " + WORRY + " | " + GOAL + " |\n";
        assertThat(plan(tab, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
        assertThat(plan(pipe, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aListOfLabelsIsNoDangerStatement() {
        String labels = "What we are worried about\nNeglect, poor home conditions, missed school, DV.\n\nWhat we want to see\n"
                + GOAL + "\n";
        assertThat(plan(labels, "danger-goal-pairs")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aListOfServicesIsNoGoal() {
        String services = "What we are worried about\n" + WORRY + "\n\nWhat we want to see\nParenting course, Early Help, CAMHS,"
                + " school nurse and a family support worker.\n";
        assertThat(plan(services, "danger-goal-pairs")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Who does what, by when: under any heading or none ---

    private static final String ACTIONS = """
            - Chantelle: set an alarm for 7am and get Leon up - every school day from Monday
            - Nan Brenda: ring Chantelle at 7.15am - every school day until Easter
            - Mr Hale (class teacher): tell Chantelle if Leon comes in hungry - the same day
            """;

    @Test
    void actionsWithWhoAndWhenCountUnderAnyHeading() {
        for (String heading : new String[] {"Who does what", "Actions", "What needs to happen", "Our plan"}) {
            assertThat(plan(HEADED + "\n" + heading + "\n" + ACTIONS, "who-what-when")).as(heading).isEqualTo(CheckStatus.PASS);
        }
    }

    @Test
    void actionsWithWhoAndWhenCountInATableWithWhoWhatWhenColumns() {
        String table = """

                Who\tWhat\tWhen
                Chantelle\tSet an alarm for 7am and get Leon up\tEvery school day from Monday
                Nan Brenda\tRing Chantelle at 7.15am\tEvery school day until Easter
                """;
        assertThat(plan(HEADED + table, "who-what-when")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void actionsWithWhoAndWhenCountWithNoHeadingAtAll() {
        // A plan of paragraphs and lines, no heading anywhere: the worry, what we want, then who will do what and when.
        String unheaded = WORRY + "\n\nWhat we want is that Chantelle and Nan Brenda will make sure Leon has breakfast every school"
                + " day until Easter.\n\n"
                + "Chantelle will set an alarm for 7am and get Leon up every school day from Monday.\n"
                + "Nan Brenda will ring Chantelle at 7.15am every school day until Easter.\n";
        assertThat(plan(unheaded, "who-what-when")).isEqualTo(CheckStatus.PASS);
        assertThat(plan(unheaded, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void actionsWithNoTimeDoNotCount() {
        String untimed = "\nWho does what\n- Chantelle: get Leon up\n- Nan Brenda: help out\n";
        assertThat(plan(HEADED + untimed, "who-what-when")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Visits and review: the social worker's visits and the plan's review, no one else's ---

    @Test
    void theSocialWorkersVisitsAndTheReviewMeetIt() {
        String visits = "\nVisits and review\nJo (social worker) will visit Leon at home every two weeks, and see him on his own."
                + " We will review this plan at the child in need meeting on 4 March.\n";
        assertThat(plan(HEADED + visits, "visits-and-review")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void otherProfessionalsVisitsDoNotMeetIt() {
        String others = "\nOther help\nThe school nurse will see Leon every week, and the family support worker will visit"
                + " Chantelle on Tuesdays.\n";
        assertThat(plan(HEADED + others, "visits-and-review")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Network: family and friends by name or relationship, anywhere; professionals are not the network ---

    @Test
    void familyAndFriendsNamedAnywhereAreTheNetworkWithoutTheWord() {
        String named = "\nWho is helping\nLeon's nan Brenda and Chantelle's friend Kayleigh, who lives next door, have both"
                + " read this plan and will help.\n";
        assertThat(plan(HEADED + named, "network")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void professionalsAloneAreNotTheNetwork() {
        String professionals = HEADED.replace("and Leon's nan Brenda ", "")
                + "\nWho is helping\nThe class teacher, the school nurse and the family support worker.\n";
        assertThat(plan(professionals, "network")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Family day to day: what the family does each day or week, not tasks owed to the service ---

    @Test
    void theFamilysRoutinesAreTheirDayToDay() {
        String routines = "\nEvery day\n- Chantelle will walk Leon to school at 8.30am every morning.\n"
                + "- Nan Brenda will have Leon for his tea on Wednesdays and Fridays.\n";
        assertThat(plan(HEADED + routines, "family-day-to-day")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void tasksOwedToTheServiceAreNotDayToDayCare() {
        // The goal here says what Leon's life will be, not who does what, so the owed tasks are all the family does.
        String base = HEADED.replace(GOAL, "Leon will be at school on time and not hungry from now until Easter.");
        String owed = "\nWhat Chantelle will do\n- Chantelle to tell the social worker about any new partner.\n"
                + "- Chantelle to work openly with the local authority.\n- Early Help if needed.\n";
        assertThat(plan(base + owed, "family-day-to-day")).isEqualTo(CheckStatus.FAIL);
        // Its heading ("What Chantelle will do") names no task either; a real routine under it does.
        assertThat(plan(base + owed + "- Chantelle will walk Leon to school every morning.\n", "family-day-to-day"))
                .isEqualTo(CheckStatus.PASS);
    }

    // --- Contingency: a real step, with who takes it ---

    @Test
    void aRealStepWithWhoTakesItIsAContingency() {
        String step = "\nIf the plan is not working\nIf Leon comes to school hungry, Mr Hale will ring Nan Brenda that morning"
                + " and she will bring him breakfast and have him to stay that night.\n";
        assertThat(plan(HEADED + step, "contingency")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void consideringNextStepsIsNoContingency() {
        String vague = "\nIf the plan is not working\nWe will consider next steps.\n";
        assertThat(plan(HEADED + vague, "contingency")).isEqualTo(CheckStatus.FAIL);
    }

    // --- Identity and diversity: faith, language, heritage, culture or disability, and what the plan does about it ---

    @Test
    void faithPracticeCountsAsIdentity() {
        String faith = "\nWho Leon is\nLeon goes to church with his nan on Sunday mornings and sings in the children's choir;"
                + " Nan Brenda will keep taking him every week.\n";
        assertThat(plan(HEADED + faith, "identity-and-diversity")).isEqualTo(CheckStatus.PASS);
        String mosque = "\nWho Leon is\nLeon goes to the mosque with his uncle every Friday after school, and the plan keeps"
                + " Friday teatime free for it.\n";
        assertThat(plan(HEADED + mosque, "identity-and-diversity")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void heritageNotExploredAloneDoesNotMeetIt() {
        String notExplored = "\nIdentity\nHeritage not explored.\n";
        assertThat(plan(HEADED + notExplored, "identity-and-diversity")).isEqualTo(CheckStatus.FAIL);
    }
}
