package org.practiceassistant.draft;

import java.time.Duration;

/**
 * What the mapping coach is built with: its own {@link DraftProperties} and the conversation's idle
 * time-out that every feature honours.
 *
 * @param maxAnswerLength longest answer the coach takes in one message, in characters
 *                        ({@code assistant.draft.max-answer-length})
 * @param idleTimeout     a mapping left alone this long is forgotten ({@code assistant.conversation.idle-timeout})
 */
public record DraftSettings(int maxAnswerLength, Duration idleTimeout) {

    public DraftSettings {
        if (maxAnswerLength < 100) {
            throw new IllegalArgumentException("assistant.draft.max-answer-length must be at least 100, was " + maxAnswerLength);
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("assistant.conversation.idle-timeout must be positive");
        }
    }
}
