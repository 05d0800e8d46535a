package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.draft.CoachFixtures.CP_TO_REVIEW;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/** The statement and goal the coach composes from complete answers pass every criterion of the real checker. */
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
}
