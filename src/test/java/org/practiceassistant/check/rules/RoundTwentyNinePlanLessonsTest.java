package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-ninth round's plan lessons, second half (branch check-plans2): a family's own plan whose list of what they do
 * each day sits under an unmarked heading of their own after the goals' paragraph, written in the present tense. Every
 * sentence here is written for the test, not copied from any labelled set.
 */
class RoundTwentyNinePlanLessonsTest {

    private static final String HEAD = """
            Why we have a plan
            Ms Adebayo (our social worker) and Jasmine's nursery are worried because Rob shouted at Jasmine (3) and pushed her
            over in the kitchen in March. If nothing changes Jasmine could be hurt and grow up frightened of her dad.

            What we want instead
            By the time Jasmine starts school in September, she will be safe at home and no longer frightened when her dad
            comes in. We want Jasmine to feel safe at home.
            """;

    private static final String DAILY = """

            Our days together
            - Shona gives Jasmine her breakfast and takes her to nursery every morning.
            - Rob rings his brother Kev at 5pm on the way home from work.
            - Aunt Lou collects Jasmine from nursery on Mondays and Wednesdays.
            - Jasmine has her bath at 6.30pm with Shona.
            """;

    @Test
    void aListUnderAnUnmarkedHeadingAfterTheGoalIsNotMoreOfTheGoal() {
        assertThat(status(DraftKind.PLAN, HEAD + DAILY, "who-what-when")).isEqualTo(CheckStatus.PASS);
        // The same lines without their heading stay part of the goal's paragraph, as before: no actions found.
        assertThat(status(DraftKind.PLAN, HEAD + DAILY.replace("Our days together\n", ""), "who-what-when"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void anUnmarkedLineOverAParagraphIsNoHeading() {
        // A short line over prose may be the paragraph's opening words: the goal's part goes on and holds no actions.
        String overProse = HEAD + "\nOur days together\nShona gives Jasmine breakfast, Rob rings Kev at 5pm and Aunt Lou collects"
                + " Jasmine on Mondays.\n";
        assertThat(status(DraftKind.PLAN, overProse, "who-what-when")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aFamilysListInThePresentTenseIsTheirDayToDay() {
        assertThat(status(DraftKind.PLAN, HEAD + DAILY, "family-day-to-day")).isEqualTo(CheckStatus.PASS);
        // Read as more of the goal (no heading over them), the same lines say nobody "will" do anything.
        assertThat(status(DraftKind.PLAN, HEAD + DAILY.replace("Our days together\n", ""), "family-day-to-day"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aListOfProfessionalsOrServicesInThePresentTenseIsNot() {
        String services = """

                Our days together
                - Ms Adebayo visits Jasmine every two weeks.
                - The health visitor weighs Jasmine at 10am on Tuesdays.
                - Rob goes to the anger management course on Thursdays.
                """;
        assertThat(status(DraftKind.PLAN, HEAD + services, "family-day-to-day")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aTaskOwedToTheCaseHolderIsNotDayToDayCare() {
        String owed = """

                Actions
                - Dad to let the social worker know of any change of address.
                - Parents to keep in touch with the LA and tell SW about any incidents.
                """;
        assertThat(status(DraftKind.PLAN, HEAD + owed, "family-day-to-day")).isEqualTo(CheckStatus.FAIL);
        // The same family doing something for the child is day to day.
        String care = owed.replace("- Dad to let the social worker know of any change of address.",
                "- Dad to read Jasmine a story at bedtime every night.");
        assertThat(status(DraftKind.PLAN, HEAD + care, "family-day-to-day")).isEqualTo(CheckStatus.PASS);
    }
}
