package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.draft.CoachFixtures.CP_TO_REVIEW;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * Answers a newly qualified worker types that the coach misread in an exploratory run, each in examples written for
 * this test: a worry at "what is working well", two people's next steps in one sentence, a sentence at the children
 * step, a person not yet scored among the scores, asking for the plan in words, and a procedure question mid-mapping.
 */
class ExploratoryWorkerAnswersTest {

    private static final MappingCoach COACH = new MappingCoach(new PackCoachGuidance(RealChecker.PACK),
            RealChecker.spotter(), RealChecker.CHECKER, new DraftSettings(1200, java.time.Duration.ofHours(2)));

    /** The CP script's answers up to (not including) {@code step}, for steps up to the last worry step. */
    static Conversation reach(Step step) {
        var c = new Conversation(COACH).start();
        for (int i = 0; i < step.ordinal(); i++) {
            Step at = c.step();
            c.say(CP_TO_REVIEW[i]);
            if (c.step() == at) {
                c.say(CP_TO_REVIEW[i]);
            }
        }
        assertThat(c.step()).isEqualTo(step);
        return c;
    }

    /** Past the first worry's reviews and "another worry?" to {@code step} (scale onwards). */
    private static Conversation reachAfterWorry(Step step) {
        var c = reach(Step.REVIEW_STATEMENT).say("accept", "accept", "no");
        var rest = List.of("skip", "ok", "Mum 6, social worker 3", "Social worker to visit Mum on Friday.");
        for (int i = 0; c.step() != step && i < rest.size(); i++) {
            c.say(rest.get(i));
        }
        assertThat(c.step()).isEqualTo(step);
        return c;
    }

    // ---- 1. a worry at "what is working well" ------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "nursery and i are worried ella will be left on her own and get hurt crossing the road",
            "dad is drinking again and mum says she wont leave him",
            "ella is home alone most evenings while mum is out"})
    void aWorryAtWorkingWellIsAskedAboutNotKept(String worry) {
        var c = reach(Step.WORKING_WELL).say(worry);
        assertThat(c.step()).isEqualTo(Step.WORKING_WELL);
        assertThat(c.text()).contains("sounds like a worry");
        assertThat(c.current().currentWorry().answerFor(Step.WORKING_WELL)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "mum has kept the flat tidy and ella fed every day",
            "dad stopped drinking in june and has stayed sober since",
            "grandma jean collects ella from nursery every day",
            "mum was worried and called the police straight away"})
    void aStrengthAtWorkingWellIsKept(String strength) {
        var c = reach(Step.WORKING_WELL).say(strength);
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().worries().getFirst().answerFor(Step.WORKING_WELL)).isEqualTo(strength);
    }

    @Test
    void aWorrySentAgainAtWorkingWellIsTheWorkersChoice() {
        String worry = "dad is drinking again and mum says she wont leave him";
        var c = reach(Step.WORKING_WELL).say(worry, worry);
        assertThat(c.step()).isEqualTo(Step.WORRY);
    }

    // ---- 2. next steps: one row per person ---------------------------------------------------------------

    @Test
    void twoPeoplesNextStepsInOneSentenceAreTwoRows() {
        var rows = ActionLines.of("I will phone grandma by weds to sort the nursery runs, dad will give nursery grandmas"
                + " mobile by thurs");
        assertThat(rows).extracting(ActionLines.Action::who).containsExactly("Social worker", "Dad");
        assertThat(rows).extracting(ActionLines.Action::when).containsExactly("by weds", "by thurs");
        assertThat(rows).extracting(ActionLines.Action::what)
                .containsExactly("phone grandma to sort the nursery runs", "give nursery grandmas mobile");
    }

    @Test
    void oneActionWithAndInItStaysOneRow() {
        var rows = ActionLines.of("Mum will take Ella to nursery and collect her at 3 by Monday");
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().who()).isEqualTo("Mum");
    }

    @Test
    void stepsJoinedByAndEachGetTheirOwnRow() {
        var rows = ActionLines.of("me will book the meeting by fri and uncle tom will drive mum on tuesday");
        assertThat(rows).extracting(ActionLines.Action::who).containsExactly("Social worker", "Uncle tom");
        assertThat(rows).extracting(ActionLines.Action::when).containsExactly("by fri", "on tuesday");
    }

    // ---- 3. a sentence at the children step ---------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "sam n kai left alone at 10pm on 5 dec by the neighbour, dad was out",
            "police called on 14 march, kids alone",
            "found by police at 2 in the morning"})
    void aSentenceWithoutAgesIsAskedForNamesAndAges(String sentence) {
        assertThat(AnswerParsers.children(sentence)).isEmpty();
        var c = reach(Step.CHILDREN).say(sentence);
        assertThat(c.step()).isEqualTo(Step.CHILDREN);
        assertThat(c.text()).contains("first name and age");
        assertThat(c.say("sam 6 and kai 9").current().children()).extracting(Child::describe)
                .containsExactly("Sam (6)", "Kai (9)");
    }

    @Test
    void namesWithAgesStillReadAroundADate() {
        assertThat(AnswerParsers.children("Sam 6 and Kai 9, police came on 5 dec")).extracting(Child::describe)
                .containsExactly("Sam (6)", "Kai (9)");
    }

    // ---- 4. a person not yet scored -------------------------------------------------------------------------

    @Test
    void scoresGivenAreKeptAndThePersonNotSureIsNotKnownYet() {
        var c = reachAfterWorry(Step.SCORES).say("me 4 dad 8 grandma not sure");
        assertThat(c.step()).isNotEqualTo(Step.SCORES);
        var scores = c.current().worries().getFirst().scores();
        assertThat(scores).extracting(ScaleScore::person).containsExactly("Social worker", "dad", "Grandma");
        assertThat(scores).extracting(ScaleScore::shown).containsExactly("4", "8", WorryAnswers.NOT_KNOWN_YET);
        assertThat(c.text()).doesNotContain("Grandma -1");
    }

    @Test
    void onlyNotSureAtTheScoresIsStillAskedOnce() {
        var c = reachAfterWorry(Step.SCORES).say("not sure");
        assertThat(c.step()).isEqualTo(Step.SCORES);
    }

    // ---- 5. the plan asked for in words ---------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"plan please", "can i get the plan doc please", "send me the word document again"})
    void thePlanAskedForInWordsIsSent(String asked) {
        var c = reach(Step.REVIEW_STATEMENT).say("accept", "accept").say(asked);
        assertThat(c.step()).isEqualTo(Step.ANOTHER_WORRY);
        assertThat(c.repliesOf(CoachReply.PlanDocument.class)).hasSize(1);
    }

    @Test
    void anAnswerMentioningThePlanIsNotARequest() {
        assertThat(CoachIntentParser.asksForThePlan("mum will keep the plan on the fridge")).isFalse();
        assertThat(CoachIntentParser.asksForThePlan("plan")).isFalse(); // the one word is the exact command already
        // Questions about the template are Ask's, not a request for this mapping's plan.
        assertThat(CoachIntentParser.asksForThePlan("whats a child and family plan")).isFalse();
        assertThat(CoachIntentParser.asksForThePlan("child and family plan")).isFalse();
    }

    // ---- 6. a procedure question mid-mapping -------------------------------------------------------------

    @Test
    void aQuestionAboutProcedureKeepsThePlace() {
        var c = reach(Step.NETWORK).say("how long before the core group do we have to send the minutes?");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.text()).contains("keep your place").contains("**cancel**");
        assertThat(c.current().currentWorry().answerFor(Step.NETWORK)).isNull();
    }

    @Test
    void aQuestionAboutTheStepIsStillHelp() {
        assertThat(CoachIntentParser.asksSomethingElse("what is the scale for")).isFalse();
        assertThat(CoachIntentParser.asksSomethingElse("do i put the conference date as the timescale")).isFalse();
    }
}
