package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.builder.BotAdapter;
import com.microsoft.bot.builder.ConversationState;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.builder.TurnContextImpl;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.ActivityTypes;
import com.microsoft.bot.schema.ChannelAccount;
import com.microsoft.bot.schema.ConversationAccount;
import com.microsoft.bot.schema.ConversationReference;
import com.microsoft.bot.schema.ResourceResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The conversation record in the real in-memory state store, turn after turn, as the bot uses it. */
class ConversationStoreTest {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final CaffeineStorage storage = new CaffeineStorage(1_000, Duration.ofHours(4));
    private final ConversationStore store = new ConversationStore(storage);

    @Test
    void aSavedRecordIsWhatTheNextTurnLoads() {
        TurnContext first = turn("a:one");
        assertThat(store.load(first).join()).isNull();
        var record = ConversationRecord.fresh(NOW).welcomedNow().inFlow("check", "step 2", NOW.plusSeconds(5));
        store.save(first, record).join();

        assertThat(store.load(turn("a:one")).join()).isEqualTo(record);
        assertThat(store.load(turn("a:other")).join()).isNull();
    }

    @Test
    void readsWhatTheSdksConversationStateWrote() {
        // State written before the bot kept its own store must still be read after an upgrade.
        TurnContext before = turn("a:upgraded");
        var sdkState = new ConversationState(storage);
        var record = ConversationRecord.fresh(NOW).welcomedNow();
        sdkState.<ConversationRecord>createProperty(ConversationStore.PROPERTY).set(before, record).join();
        sdkState.saveChanges(before).join();

        assertThat(store.load(turn("a:upgraded")).join()).isEqualTo(record);
    }

    @Test
    void twoTurnsThatReadTheSameVersionCannotBothSave() {
        savedFresh("a:race");

        TurnContext one = turn("a:race");
        TurnContext two = turn("a:race");
        store.load(one).join();
        store.load(two).join();
        store.save(one, ConversationRecord.fresh(NOW).welcomedNow()).join();

        assertThatThrownBy(() -> store.save(two, ConversationRecord.fresh(NOW.plusSeconds(1))).join())
                .hasCauseInstanceOf(StateConflictException.class);
        assertThat(store.load(turn("a:race")).join().welcomed()).isTrue();
    }

    @Test
    void aSecondSaveInOneTurnIsNotAConflict() {
        TurnContext turn = savedFresh("a:twice");
        store.save(turn, ConversationRecord.fresh(NOW).welcomedNow()).join();

        assertThat(store.load(turn("a:twice")).join().welcomed()).isTrue();
    }

    @Test
    void eraseRemovesTheConversationAndTheUsersState() {
        TurnContext turn = savedFresh("a:forget");
        storage.write(Map.of("msteams/users/29:user", new HashMap<>(Map.of("seen", true)))).join();

        store.erase(turn).join();

        assertThat(storage.read(new String[] {"msteams/conversations/a:forget", "msteams/users/29:user"}).join()).isEmpty();
        assertThat(store.load(turn("a:forget")).join()).isNull();
    }

    /** A turn that read the conversation (nothing stored yet) and saved a fresh record. */
    private TurnContext savedFresh(String conversationId) {
        TurnContext turn = turn(conversationId);
        store.load(turn).join();
        store.save(turn, ConversationRecord.fresh(NOW)).join();
        return turn;
    }

    private static TurnContext turn(String conversationId) {
        Activity message = new Activity(ActivityTypes.MESSAGE);
        message.setChannelId("msteams");
        message.setConversation(new ConversationAccount(conversationId));
        message.setFrom(new ChannelAccount("29:user"));
        return new TurnContextImpl(new NoReplies(), message);
    }

    /** These tests send nothing; a reply would be a mistake. */
    private static final class NoReplies extends BotAdapter {
        @Override
        public CompletableFuture<ResourceResponse[]> sendActivities(TurnContext context, List<Activity> activities) {
            throw new UnsupportedOperationException("no replies in these tests");
        }

        @Override
        public CompletableFuture<ResourceResponse> updateActivity(TurnContext context, Activity activity) {
            throw new UnsupportedOperationException("no replies in these tests");
        }

        @Override
        public CompletableFuture<Void> deleteActivity(TurnContext context, ConversationReference reference) {
            throw new UnsupportedOperationException("no replies in these tests");
        }
    }
}
