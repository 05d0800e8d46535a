package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.practiceassistant.channel.FeedbackProperties;
import org.springframework.util.unit.DataSize;

class FeedbackLogTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");

    @TempDir
    Path folder;

    @Test
    void votesOlderThanTheRetentionAreRemoved() {
        Path file = folder.resolve("feedback.jsonl");
        FeedbackLog log = new FeedbackLog(file, new FeedbackProperties(Duration.ofDays(90), DataSize.ofMegabytes(1)),
                Clock.fixed(NOW, ZoneOffset.UTC));
        log.record(new FeedbackLog.Vote(NOW.minus(Duration.ofDays(91)), List.of("handbook/a#1"), "helpful", ""));
        log.record(new FeedbackLog.Vote(NOW.minus(Duration.ofDays(10)), List.of("handbook/b#2"), "not-helpful", "unclear"));

        log.prune();

        assertThat(log.read()).extracting(FeedbackLog.Vote::passageIds).containsExactly(List.of("handbook/b#2"));
    }

    @Test
    void theFileStopsGrowingAtItsLimit() throws Exception {
        Path file = folder.resolve("feedback.jsonl");
        FeedbackLog log = new FeedbackLog(file, new FeedbackProperties(Duration.ofDays(90), DataSize.ofBytes(2_000)),
                Clock.fixed(NOW, ZoneOffset.UTC));

        for (int i = 0; i < 100; i++) {
            log.record(new FeedbackLog.Vote(NOW, List.of("handbook/a#1"), "helpful", "c".repeat(100)));
        }

        assertThat(Files.size(file)).isLessThanOrEqualTo(2_000);
        assertThat(log.read()).isNotEmpty();
    }
}
