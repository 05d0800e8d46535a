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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The typing indicator behind a connector that hangs: other turns still get theirs. The SDK's send can block the calling
 * thread (token fetch, a full connection pool), so the adapter here blocks in {@code sendActivities} itself. The waits
 * are for events, with time-outs only so a broken build ends.
 */
class TypingIndicatorTest {

    private static final long PATIENCE_SECONDS = 20;

    @Test
    void aTurnWhoseConnectorHangsDoesNotHoldBackAnotherTurnsIndicator() throws InterruptedException {
        CountDownLatch hanging = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch otherSent = new CountDownLatch(1);
        AtomicInteger hangingSends = new AtomicInteger();
        try (TypingIndicator typing = new TypingIndicator(Duration.ofMillis(1))) {
            TypingIndicator.Handle slow = typing.whileWorking(turn(new Sending(() -> {
                hangingSends.incrementAndGet();
                hanging.countDown();
                awaitQuietly(release);
            })), Duration.ofMinutes(1));
            assertThat(hanging.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("the first turn's indicator is being sent").isTrue();

            TypingIndicator.Handle quick = typing.whileWorking(turn(new Sending(otherSent::countDown)), Duration.ofMinutes(1));
            assertThat(otherSent.await(PATIENCE_SECONDS, TimeUnit.SECONDS))
                    .as("another turn's indicator is sent while the first connector hangs").isTrue();
            quick.close();
            release.countDown();
            slow.close();
            assertThat(hangingSends.get()).as("one send in flight per turn").isEqualTo(1);
        }
    }

    @Test
    void connectorsThatNeverAnswerHoldNoSenderThread() throws InterruptedException {
        CountDownLatch started = new CountDownLatch(TypingIndicator.MOST_SENDERS + 1);
        CountDownLatch otherSent = new CountDownLatch(1);
        try (TypingIndicator typing = new TypingIndicator(Duration.ofMillis(1))) {
            List<TypingIndicator.Handle> unanswered = new java.util.ArrayList<>();
            for (int i = 0; i <= TypingIndicator.MOST_SENDERS; i++) {
                unanswered.add(typing.whileWorking(turn(new NeverAnswering(started)), Duration.ofSeconds(2 * PATIENCE_SECONDS)));
            }
            assertThat(started.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).as("more unanswered sends than senders").isTrue();
            TypingIndicator.Handle quick = typing.whileWorking(turn(new Sending(otherSent::countDown)), Duration.ofMinutes(1));
            assertThat(otherSent.await(PATIENCE_SECONDS, TimeUnit.SECONDS)).isTrue();
            quick.close();
        }
    }

    @Test
    void closingBeforeTheDelaySendsNothing() {
        AtomicInteger sends = new AtomicInteger();
        try (TypingIndicator typing = new TypingIndicator(Duration.ofHours(1))) {
            typing.whileWorking(turn(new Sending(sends::incrementAndGet)), Duration.ofMinutes(1)).close();
        }
        assertThat(sends.get()).isZero();
    }

    private static TurnContext turn(BotAdapter adapter) {
        Activity message = new Activity(ActivityTypes.MESSAGE);
        message.setId("activity-1");
        message.setChannelId("msteams");
        message.setServiceUrl("https://connector.invalid/");
        message.setConversation(new ConversationAccount("conversation-1"));
        message.setFrom(new ChannelAccount("user-1"));
        message.setRecipient(new ChannelAccount("bot-1"));
        return new TurnContextImpl(adapter, message);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            // Longer than the other turn is waited for: with a single blocked sender that wait fails first.
            latch.await(2 * PATIENCE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** An adapter whose send is accepted and never answered, as behind a connector that hangs. */
    private static final class NeverAnswering extends Sending {
        NeverAnswering(CountDownLatch started) {
            super(started::countDown);
        }

        @Override
        public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
            super.sendActivities(context, activities);
            return new CompletableFuture<>();
        }
    }

    /** An adapter whose send runs {@code onSend} on the calling thread, as a blocking connector client would. */
    private static class Sending extends BotAdapter {
        private final Runnable onSend;

        Sending(Runnable onSend) {
            this.onSend = onSend;
        }

        @Override
        public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
            onSend.run();
            return CompletableFuture.completedFuture(new ResourceResponse[0]);
        }

        @Override
        public CompletableFuture<ResourceResponse> updateActivity(TurnContext context, Activity activity) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<Void> deleteActivity(TurnContext context, ConversationReference reference) {
            return CompletableFuture.completedFuture(null);
        }
    }
}
