package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.rules.PlanActionReading;

/**
 * Next steps become the plan's who / what / by when rows: a step with no one named, as Check reads a row, is
 * asked about once and kept when sent again. Our own words.
 */
class NextStepsWhoAndWhenTest {

    private static CoachFixtures.Conversation atNextSteps() {
        var c = new CoachFixtures.Conversation(CoachFixtures.coach()).start();
        c.say(CoachFixtures.CP_TO_REVIEW);
        return c.say("accept", "accept", "no", "skip", "ok", "Mum 6, social worker 3");
    }

    @Test
    void aStepWithNoOneToDoItIsAskedAboutOnceAndKeptWhenSentAgain() {
        var c = atNextSteps();
        assertThat(c.step()).isEqualTo(Step.NEXT_STEPS);
        String typed = "I will visit Mum by Friday. send the invites for the network meeting";
        c.say(typed);
        assertThat(c.step()).isEqualTo(Step.NEXT_STEPS);
        assertThat(c.text()).contains("\"Send the invites for the network meeting\" has no who and by when")
                .contains("\"I will send the invites for the network meeting by Friday\"");
        c.say(typed);
        assertThat(c.step()).isEqualTo(Step.CONTINGENCY);
        assertThat(c.current().nextSteps()).isEqualTo(typed);
    }

    @Test
    void stepsThatSayWhoAndWhenGoStraightOn() {
        var c = atNextSteps().say("I will visit Mum by Friday; Grandma Jean will ring the school every Monday");
        assertThat(c.step()).isEqualTo(Step.CONTINGENCY);
    }

    @Test
    void aStepWithItsPersonButNoDateIsNotHeldUp() {
        var c = atNextSteps().say("Grandma Jean will ring the school");
        assertThat(c.step()).isEqualTo(Step.CONTINGENCY);
    }

    @Test
    void aDateInTheMiddleOfAStepKeepsItsMonth() {
        var action = ActionLines.of("Social worker to visit with Aunt Jo by 12 December and refer Mum to her doctor").getFirst();
        assertThat(action.when()).isEqualTo("by 12 December");
        assertThat(action.what()).isEqualTo("visit with Aunt Jo and refer Mum to her doctor");
        assertThat(ActionLines.of("nan to ring school by fri to agree pick up days").getFirst().when()).isEqualTo("by fri");
    }

    @Test
    void theByWhenColumnIsWrittenInFullAsCheckAndAFamilyReadIt() {
        assertThat(ActionLines.whenInFull("8th jan")).isEqualTo("8th January");
        assertThat(ActionLines.whenInFull("by fri")).isEqualTo("by Friday");
        assertThat(ActionLines.whenInFull("tmrw")).isEqualTo("tomorrow");
        assertThat(ActionLines.whenInFull("on sat")).as("a word as often as a day").isEqualTo("on sat");
        // Check reads the short dates as typed too (check.rules.ShortWhen, check18); "tmrw" only written in full.
        for (String typed : new String[] {"8th jan", "by fri"}) {
            assertThat(PlanActionReading.missing("meet", "Mum", typed)).as(typed).isEmpty();
            assertThat(PlanActionReading.missing("meet", "Mum", ActionLines.whenInFull(typed))).as(typed).isEmpty();
        }
        assertThat(PlanActionReading.missing("meet", "Mum", "tmrw")).isEqualTo("by when");
        assertThat(PlanActionReading.missing("meet", "Mum", ActionLines.whenInFull("tmrw"))).isEmpty();
    }

    @Test
    void checksReadingOfARowIsWhatTheCoachAsksAbout() {
        assertThat(PlanActionReading.missing("send the invites", "Grandma Jean", "by Friday")).isEmpty();
        assertThat(PlanActionReading.missing("send the invites", "", "by Friday")).isEqualTo("who");
        assertThat(PlanActionReading.missing("send the invites", "", "")).isEqualTo("who and by when");
        assertThat(PlanActionReading.missing("send the invites", "Grandma Jean", "")).isEqualTo("by when");
        assertThat(PlanActionReading.missing("ring the school", "", "by Friday")).as("the school is who").isEmpty();
        assertThat(PlanActionReading.missing("The review will be on 3 May", "", "")).isEmpty();
    }

}
