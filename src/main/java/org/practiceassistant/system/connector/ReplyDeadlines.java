package org.practiceassistant.system.connector;

import java.time.Instant;
import java.util.Optional;

/**
 * When the turn a reply belongs to must be over, so a reply's tries never outlast the turn (Teams resends a
 * message it has not had an answer to in 15 s). Implemented by the channel, which knows its turns.
 */
@FunctionalInterface
public interface ReplyDeadlines {

    ReplyDeadlines NONE = conversationId -> Optional.empty();

    /** The deadline of the turn in progress in this conversation, if there is one. */
    Optional<Instant> forConversation(String conversationId);
}
