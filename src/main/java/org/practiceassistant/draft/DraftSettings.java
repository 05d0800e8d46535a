package org.practiceassistant.draft;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings for the mapping coach ({@code practice-assistant.draft.*}).
 *
 * @param maxAnswerLength longest answer the coach takes in one message, in characters; longer ones are
 *                        refused politely (a pasted case file is not an answer to one question)
 * @param idleTimeout     a mapping left alone this long is forgotten
 */
@ConfigurationProperties("practice-assistant.draft")
public record DraftSettings(@DefaultValue("1200") int maxAnswerLength, @DefaultValue("PT2H") Duration idleTimeout) {

    public DraftSettings {
        if (maxAnswerLength < 100) {
            throw new IllegalArgumentException("practice-assistant.draft.max-answer-length must be at least 100, was " + maxAnswerLength);
        }
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("practice-assistant.draft.idle-timeout must be positive");
        }
    }
}
