package org.practiceassistant.channel.state;

import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.microsoft.bot.builder.Storage;
import java.time.Clock;
import java.time.Duration;
import org.practiceassistant.conversation.ConversationProperties;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.practiceassistant.system.metrics.AssistantMetrics.HeldInMemory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * The one {@link Storage} every piece of conversation and user state goes through, chosen by configuration.
 * {@code @Primary} replaces the channel's default (the SDK's unbounded {@code MemoryStorage}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({StateStoreProperties.class, ConversationProperties.class})
class StateStoreConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StateStoreConfiguration.class);

    @Bean
    @Primary
    Storage conversationStateStorage(StateStoreProperties properties, ConversationProperties conversation,
            AssistantMetrics metrics) {
        Duration idleExpiry = conversation.idleTimeout();
        return switch (properties.store()) {
            case MEMORY -> {
                log.info("Conversation state: in memory, at most {} items, idle expiry {}",
                    properties.memory().maximumConversations(), idleExpiry);
                var storage = new CaffeineStorage(properties.memory().maximumConversations(), idleExpiry);
                metrics.watchSize(HeldInMemory.CONVERSATION_STATE, storage, CaffeineStorage::size);
                yield storage;
            }
            case BLOB -> {
                log.info("Conversation state: Azure Blob Storage container '{}', idle expiry {}",
                    properties.blob().container(), idleExpiry);
                yield new BlobStorage(containerClient(properties.blob()), idleExpiry,
                    properties.blob().timeout(), Clock.systemUTC());
            }
        };
    }

    static BlobContainerClient containerClient(StateStoreProperties.Blob blob) {
        // Short, few retries: a user waits on each turn, and Teams retries a turn after 15 s.
        var backoff = new ExponentialBackoffOptions()
            .setMaxRetries(blob.maxRetries())
            .setBaseDelay(Duration.ofMillis(100))
            .setMaxDelay(Duration.ofSeconds(1));
        return new BlobServiceClientBuilder()
            .connectionString(blob.connectionString())
            .retryOptions(new RetryOptions(backoff))
            .buildClient()
            .getBlobContainerClient(blob.container());
    }
}
