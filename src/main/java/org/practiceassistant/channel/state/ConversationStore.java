package org.practiceassistant.channel.state;

import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Keeps each conversation's {@link ConversationRecord} in the state {@link Storage}: one read when a turn
 * first asks for it, one write when the turn saves.
 *
 * <p>Why not the SDK's {@code ConversationState}: its {@code BotState} builds a new Jackson mapper with
 * {@code findAndRegisterModules()} every time it loads state (a service-loader scan of every nested jar of
 * the packaged application, and cold serializer caches), and serialises the whole state twice more to
 * hash it. Under load that was a quarter of the application's CPU per turn (LoadBenchmark, JFR).
 *
 * <p>Items keep the SDK's keys and shape ({@code {channel}/conversations/{id}} holding a map with the
 * record under {@value #PROPERTY}), so state written before is still read. The map carries the eTag the
 * store stamped on it when read, so the store's eTag check still refuses a write over another turn's.
 */
public final class ConversationStore {

    static final String PROPERTY = "conversation";
    /** The key under which the stores carry an item's eTag in a map (the SDK's StoreItem name). */
    private static final String ETAG_KEY = "eTag";
    /** Where the item read this turn is kept, so a second load or save in the same turn reuses it. */
    private static final String TURN_STATE_KEY = ConversationStore.class.getName();

    private final Storage storage;

    public ConversationStore(Storage storage) {
        this.storage = storage;
    }

    /** The stored record, or null when there is none (or it is not a record this version understands). */
    public CompletableFuture<ConversationRecord> load(TurnContext turn) {
        Map<String, Object> loaded = turn.getTurnState().get(TURN_STATE_KEY);
        if (loaded != null) {
            return CompletableFuture.completedFuture(recordIn(loaded));
        }
        String key = conversationKey(turn.getActivity());
        return storage.read(new String[] {key}).thenApply(items -> {
            Map<String, Object> item = items.get(key) instanceof Map<?, ?> stored ? itemOf(stored) : nothingStoredYet();
            turn.getTurnState().replace(TURN_STATE_KEY, item);
            return recordIn(item);
        });
    }

    /** Stores {@code record} over the version this turn read (a conflict if another turn wrote since). */
    public CompletableFuture<Void> save(TurnContext turn, ConversationRecord record) {
        Map<String, Object> item = turn.getTurnState().get(TURN_STATE_KEY);
        if (item == null) {
            item = new HashMap<>();
            turn.getTurnState().add(TURN_STATE_KEY, item);
        }
        item.put(PROPERTY, record);
        return storage.write(Map.of(conversationKey(turn.getActivity()), item));
    }

    /** Erases everything kept for this conversation and this user. */
    public CompletableFuture<Void> erase(TurnContext turn) {
        turn.getTurnState().remove(TURN_STATE_KEY);
        Activity activity = turn.getActivity();
        boolean hasUser = activity.getFrom() != null && !isBlank(activity.getFrom().getId());
        return storage.delete(hasUser
                ? new String[] {conversationKey(activity), userKey(activity)}
                : new String[] {conversationKey(activity)});
    }

    /**
     * A new item that remembers nothing was stored when it was read (an eTag key with no value): its first
     * write then succeeds only if no other turn has written meanwhile, just as later writes are checked
     * against the version read. Two turns starting a conversation at once (the install and members-added
     * events) cannot both believe they were first.
     */
    private static Map<String, Object> nothingStoredYet() {
        Map<String, Object> item = new HashMap<>();
        item.put(ETAG_KEY, null);
        return item;
    }

    private static ConversationRecord recordIn(Map<String, Object> item) {
        return item.get(PROPERTY) instanceof ConversationRecord record ? record : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> itemOf(Map<?, ?> stored) {
        // The store's own copy, decoded for this read: ours to change and write back.
        return (Map<String, Object>) stored;
    }

    /** The SDK's {@code ConversationState} key: {@code {channelId}/conversations/{conversationId}}. */
    private static String conversationKey(Activity activity) {
        if (isBlank(activity.getChannelId()) || activity.getConversation() == null || isBlank(activity.getConversation().getId())) {
            throw new IllegalArgumentException("an activity without a channel or conversation id has no conversation state");
        }
        return activity.getChannelId() + "/conversations/" + activity.getConversation().getId();
    }

    /** The SDK's {@code UserState} key, {@code {channelId}/users/{fromId}}: nothing is written there now, but forget erases it. */
    private static String userKey(Activity activity) {
        return activity.getChannelId() + "/users/" + activity.getFrom().getId();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
