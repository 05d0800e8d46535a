package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.practiceassistant.channel.TurnProperties;

class TurnDeadlinesTest {

    private static final Instant NOW = Instant.parse("2026-12-06T20:00:00Z");

    private final TurnDeadlines deadlines = new TurnDeadlines(new TurnProperties(Duration.ofSeconds(12), Duration.ofSeconds(2)),
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTurnsDeadlineCountsFromWhenItsRequestArrivedNotWhenItsBodyWasRead() {
        Instant deadline = deadlines.begin("c1", NOW.minusSeconds(5));

        assertThat(deadline).isEqualTo(NOW.plusSeconds(7));
        assertThat(deadlines.replyTimeLeft("c1")).isEqualTo(Duration.ofSeconds(7));
        assertThat(deadlines.workTimeLeft("c1")).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void noTimeIsLeftOnceTheDeadlineHasPassed() {
        deadlines.begin("c1", NOW.minusSeconds(13));

        assertThat(deadlines.replyTimeLeft("c1")).isZero();
        assertThat(deadlines.workTimeLeft("c1")).isZero();
    }
}
