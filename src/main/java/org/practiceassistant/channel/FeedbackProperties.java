package org.practiceassistant.channel;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How long and how much "Was this helpful?" feedback is kept ({@code assistant.feedback.*}); the file is
 * {@code teams.feedback.file}.
 *
 * @param retention   votes older than this are removed (at start-up and once a day)
 * @param maxFileSize the file stops growing at this size until old votes are removed; a vote is then not kept
 */
@ConfigurationProperties("assistant.feedback")
public record FeedbackProperties(
        @DefaultValue("90d") Duration retention,
        @DefaultValue("10MB") DataSize maxFileSize) {

    public FeedbackProperties {
        if (retention.isNegative() || retention.isZero() || maxFileSize.toBytes() < 1) {
            throw new IllegalArgumentException("assistant.feedback: retention and max-file-size must be positive");
        }
    }
}
