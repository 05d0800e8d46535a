package org.practiceassistant.check.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckTimedOut;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;
import org.springframework.core.io.ByteArrayResource;

/** In Teams a check that runs out of its time budget ends with a plain reply, never an error or the draft. */
class CheckFeatureTimeBudgetTest {

    @Test
    void aCheckThatRunsOutOfTimeGetsAPlainReply() {
        AtomicReference<Duration> given = new AtomicReference<>();
        AtomicReference<DraftKind> kind = new AtomicReference<>();
        DraftChecker slow = (k, text, budget) -> {
            kind.set(k);
            given.set(budget);
            throw new CheckTimedOut(budget);
        };
        var feature = new CheckFeature(slow, new CheckProperties(new ByteArrayResource(new byte[0]), 50_000, Duration.ofMillis(900)));

        var turn = feature.start("check", new UserInput.Text("worry statement: Zebedee Quillfeather hits the walls"));

        assertThat(turn.replies()).singleElement().isInstanceOfSatisfying(Reply.Text.class, reply ->
                assertThat(reply.markdown()).contains("couldn't check that in time").doesNotContain("Zebedee"));
        assertThat(given.get()).isEqualTo(Duration.ofMillis(900));
        assertThat(kind.get()).isEqualTo(DraftKind.WORRY_STATEMENT);
    }
}
