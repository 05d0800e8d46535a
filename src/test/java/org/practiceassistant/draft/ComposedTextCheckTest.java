package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.draft.CoachFixtures.CP_TO_REVIEW;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * With the real checker: the statement and goal composed from complete answers pass every criterion, and
 * answers the checker would find wanting are asked for again at their own step.
 */
class ComposedTextCheckTest {

    private final MappingCoach coach = new MappingCoach(CoachFixtures.guidance(), RealChecker.spotter(),
            RealChecker.CHECKER, new DraftSettings(1200, Duration.ofHours(2)));

    @Test
    void composedStatementAndGoalPassEveryCheck() {
        var c = new Conversation(coach).start().say(CP_TO_REVIEW);
        var statement = c.repliesOf(CoachReply.Composed.class).getFirst();
        assertThat(statement.report().checks()).allSatisfy(r -> assertThat(r.status()).as(r.id() + " " + r.advice())
                .isIn(CheckStatus.PASS, CheckStatus.NOT_APPLICABLE));
        c.say("accept");
        var goal = c.repliesOf(CoachReply.Composed.class).getFirst();
        assertThat(goal.report().checks()).allSatisfy(r -> assertThat(r.status()).as(r.id() + " " + r.advice())
                .isIn(CheckStatus.PASS, CheckStatus.NOT_APPLICABLE));
    }

    private Conversation at(Step step) {
        return new Conversation(coach).start().say(java.util.Arrays.copyOf(CP_TO_REVIEW, step.ordinal()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "as soon as possible|false",
            "ongoing|false",
            "6 months|true",
            "when things settle down|false",
            "for the next six months|true",
            "by 1 June|true",
            "until the end of March|true",
            "by the end of the spring term|true",
            "by Christmas|true"})
    void asksAgainForATimescaleTheCheckerCannotFind(String answer, boolean kept) {
        var c = at(Step.TIMESCALE).say(answer);
        assertThat(c.step()).isEqualTo(kept ? Step.HOW_KNOWN : Step.TIMESCALE);
        if (!kept) {
            // "ongoing", "as soon as possible" set no end: sent again, the timescale is left to agree, not kept.
            boolean openEnded = answer.equals("ongoing") || answer.equals("as soon as possible");
            assertThat(c.text()).contains("an end date or a length of time")
                    .contains(openEnded ? "the goal will say the timescale is still to be agreed" : "Send the same answer again to keep it");
            assertThat(c.say(answer).step()).as("sent again, the mapping goes on").isEqualTo(Step.HOW_KNOWN);
            assertThat(c.current().currentWorry().timescale()).isEqualTo(openEnded ? WorryAnswers.NOT_KNOWN_YET : answer);
        }
    }

    @Test
    void asksAgainForWhatHappenedWhenTheAnswerIsOnlyALabel() {
        var c = at(Step.HARM).say("There are worries about Mum's parenting at home.");
        assertThat(c.step()).isEqualTo(Step.HARM);
        assertThat(c.text()).contains("Say what actually happened");
    }
}
