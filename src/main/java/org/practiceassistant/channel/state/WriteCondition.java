package org.practiceassistant.channel.state;

import com.microsoft.bot.builder.StoreItem;
import java.util.Map;

/**
 * When a write may replace what is stored, following the SDK's ETag rules (those of its own
 * {@code MemoryStorage} and storage tests): a {@link StoreItem} with eTag {@code "*"} always writes; with
 * the eTag it was read with, it writes only if nobody wrote since; with no (or an empty) eTag, only if
 * nothing is stored yet. Any other value overwrites.
 *
 * <p>The SDK's Java {@code BotState} saves a plain map, not a {@code StoreItem}, so on its own it would
 * never be checked and two turns of one conversation could silently overwrite each other. Our stores
 * therefore put the eTag into the map they return under {@value #MAP_ETAG_KEY}, and a map that carries
 * that key on write is checked like a {@code StoreItem}. A map without it (a conversation's first save,
 * or state cleared on purpose) overwrites.
 */
sealed interface WriteCondition {

    /** The key under which a stored map carries its eTag, the name the SDK's {@link StoreItem} uses. */
    String MAP_ETAG_KEY = "eTag";

    String ANY_ETAG = "*";

    /** Writes whatever is stored. */
    record Always() implements WriteCondition {}

    /** Writes only when nothing is stored under the key. */
    record IfAbsent() implements WriteCondition {}

    /** Writes only when the stored version is still the one that was read. */
    record IfMatch(String eTag) implements WriteCondition {
        public IfMatch {
            if (eTag == null || eTag.isBlank() || ANY_ETAG.equals(eTag)) {
                throw new IllegalArgumentException("IfMatch needs a concrete eTag");
            }
        }
    }

    static WriteCondition of(Object value) {
        if (value instanceof StoreItem item) {
            return fromETag(item.getETag());
        }
        if (value instanceof Map<?, ?> map && map.containsKey(MAP_ETAG_KEY)) {
            return map.get(MAP_ETAG_KEY) instanceof String eTag ? fromETag(eTag) : new IfAbsent();
        }
        return new Always();
    }

    private static WriteCondition fromETag(String eTag) {
        if (ANY_ETAG.equals(eTag)) {
            return new Always();
        }
        return eTag == null || eTag.isBlank() ? new IfAbsent() : new IfMatch(eTag);
    }

    /** Whether a write under this condition may replace the version {@code currentETag} (null: none). */
    default boolean permits(String currentETag) {
        return switch (this) {
            case Always a -> true;
            case IfAbsent a -> currentETag == null;
            case IfMatch m -> m.eTag().equals(currentETag);
        };
    }
}
