package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-sixth round: plans read by their structure where blind14's reader did (a worry and what we want instead in one
 * unheaded paragraph, a title line naming the child, a scale only the workers scored). Every sentence here is written for
 * the test, not copied from any labelled set.
 */
class RoundTwentySixLessonsTest {

    private static final String WORRY_ONE = "We are worried, Mr Patel from school, Gran Rita and me (Ann Cole, social worker), that"
            + " Leo (8) has missed school two days a week since September because his dad Mark works nights and sleeps in."
            + " Leo told me he gets bored at home. If this carries on Leo could fall behind with his reading.";
    private static final String WORRY_TWO = "We are also worried that Maya (3) has had two falls on the broken stairs since May."
            + " If nothing changes Maya could be badly hurt.";

    @Test
    void whatWeWantAfterTheWorryInOneParagraphIsItsGoal() {
        String plan = WORRY_ONE + " What we want is that Mark and Gran Rita get Leo to school by 8.50am every day until Easter.\n\n"
                + WORRY_TWO + " We want Mark to get the stairs mended by the end of June, so Maya is safe at home.\n";
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
        // Without what we want for the second worry, one worry has no goal.
        assertThat(status(DraftKind.PLAN, plan.replace(" We want Mark to get the stairs mended by the end of June, so Maya is safe"
                + " at home.", ""), "danger-goal-pairs")).isEqualTo(CheckStatus.FAIL);
    }

    private static final String BULLETS = """
            - Danger statement: Gran Rita and I are worried that Mark has left Leo (8) alone at night twice since May. If this \
            happens again Leo could be badly hurt with nobody there.
            - Safety goal: Mark and Gran Rita will make sure Leo always has an adult with him at night until the review on 3 June.
            - Bottom line: Leo is never left alone at night.
            - Network: Gran Rita (Mark's mum), Mark's friend Dev
            - Mark: rings Gran Rita before he goes out – every evening from 1 March
            - Gran Rita: stays over on Fridays – every week until June
            - Dev: picks Leo up from football – Saturdays from 4 March
            """;

    @Test
    void aTitleLineNamingTheChildIsNoActionPlan() {
        String plan = "- Safety plan – Leo Cole (8) – child in need plan\n" + BULLETS;
        assertThat(status(DraftKind.PLAN, plan, "who-what-when")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aLabelEndingOnItsColonEndsThePartAbove() {
        String plan = "- Danger statement: Gran Rita and I are worried that Mark has left Leo (8) alone at night twice since May. If"
                + " this happens again Leo could be badly hurt with nobody there.\n- Network: Gran Rita, Mark's friend Dev\n- Day to day:\n"
                + "  - Mark to ring Gran Rita before he goes out, every evening.\n  - Gran Rita to stay over on Fridays, weekly.\n"
                + "  - Dev to pick Leo up from football on Saturdays.\n";
        assertThat(status(DraftKind.PLAN, plan, "who-what-when")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void someoneWhoWillOverAListDoesItsItems() {
        String plan = WORRY_ONE + "\n\nLeo's family and culture:\nThe family are Hindu and speak Gujarati at home.\n\n"
                + "GRAN RITA will:\n- walk Leo to school - every weekday\n- ring Mark at 7am - daily\n\n"
                + "MARK (Dad) will:\n- set an alarm for 7.15am - every school night\n- tell Ann if he changes shifts - every time\n";
        assertThat(status(DraftKind.PLAN, plan, "who-what-when")).isEqualTo(CheckStatus.PASS);
    }

    private static final String SCALED = WORRY_ONE + "\n\nScaling\n0 = Leo is out of school every week; 10 = Leo is in school every day.\n";

    @Test
    void aScaleOnlyTheWorkersScoredHasNoFamilyScore() {
        assertThat(status(DraftKind.PLAN, SCALED + "AC 4, PC Hill 3, SENCO 5. Mark and Rita not asked.\n", "scaling"))
                .isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, SCALED + "AC 4, PC Hill 3, Mark 6, Rita 5.\n", "scaling")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aParentWithHerOwnCopyHasThePlan() {
        assertThat(status(DraftKind.PLAN, WORRY_ONE + "\n\nMark helped write this plan and has his own copy.\n", "shared-with-family"))
                .isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, WORRY_ONE + "\n\nMark has his own room.\n", "shared-with-family")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void whatWeWantToSeeIsNoVisit() {
        String plan = "Family worker: Ann Cole\n\n" + WORRY_ONE + "\n\nWhat we want to see\nMark will get Leo up at 7.30am. We want to see"
                + " this every school day until Easter.\n\nReview\nWe will look at the plan together at the family meeting on 3 May.\n";
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, plan + "Ann will visit every two weeks.\n", "visits-and-review")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void emotionalWellbeingIsALabelOfItsOwn() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "Concerns about Leo's emotional wellbeing and school attendance.",
                "one-worry-per-statement")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void gettingIntoDangerIsHarmAChildCouldComeTo() {
        String statement = "Gran and I are worried that Mark has fallen asleep drunk twice this month while he was looking after Leo (3)."
                + " If this happens again, Leo could get into danger on the stairs.";
        assertThat(status(DraftKind.DANGER_STATEMENT, statement, "impact-on-child")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aParagraphOpeningWithTheBottomLineIsTheBottomLineNotAnAction() {
        String plan = WORRY_ONE + "\n\nMark will set an alarm for 7am every school day.\nGran Rita will walk Leo to school on Mondays.\n"
                + "Ann will ring the school every Friday.\n\nThe bottom line is that Leo must not be left to sleep in on a school day."
                + " If Mark cannot get him up, Gran Rita will come round and take Leo in herself.\n";
        assertThat(status(DraftKind.PLAN, plan, "who-what-when")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void anUnheadedParagraphOfWhatWillBeThatOpensWithItsTimeIsTheGoal() {
        String plan = WORRY_ONE + "\n\nBy the Easter holidays, Mark will set an alarm for 7.30 and Gran Rita will walk Leo to the school gate"
                + " on the days Mark has worked a night shift. Leo will be in school every day and will tell us he likes going.\n";
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void aChildFallingAsleepInClassIsHowTheWorryShowsInThemNow() {
        assertThat(status(DraftKind.WORRY_STATEMENT, "Gran and I are worried that Leo (13) has been on his phone until 3am most school"
                + " nights since May. Leo is falling asleep in class and has had a detention for it.", "impact-on-child"))
                .isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theChildsWorryReportedInTheirOwnWordsIsTheirVoiceNotAnotherStatement() {
        String plan = WORRY_ONE + "\n\nWhat we would like to see is Mark up and dressed every school morning by 7.30, with Gran Rita ringing at"
                + " 7.15, so that Leo gets to school on time.\n\nWhen I spoke with Leo at school he said he \"hates being late\" and that he"
                + " worries about his dad being tired all the time.\n";
        assertThat(status(DraftKind.PLAN, plan, "danger-goal-pairs")).isEqualTo(CheckStatus.PASS);
    }
}
