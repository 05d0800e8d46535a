package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** "Not sure" twice at who will act or what they will do is kept as to find out, and the goal says what is to agree. */
class NotSureTwiceTest {

    @Test
    void whatTheyWillDoUnknownTwiceIsKeptAndTheGoalSaysItIsToAgree() {
        var c = CoachFixtures.atStep(Step.DOING).say("dunno");
        assertThat(c.step()).isEqualTo(Step.DOING);
        assertThat(c.text()).contains("again");
        c.say("dunno");
        assertThat(c.step()).isEqualTo(Step.CHILD_EXPERIENCE);
        assertThat(c.current().currentWorry().doing()).isEqualTo(WorryAnswers.NOT_KNOWN_YET);
        c.say(CoachFixtures.CP_TO_REVIEW[8], CoachFixtures.CP_TO_REVIEW[9], CoachFixtures.CP_TO_REVIEW[10], "accept");
        assertThat(c.text()).contains("What each person will do is still to be agreed with the family.")
                .doesNotContain("not known yet (to find out)");
    }

    @Test
    void whoWillActUnknownTwiceIsKeptAsToFindOut() {
        var c = CoachFixtures.atStep(Step.NETWORK).say("not sure", "not sure");
        assertThat(c.step()).isEqualTo(Step.DOING);
        assertThat(c.current().currentWorry().network()).isEqualTo(WorryAnswers.NOT_KNOWN_YET);
        c.say(CoachFixtures.CP_TO_REVIEW[7], CoachFixtures.CP_TO_REVIEW[8], CoachFixtures.CP_TO_REVIEW[9],
                CoachFixtures.CP_TO_REVIEW[10], "accept");
        assertThat(c.text()).contains("still to be named").doesNotContain("not known yet (to find out)");
    }
}
