package org.practiceassistant.conversation;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What every feature and the channel agree on about a conversation ({@code assistant.conversation.*}).
 *
 * @param idleTimeout a conversation left this long without a message is forgotten: its state is erased
 *                    from the store, and a flow in progress ends (one time-out for the store, the channel
 *                    and every feature, so none keeps case text longer than the others promise)
 */
@ConfigurationProperties("assistant.conversation")
public record ConversationProperties(@DefaultValue("4h") Duration idleTimeout) {

    public ConversationProperties {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("assistant.conversation.idle-timeout must be positive, was " + idleTimeout);
        }
    }
}
