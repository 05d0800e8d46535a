package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * After a change of service mid-flow, the coach offers to word the first worry again under the new model, and "rework 1"
 * does it: worry 1's statement and goal composed again in the new words, reviewed, then back to where the worker was.
 * Through the coach (the fixtures' pack words: child in need is Signs of Wellbeing, child protection Signs of Safety).
 */
class EarlierWorryAgainTest {

    /** A child in need mapping with worry 1 written (its statement in the worker's own words) and worry 2 begun. */
    private static CoachFixtures.Conversation atTheSecondWorry() {
        var c = new CoachFixtures.Conversation(CoachFixtures.coach()).start().say("child in need");
        c.say(Arrays.copyOfRange(CoachFixtures.CP_TO_REVIEW, 1, CoachFixtures.CP_TO_REVIEW.length));
        c.say("edit", "The nursery and I are worried about Ella when Dad drinks: she could get hurt.", "accept", "accept", "yes");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.current().worry()).isEqualTo(1);
        return c;
    }

    @Test
    void theChangeOfServiceOffersToReWordWorryOneAsADangerStatement() {
        var c = atTheSecondWorry().say("its gone to CP now after the bruise, do i start again?");
        assertThat(c.current().serviceArea()).isEqualTo(ServiceArea.CHILD_PROTECTION);
        assertThat(c.text()).contains("Say \"rework 1\" to re-word worry 1 as a danger statement.");
        assertThat(c.step()).isEqualTo(Step.HARM);
    }

    @Test
    void reworkOneReviewsWorryOneInTheNewWordsThenGoesBackToWhereTheWorkerWas() {
        var c = atTheSecondWorry().say("its gone to CP now after the bruise, do i start again?", "rework 1");
        assertThat(c.step()).isEqualTo(Step.REVIEW_STATEMENT);
        assertThat(c.current().worry()).isZero();
        var statement = c.repliesOf(CoachReply.Composed.class).getFirst();
        assertThat(statement.term()).isEqualTo("danger statement");
        assertThat(statement.worry()).isEqualTo(1);
        assertThat(statement.text()).as("composed from the answers, not the old own wording")
                .startsWith("The social worker and the nursery are worried").doesNotContain("when Dad drinks: she could");

        c.say("accept");
        var goal = c.repliesOf(CoachReply.Composed.class).getFirst();
        assertThat(goal.term()).isEqualTo("safety goal");
        assertThat(goal.text()).contains("Ella is safe");

        c.say("accept");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.current().worry()).isEqualTo(1);
        assertThat(c.current().resumeAt()).isNull();
        assertThat(c.text()).contains("Back to where you were");
        assertThat(c.current().worries().getFirst().statementAccepted()).isTrue();
        assertThat(c.current().worries().getFirst().ownStatement()).isNull();
    }

    @Test
    void backFromTheReviewReturnsToWhereTheWorkerWasAndKeepsWorryOneInThePlan() {
        var c = atTheSecondWorry().say("its gone to CP now", "rework 1", "back");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.current().worry()).isEqualTo(1);
        assertThat(c.current().resumeAt()).isNull();
        assertThat(c.current().worries().getFirst().statementAccepted()).isTrue();
        assertThat(c.current().worries().getFirst().goalAccepted()).isTrue();
    }

    @Test
    void aWorryNotWrittenYetIsNoReworkAndWithoutAChangeTheOldOfferStands() {
        var c = atTheSecondWorry().say("rework 2");
        assertThat(c.step()).as("worry 2 is the one being written: no jump").isNotEqualTo(Step.REVIEW_STATEMENT);
        var same = atTheSecondWorry().say("its gone to early help now");
        assertThat(same.current().serviceArea()).isEqualTo(ServiceArea.EARLY_HELP);
        assertThat(same.text()).as("the same model: nothing to re-word").doesNotContain("rework 1")
                .contains("say \"rework\" at a review to word one again");
    }
}
