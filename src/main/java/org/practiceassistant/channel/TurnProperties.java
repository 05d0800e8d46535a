package org.practiceassistant.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The time one Teams turn may take from arrival to its last reply ({@code assistant.turn.*}): token check,
 * file download, feature work, every reply and its retries, an apology included. Teams resends a message
 * it has no answer to within 15 s.
 *
 * @param deadline     the whole turn
 * @param replyReserve kept back from feature work and downloads for sending the replies
 */
@ConfigurationProperties("assistant.turn")
public record TurnProperties(
        @DefaultValue("12s") Duration deadline,
        @DefaultValue("2s") Duration replyReserve) {

    public TurnProperties {
        if (deadline.isNegative() || deadline.isZero() || deadline.compareTo(Duration.ofSeconds(14)) > 0) {
            throw new IllegalArgumentException("assistant.turn.deadline must be positive and stay under Teams' 15 s, was " + deadline);
        }
        if (replyReserve.isNegative() || replyReserve.compareTo(deadline) >= 0) {
            throw new IllegalArgumentException("assistant.turn.reply-reserve must be shorter than the deadline");
        }
    }
}
