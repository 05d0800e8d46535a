package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.status;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * The twenty-fourth round: the criteria blind14's complete good plans met but failed on its one blind run (a voice heading
 * in the singular or in the young person's own first person, a worker named after their role, the plan checked again as its
 * review, a label the young person objects to). Every sentence here is written for the test, not copied from any labelled set.
 */
class RoundTwentyFourLessonsTest {

    private static final String WORRY = "Worries\nOmar's school and his aunt Noor are worried because Omar's dad has hit him with a"
            + " belt twice since May and Omar has bruises on his legs. If nothing changes Omar could be badly hurt.\n\n";

    @Test
    void aVoiceHeadingInTheSingularOrTheYoungPersonsFirstPersonIsTheChildsVoice() {
        String heard = "\nOmar is only 2 and can't say yet. He laughs and runs to Noor when she comes in.\n";
        assertThat(status(DraftKind.PLAN, WORRY + "Omar's view" + heard, "voice-of-child")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.PLAN, WORRY + "Omar's thoughts" + heard, "voice-of-child")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, WORRY + "What I think (Omar)\nI want my dad to stop and I want to stay at Noor's at"
                + " weekends.\n", "voice-of-child")).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theWorkerNamedAfterTheirRoleVisitsAndThePlanCheckedAgainIsItsReview() {
        String plan = "Written with our social worker Priya on 3 May.\n\n" + WORRY
                + "How often Priya comes and when we check the plan\nPriya comes to see me every two weeks, sometimes at school."
                + " We check this plan again at my meeting on 6 July.\n";
        assertThat(status(DraftKind.PLAN, plan, "visits-and-review")).isEqualTo(CheckStatus.PASS);
        // Without a date or how often, checking the plan again says no when.
        assertThat(status(DraftKind.PLAN, plan.replace(" on 6 July", ""), "visits-and-review")).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aTermInsideAShortQuotedLabelIsTalkedAboutNotUsed() {
        assertThat(status(DraftKind.PLAN, WORRY + "Who I am\nI want people to stop calling me \"the CAMHS kid\" - I'm Omar.\n",
                "jargon-free")).isEqualTo(CheckStatus.PASS);
        // A longer quote is someone's speech, read as any words are; the term outside quotes is used.
        assertThat(status(DraftKind.PLAN, WORRY + "Noor said \"the school keeps sending him to CAMHS and nobody rings me back\".\n",
                "jargon-free")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.PLAN, WORRY + "Omar goes to CAMHS, which he calls \"the talking place\".\n", "jargon-free"))
                .isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void aTopicStraightBeforeTheWorryNounIsWhatTheWorryIsAboutNotWhoHoldsIt() {
        assertThat(status(DraftKind.DANGER_STATEMENT, "Housing concerns. Flat is cold.", "who-is-worried")).isEqualTo(CheckStatus.FAIL);
        assertThat(status(DraftKind.WORRY_STATEMENT, "Medium-level concerns re: school attendance.", "who-is-worried"))
                .isEqualTo(CheckStatus.FAIL);
        // A service, a relative or a named person before the noun holds the worry.
        assertThat(status(DraftKind.DANGER_STATEMENT, "Police concerns are that Omar's dad hit him with a belt twice since May.",
                "who-is-worried")).isEqualTo(CheckStatus.PASS);
        assertThat(status(DraftKind.DANGER_STATEMENT, "Noor's worries are that Omar's dad hit him with a belt twice since May.",
                "who-is-worried")).isEqualTo(CheckStatus.PASS);
        // The verb is not the noun: "We're worried" names who.
        assertThat(status(DraftKind.WORRY_STATEMENT, "We're worried that Omar has missed school most Mondays since May.",
                "who-is-worried")).isEqualTo(CheckStatus.PASS);
    }
}
