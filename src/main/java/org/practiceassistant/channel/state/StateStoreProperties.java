package org.practiceassistant.channel.state;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where conversation state is kept ({@code assistant.state.*}; as environment variables
 * {@code ASSISTANT_STATE_STORE}, {@code ASSISTANT_STATE_BLOB_CONNECTION_STRING}, ...). How long state is
 * kept is the conversation's idle time-out ({@code assistant.conversation.idle-timeout}).
 *
 * @param store      {@code memory} (one instance; lost on restart) or {@code blob} (Azure Blob Storage;
 *                   survives restarts, shared by instances)
 * @param memory     settings of the in-memory store
 * @param blob       settings of the Blob Storage store
 */
@ConfigurationProperties("assistant.state")
public record StateStoreProperties(
        @DefaultValue("memory") Kind store,
        @DefaultValue Memory memory,
        @DefaultValue Blob blob) {

    public enum Kind { MEMORY, BLOB }

    public StateStoreProperties {
        if (store == Kind.BLOB && blob.connectionString().isBlank()) {
            throw new IllegalArgumentException("assistant.state.store=blob needs assistant.state.blob.connection-string");
        }
    }

    /** @param maximumConversations the most state items held; the least recently used go first */
    public record Memory(@DefaultValue("20000") long maximumConversations) {
        public Memory {
            if (maximumConversations < 1) {
                throw new IllegalArgumentException("assistant.state.memory.maximum-conversations must be at least 1");
            }
        }
    }

    /**
     * @param connectionString the storage account's connection string (in Azure, set from the account's key
     *                         by the Bicep template; locally, Azurite's)
     * @param container        the container holding one blob per conversation and user
     * @param timeout          how long one store operation may take, retries included, before the user is told
     * @param maxRetries       retries of a failed store request (Teams gives a turn 15 s in all)
     */
    public record Blob(
            @DefaultValue("") String connectionString,
            @DefaultValue("conversation-state") String container,
            @DefaultValue("5s") Duration timeout,
            @DefaultValue("2") int maxRetries) {

        public Blob {
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("assistant.state.blob.timeout must be positive, was " + timeout);
            }
            if (maxRetries < 0) {
                throw new IllegalArgumentException("assistant.state.blob.max-retries must not be negative");
            }
        }
    }
}
