package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The coach asks a question again at most twice, and never again about the same answer (ReAskLimit): an answer sent again
 * is kept as given, three answers it cannot use leave the step as not known yet, and every step has such a way on.
 * Answers of our own words.
 */
class StandingByAnswersTest {

    @Test
    void aOneWordAnswerSentAgainIsKeptAsGivenWithWhatCouldBeBetter() {
        var c = CoachFixtures.atStep(Step.HARM).say("neglect");
        assertThat(c.step()).isEqualTo(Step.HARM);
        c.say("Neglect.");
        assertThat(c.step()).isEqualTo(Step.COMPLICATING_FACTORS);
        assertThat(c.current().currentWorry().harm()).isEqualTo("Neglect.");
        assertThat(c.text()).contains("Kept as you gave it").contains("who did what to Ella");
    }

    @Test
    void threeAnswersTheCoachCannotReadLeaveTheStepAsNotKnownYet() {
        var c = CoachFixtures.atStep(Step.CHILDREN).say("see file", "ask my manager", "not sure of her age");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.current().childNames()).isEqualTo("the child");
        assertThat(c.text()).contains("\"the child\" for now");
    }

    @Test
    void notSureThreeTimesAtWhatHappenedIsNotKnownYetAndTheStatementSaysSo() {
        var c = CoachFixtures.atStep(Step.HARM).say("idk", "idk");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.text()).contains("cannot be left out");
        c.say("idk");
        assertThat(c.step()).isEqualTo(Step.COMPLICATING_FACTORS);
        assertThat(c.current().currentWorry().harm()).isEqualTo(WorryAnswers.NOT_KNOWN_YET);
        assertThat(c.text()).contains("not known yet").contains("Find out who did what to Ella");
        for (int i = Step.COMPLICATING_FACTORS.ordinal(); i < Step.REVIEW_STATEMENT.ordinal(); i++) {
            c.say(CoachFixtures.CP_TO_REVIEW[i]);
        }
        assertThat(c.text()).contains("What has happened is still to be found out.")
                .doesNotContain(WorryAnswers.NOT_KNOWN_YET);
    }

    @Test
    void whoIsWorriedTheCoachCannotReadIsKeptAsWhoWhenSentAgain() {
        var c = CoachFixtures.atStep(Step.WORRY);
        String who = "Kirsty herself, her lad, his head of year, the A&E nurse who referred, my manager and me";
        c.say(who);
        if (c.current().currentWorry().whoIsWorried() == null) {
            c.say(who);
        }
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().currentWorry().whoIsWorried()).isNotNull();
        assertThat(c.text()).contains("fear");
    }

    @Test
    void anotherWorryNeverAskedAFourthTime() {
        var c = CoachFixtures.atStep(Step.NETWORK);
        for (int i = Step.NETWORK.ordinal(); i < Step.REVIEW_STATEMENT.ordinal(); i++) {
            c.say(CoachFixtures.CP_TO_REVIEW[i]);
        }
        c.say("accept", "accept");
        assertThat(c.step()).isEqualTo(Step.ANOTHER_WORRY);
        c.say("the cat", "blue sky", "a tree");
        assertThat(c.step()).isEqualTo(Step.BOTTOM_LINES);
        assertThat(c.current().worries()).hasSize(1);
    }

    @Test
    void aServiceTheCoachCannotReadThreeTimesStartsWithTheCommonestAndSaysHowToChange() {
        var c = new CoachFixtures.Conversation(CoachFixtures.coach()).start().say("the usual", "my team", "whatever");
        assertThat(c.step()).isEqualTo(Step.CHILDREN);
        assertThat(c.current().serviceArea()).isEqualTo(ServiceArea.CHILD_IN_NEED);
        assertThat(c.text()).contains("actually it's child protection");
    }

    @Test
    void helpAndExamplesAreNoAnswersAndDoNotCount() {
        var c = CoachFixtures.atStep(Step.HARM).say("neglect", "example", "help", "example");
        assertThat(c.step()).isEqualTo(Step.HARM);
        c.say("stuff");
        assertThat(c.step()).isEqualTo(Step.HARM);
    }

    @Test
    void aChildGoneIntoFosterCareIsLookedAfterNotTheFosteringService() {
        assertThat(ServiceArea.changeFrom(ServiceArea.CHILD_IN_NEED, "ah wait, I forgot to tell, Jamie went in to foster"
                + " care on friday, section 20, dad agreed. so is not CIN anymore, is LAC now. is it different questions?"))
                .contains(ServiceArea.CHILDREN_LOOKED_AFTER);
        assertThat(ServiceArea.parse("fostering team")).contains(ServiceArea.FOSTERING);
    }
}
