package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * The coach's side of what an exploratory tester found, in examples written for this test: next steps said as a
 * list of "who to do what", short words that are people never read as "none", questions at a step, a reply at a
 * review that is no wording, ages in months, and the family plan row of a goal in the worker's own words.
 */
class TesterFindingsTest {

    /** The CP script's answers up to {@code step}, as the exploratory worker's tests reach it. */
    private static Conversation reach(Step step) {
        return ExploratoryWorkerAnswersTest.reach(step);
    }

    // ---- next steps said "who to do what" ------------------------------------------------------------------

    @Test
    void aListOfPeopleToDoThingsIsOneRowEach() {
        var rows = ActionLines.of("hv to weigh baby weekly, dad to stop smoking indoors from today, nan pearl to do the"
                + " school run on tues");
        assertThat(rows).extracting(ActionLines.Action::who).containsExactly("Hv", "Dad", "Nan pearl");
        assertThat(rows).extracting(ActionLines.Action::what)
                .containsExactly("weigh baby", "stop smoking indoors", "do the school run");
        assertThat(rows).extracting(ActionLines.Action::when).containsExactly("weekly", "from today", "on tues");
    }

    @Test
    void theSocialWorkerSaidSwIsTheSocialWorkerAndADaySaidLastIsTheWhen() {
        var rows = ActionLines.of("sw to book network meeting, aunt bev needs to ring school thurs");
        assertThat(rows).extracting(ActionLines.Action::who).containsExactly("Social worker", "Aunt bev");
        assertThat(rows).extracting(ActionLines.Action::what).containsExactly("book network meeting", "ring school");
        assertThat(rows).extracting(ActionLines.Action::when).containsExactly("", "thurs");
    }

    @Test
    void aLongOpeningBeforeTheFirstWillStillSplitsAtTheNextPerson() {
        var rows = ActionLines.of("After the network meeting on Friday the social worker will book a room, mum will ring"
                + " nan by mon");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1).who()).isEqualTo("Mum");
        assertThat(rows.get(1).when()).isEqualTo("by mon");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I will visit mum and dad to talk about the plan by fri",
            "ring nan to agree pick up days by thurs",
            "sw to visit mum and dad to talk about the plan",
            "take kai to the dentist, then book his eye test"})
    void anActionWithToInItIsNotSplitAtAPersonsName(String said) {
        assertThat(ActionLines.of(said)).hasSize(1);
    }

    @Test
    void aVerbBeforeToIsNoPerson() {
        assertThat(ActionLines.of("ring nan to agree pick up days by thurs").getFirst().who()).isEmpty();
    }

    // ---- "none" only when it is said ----------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"nan", "Nat", "nana", "Nona", "nanny", "gran"})
    void aShortWordThatIsAPersonIsNeverNone(String said) {
        var c = reach(Step.WORKING_WELL).say(said);
        assertThat(c.current().currentWorry().answerFor(Step.WORKING_WELL)).isNotEqualTo(StepAnswers.NONE_KNOWN);
        assertThat(c.text()).doesNotContain("None known");
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "n/a", "nothing", "none at the moment", "nothing knwon", "nope"})
    void noneSaidOrMistypedInALongerPhraseIsStillNoneKnown(String said) {
        var c = reach(Step.WORKING_WELL).say(said);
        assertThat(c.current().worries().getFirst().answerFor(Step.WORKING_WELL)).isEqualTo(StepAnswers.NONE_KNOWN);
    }

    @Test
    void aPersonAtAnOptionalStepIsNotASkip() {
        assertThat(new CoachIntentParser().isNone("nan")).isFalse();
        assertThat(new CoachIntentParser().isNo("nah")).isTrue();
    }

    // ---- questions at a step ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"how will we know?", "who counts as family?", "is a diary ok here?", "how will I know"})
    void aQuestionAtAStepIsHelpNotTheAnswer(String question) {
        var c = reach(Step.HOW_KNOWN).say(question);
        assertThat(c.step()).isEqualTo(Step.HOW_KNOWN);
        assertThat(c.current().currentWorry().answerFor(Step.HOW_KNOWN)).isNull();
    }

    @Test
    void anAnswerEndingWithAQuestionMarkThatOpensAsNoQuestionIsKept() {
        var c = reach(Step.HOW_KNOWN).say("Nan will text me every evening and the school will ring if Ella is late?");
        assertThat(c.step()).isEqualTo(Step.REVIEW_STATEMENT);
    }

    // ---- a reply at a review ------------------------------------------------------------------------------

    @Test
    void aLateAnswerAtTheReviewChangesNothing() {
        var c = reach(Step.REVIEW_STATEMENT);
        String before = c.current().currentWorry().ownStatement();
        c.say("nan and the school will tell us, and dad not seen at the house on visits");
        assertThat(c.step()).isEqualTo(Step.REVIEW_STATEMENT);
        assertThat(c.current().currentWorry().ownStatement()).isEqualTo(before);
        assertThat(c.text()).contains("I have not changed the danger statement");
    }

    // ---- ages in months -----------------------------------------------------------------------------------

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ruby 14 months|Ruby (14 months)|1",
            "josh 18 months|Josh (18 months)|1",
            "kai 1 month|Kai (1 month)|0",
            "ava 6 wks|Ava (6 weeks)|0",
            "twins lily and rose both 9 months|Lily (9 months)|0"})
    void agesSaidInMonthsAreShownInMonths(String said, String described, int years) {
        var child = AnswerParsers.children(said).getFirst();
        assertThat(child.describe()).isEqualTo(described);
        assertThat(child.age()).isEqualTo(years);
    }

    // ---- the family plan row of a goal in the worker's own words ------------------------------------------

    @Test
    void aGoalInTheWorkersOwnWordsGivesTheRowsWhoAndWhen() {
        var row = ActionLines.goalRow("Mum and Nan Sue will make sure Ruby is fed and changed every day until her 2nd"
                + " birthday in May. Nan Sue will stay over on Fridays.");
        assertThat(row.who()).isEqualTo("Mum and Nan Sue");
        assertThat(row.when()).isEqualTo("until her 2nd birthday in May");
        assertThat(ActionLines.goalRow("Ruby will be safe and well with Mum.").when()).isEmpty();
    }
}
