package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-seventh round's plan lessons (branch checkp27): plan parts found where blind15's reader found them (a template's
 * numbered sections, headings in the family's own words, a goal in an unheaded paragraph or quoted in minutes). Every
 * sentence here is written for the test, not copied from any labelled set.
 */
class RoundTwentySevenPlanLessonsTest {

    private static final String WORRY = "Gran Rita and I (Ann Cole, social worker) are worried that Mark has left Leo (8) alone at"
            + " night twice since May. If this happens again Leo could be badly hurt with nobody there.";
    private static final String GOAL = "Until the review on 3 June, Mark and Gran Rita will make sure Leo always has an adult with"
            + " him at night, and Leo will feel safe going to sleep.";

    private static final String SECTIONS = """
            Section 1: Child's details
            Leo Cole, age 8, lives with his dad Mark.

            Section 2: What are we worried about? (Danger statement)
            %s

            Section 3: Safety goal
            %s

            Section 4: Leo's words
            Leo said: "I don't like it when the house is dark and dad isn't there."

            Section 5: Bottom lines
            1. Leo is never left alone at night.

            Section 6: Actions – who, what, by when
            - Mark: ring Gran Rita before he goes out, every evening from 1 March.
            - Gran Rita: stay over on Fridays, every week until June.
            - Ann (social worker): visit Leo every week and see him on his own.

            Section 7: Family day-to-day plan
            Each evening Mark and Leo have tea together at six and Leo reads to his dad at bedtime.
            """.formatted(WORRY, GOAL);

    @Test
    void aTemplatesNumberedSectionsAreReadByTheirNames() {
        assertThat(status(DraftKind.PLAN, SECTIONS, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, SECTIONS, "voice-of-child")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, SECTIONS, "bottom-lines")).isEqualTo(CheckStatus.PASS);
        // The goal's section taken out: the worry has no goal.
        assertThat(status(DraftKind.PLAN, SECTIONS.replace("Section 3: Safety goal\n" + GOAL + "\n", ""), "danger-goal-pairs"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aNumberedSectionWhoseNameWeDoNotKnowEndsTheActions() {
        assertThat(status(DraftKind.PLAN, SECTIONS, "who-what-when")).isEqualTo(CheckStatus.PASS);
        assertThat(PlanSection.withoutPartNumber("Section 12: Review and visits")).isEqualTo("Review and visits");
        assertThat(PlanSection.withoutPartNumber("Part B – Network")).isEqualTo("Network");
        // A heading that is only the number keeps it; "Sectioning" is no section number.
        assertThat(PlanSection.withoutPartNumber("Section 3")).isEqualTo("Section 3");
        assertThat(PlanSection.withoutPartNumber("Sections 3 and 4 apply")).isEqualTo("Sections 3 and 4 apply");
    }

    private static final String OWN_WORDS = """
            What everyone is worried about
            %s

            What we want
            %s

            What Ella is telling us
            Ella is only a baby. She cries and will not settle after loud voices, and she smiles and sleeps when it is quiet.

            Notes
            Ella is only a baby. She cries and will not settle after loud voices, and she smiles and sleeps when it is quiet.
            """.formatted(WORRY, GOAL);

    @Test
    void whatWeWantIsTheGoalInTheFamilysWords() {
        assertThat(status(DraftKind.PLAN, OWN_WORDS, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
        assertThat(PlanSection.ofHeading("What we want")).contains(PlanSection.SAFETY_GOALS);
    }

    @Test
    void whatABabyIsTellingUsIsTheirVoice() {
        assertThat(PlanSection.ofHeading("What Ella is telling us")).contains(PlanSection.VOICE_OF_CHILD);
        assertThat(PlanSection.ofHeading("What Ella shows us")).contains(PlanSection.VOICE_OF_CHILD);
        assertThat(status(DraftKind.PLAN, OWN_WORDS, "voice-of-child")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aMeetingUnderTheReviewHeadingIsTheReview() {
        String plan = "Who is doing what\n- Ann (social worker): come and see us every week, and see Leo every time.\n\n"
                + "When we will look at the plan again\nAt the next meeting on 4 May at Gran's.\n";
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.PASS);
        // The same meeting with no review heading over it is not read as the plan's review.
        assertThat(status(DraftKind.PLAN, plan.replace("When we will look at the plan again\n", ""), "visits-and-review"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void anUnheadedParagraphOpeningWhatWeWantIsIsTheGoal() {
        String plan = WORRY + "\n\nWhat we want is that by the end of June, Mark will ask Gran Rita to stay whenever he goes out at"
                + " night. Leo will always have an adult with him and will sleep well.\n";
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, WORRY + "\n", "danger-goal-pairs")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aGoalQuotedInMinutesAfterWhoReadItOutIsTheGoal() {
        String minutes = "2. Update\nAC read out danger statement: \"" + WORRY + "\"\nAC read out safety goal: \"" + GOAL + "\"\n"
                + "AC reports Gran Rita has stayed over twice.\n";
        assertThat(status(DraftKind.PLAN, minutes, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, minutes.replace("AC read out safety goal: \"" + GOAL + "\"\n", ""), "danger-goal-pairs"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void ifThePlanIsNotWorkingIsNoAction() {
        String plan = WORRY + "\n\nMark will ring Gran Rita every evening before he goes out.\n\nGran Rita will stay over every Friday.\n\n"
                + "Dev will take Leo to football every Saturday.\n\n";
        assertThat(status(DraftKind.PLAN, plan + "If the plan isn't working we will have to think again about what to do.\n",
                "who-what-when")).isEqualTo(CheckStatus.PASS);
        // The same words not opening with the plan failing are an action with no when.
        assertThat(status(DraftKind.PLAN, plan + "Mark and Gran Rita will have to think again about what to do.\n",
                "who-what-when")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aLabelNamingNoOneEndsTheActionPlan() {
        String plan = """
                - Danger statement: %s
                - Who does what:
                  - Mark – ring Gran Rita before he goes out, every evening from 1 March
                  - Gran Rita – stay over every Friday until June
                  - Dev – take Leo to football every Saturday
                - Day to day:
                  - Leo goes to school 9 to 3 and has tea with Gran Rita
                  - Bath and bed by 8pm
                """.formatted(WORRY);
        assertThat(status(DraftKind.PLAN, plan, "who-what-when")).isEqualTo(CheckStatus.PASS);
        // A person's label over the same items is their who, and the items stay actions (here with no who-what-when).
        assertThat(status(DraftKind.PLAN, plan.replace("Day to day:", "Leo:").replace("Bath and bed by 8pm", "Has a bath"),
                "who-what-when")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void scoresBulletedOneToALineAreRead() {
        String plan = "- Scaling (0 = Leo is not safe at night, 10 = everyone is sure Leo is safe at home):\n  - Mark 7\n  - Gran Rita 5\n"
                + "  - Ann 4\n";
        assertThat(status(DraftKind.PLAN, plan, "scaling")).isEqualTo(CheckStatus.PASS);
        // One score alone is no one's scale but theirs.
        assertThat(status(DraftKind.PLAN, plan.replace("  - Gran Rita 5\n  - Ann 4\n", ""), "scaling")).isEqualTo(CheckStatus.FAIL);
    }
}
