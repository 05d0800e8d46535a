package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.practiceassistant.channel.TurnProperties;

/** The apology after a failed turn never holds the turn past its deadline: it is skipped when no time is left, bounded when some is. */
class TurnErrorReplyTest {

    private static final Instant ARRIVED = Instant.parse("2026-12-06T20:00:00Z");

    private final AtomicInteger sends = new AtomicInteger();

    @Test
    void noApologyIsTriedOnceTheTurnsTimeIsUp() {
        TurnDeadlines passed = pastDeadline();

        CompletableFuture<Void> apology = new TurnErrorReply(passed).reply(turn("c1"), new IllegalStateException("reply hung"));

        assertThat(apology).isCompleted();
        assertThat(sends.get()).as("apologies tried").isZero();
    }

    @Test
    void anApologyThatHangsIsGivenUpOnWhenTheTurnsTimeRunsOut() {
        TurnDeadlines deadlines = new TurnDeadlines(new TurnProperties(Duration.ofMillis(300), Duration.ofMillis(100)), Clock.systemUTC());
        deadlines.begin("c1");

        CompletableFuture<Void> apology = new TurnErrorReply(deadlines).reply(turn("c1"), new IllegalStateException("feature failed"));

        assertThat(sends.get()).as("apologies tried").isEqualTo(1);
        // The connector never answers; the apology's wait ends with the turn's time (a hang would never complete).
        assertThat(apology).succeedsWithin(Duration.ofSeconds(5));
    }

    /** Deadlines whose clock reads a second after the turn's 12 s ran out. */
    private static TurnDeadlines pastDeadline() {
        MovableClock clock = new MovableClock(ARRIVED);
        TurnDeadlines deadlines = new TurnDeadlines(new TurnProperties(Duration.ofSeconds(12), Duration.ofSeconds(2)), clock);
        deadlines.begin("c1");
        clock.now = ARRIVED.plusSeconds(13);
        return deadlines;
    }

    private TurnContext turn(String conversationId) {
        Activity message = new Activity(ActivityTypes.MESSAGE);
        message.setId("a1");
        message.setChannelId("msteams");
        message.setConversation(new ConversationAccount(conversationId));
        message.setFrom(new ChannelAccount("29:user"));
        message.setRecipient(new ChannelAccount("28:bot"));
        return new TurnContextImpl(new HangingConnector(), message);
    }

    /** A connector that takes every reply and never answers. */
    private final class HangingConnector extends BotAdapter {
        @Override
        public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
            sends.incrementAndGet();
            return new CompletableFuture<>();
        }

        @Override
        public CompletableFuture<ResourceResponse> updateActivity(TurnContext context, Activity activity) {
            return new CompletableFuture<>();
        }

        @Override
        public CompletableFuture<Void> deleteActivity(TurnContext context, ConversationReference reference) {
            return new CompletableFuture<>();
        }
    }

    private static final class MovableClock extends Clock {
        Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
