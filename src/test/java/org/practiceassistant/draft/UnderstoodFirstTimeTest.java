package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * Answers blind13's workers had to send two or three times before the coach kept them (draft25, in words of our own);
 * each now understood the first time. And the service changed partway: no need to start again, what the words become
 * and what the new plan needs.
 */
class UnderstoodFirstTimeTest {

    private final MappingCoach coach = CoachFixtures.coach();

    @Test
    void anAgeSaidOfTheChildAfterACommaIsTheirAge() {
        var c = new Conversation(coach).start().say("leaving care", "Maya, she's 19, care leaver, has her own flat");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.current().children()).extracting(Child::firstName).containsExactly("Maya");
    }

    @Test
    void aFormalNoAtAnotherWorryIsNo() {
        var parser = new CoachIntentParser();
        assertThat(parser.anotherWorry("There are no further worries at this stage.")).contains(false);
        assertThat(parser.anotherWorry("there is nothing else for now")).contains(false);
        assertThat(parser.anotherWorry("yes there is another one")).contains(true);
    }

    @Test
    void aFearSaidWithHellIsWhatCouldHappenNotWhatHappened() {
        var c = new Conversation(coach).atRubysWorryStep().say("police, school, me",
                "she'll be used to carry drugs, stabbed or arrested, and end up in custody");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
    }

    @Test
    void withOneChildHimOrHimselfInTheFearIsTheChild() {
        assertThat(AnswerParsers.aboutTheOneChild("the debt will get him pulled back in and hurt",
                java.util.List.of(new Child("Jay", 15)))).isTrue();
        assertThat(AnswerParsers.aboutTheOneChild("I suppose that he will keep hurting his hand",
                java.util.List.of(new Child("Jay", 15)))).isTrue();
        assertThat(AnswerParsers.aboutTheOneChild("mum will lose her flat", java.util.List.of(new Child("Jay", 15)))).isFalse();
    }

    @Test
    void aTermWrittenOutDoesNotRepeatTheWordBeforeIt() {
        assertThat(RealChecker.spotter().spelledOut("foster carers, school DSL and me"))
                .isEqualTo("foster carers, school safeguarding lead and me");
    }

    @Test
    void aGroupSaidByOnePluralWordTakesAre() {
        assertThat(StatementComposer.isSeveral("the professionals")).isTrue();
        assertThat(StatementComposer.isSeveral("nursery staff")).isTrue();
        assertThat(StatementComposer.isSeveral("the school")).isFalse();
    }

    @Test
    void aGroupThatNamesNobodyIsAskedWhoTheyAreAsCheckWouldAsk() {
        var nudges = new AnswerNudges(RealChecker.CHECKER, new AnswerReview(RealChecker.spotter(), 1200));
        assertThat(nudges.whoUnnamed("the professionals", "are", "Noah")).isPresent();
        assertThat(nudges.whoUnnamed("the school nurse, the police and I", "are", "Noah")).isEmpty();
    }

    @Test
    void aServiceGoneToChildProtectionPartwayAnswersDoIStartAgainAndNamesTheNewWordsAndParts() {
        var c = new Conversation(coach).start().say("child in need", "Tyler 11",
                "its gone to CP now after the bruise, do i start again or carry on?");
        assertThat(c.current().serviceArea()).isEqualTo(ServiceArea.CHILD_PROTECTION);
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.current().currentWorry().harm()).isNull();
        assertThat(c.text()).contains("no need to start again").contains("worry statements become danger statements")
                .contains("wellbeing goals become safety goals").contains("bottom lines").contains("review conference");
    }

    @Test
    void aChildComeIntoCareIsALookedAfterPlanWithItsReviewsAndASafetyPartForHarm() {
        var c = new Conversation(coach).start().say("child in need", "Harley 14",
                "he's come into care now, does that change it? do i start again?");
        assertThat(c.current().serviceArea()).isEqualTo(ServiceArea.CHILDREN_LOOKED_AFTER);
        assertThat(c.text()).contains("no need to start again").contains("wellbeing goals become success goals")
                .contains("independent reviewing officer").contains("Signs of Safety part").doesNotContain("success statement");
    }
}
