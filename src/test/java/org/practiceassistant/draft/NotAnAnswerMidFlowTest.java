package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * Messages typed mid-flow that are no answer (words of our own): a practice question about a plan named by its kind
 * ("on a cp plan") is a question for outside the mapping, "can i get the plan as a word doc" asks for the plan whatever
 * its length, and a sentence about the worker ("i havent met them yet") is never kept as who is worried.
 */
class NotAnAnswerMidFlowTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "how often do i have to visit on a cp plan?|true",
            "what goes in the child protection plan?|true",
            "when is the pathway plan due?|true",
            "is a safety plan the same as a goal?|false",
            "can i put the plan here?|false"})
    void aPlanNamedByItsKindIsTheWorkAroundTheMapping(String said, boolean aside) {
        assertThat(CoachIntentParser.asksSomethingElse(ForgivingMatch.normalise(said))).isEqualTo(aside);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "can i get the plan as a word doc|true",
            "could you send me the plan as a word doc please|true",
            "send the plan to dad|false",
            "the plan is for nan to have the kids|false"})
    void theFullRequestForThePlanIsReadWhole(String said, boolean plan) {
        assertThat(CoachIntentParser.askedInWords(ForgivingMatch.normalise(said)).filter(CoachCommand.PLAN::equals).isPresent())
                .isEqualTo(plan);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CHILD_EXPERIENCE|shes 17 and lives on her own, what do i put here",
            "WORKING_WELL|not much really tbh what should i write for this one",
            "TIMESCALE|court is in june so what do we put"})
    void askingWhatToWriteAfterAWordAboutTheCaseIsHelpNotTheAnswer(Step step, String said) {
        var c = CoachFixtures.atStep(step, "child in need").say(said);
        assertThat(c.step()).isEqualTo(step);
        assertThat(CoachIntentParser.asksAboutTheStep(ForgivingMatch.normalise(said))).isTrue();
    }

    @Test
    void anAnswerThatSaysWhatSomeoneWillPutIsKept() {
        assertThat(CoachIntentParser.asksAboutTheStep(ForgivingMatch.normalise("nan will put the kids to bed at 7 every night")))
                .isFalse();
    }

    @Test
    void askedForThePlanBeforeTheFirstPairTheWorkerStaysAtTheQuestion() {
        var c = CoachFixtures.atStep(Step.COMPLICATING_FACTORS, "child protection").say("can i get the plan as a word doc");
        assertThat(c.step()).isEqualTo(Step.COMPLICATING_FACTORS);
        assertThat(c.current().currentWorry().complicatingFactors()).isNull();
        assertThat(c.text()).contains("ready once the first statement and goal are accepted");
        var q = CoachFixtures.atStep(Step.HARM, "child protection").say("how often do i have to visit on a cp plan?");
        assertThat(q.step()).isEqualTo(Step.HARM);
        assertThat(q.text()).contains("outside the mapping");
    }

    @Test
    void aSentenceAboutTheWorkerIsNotWhoIsWorried() {
        var c = new Conversation(CoachFixtures.coach()).atRubysWorryStep().say("i havent met them yet, can i still do this?");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().currentWorry().whoIsWorried()).isNull();
        c.say("the school nurse and the class teacher");
        assertThat(c.current().currentWorry().whoIsWorried()).contains("school nurse");
    }
}
