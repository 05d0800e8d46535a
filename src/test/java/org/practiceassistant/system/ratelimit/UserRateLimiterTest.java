package org.practiceassistant.system.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class UserRateLimiterTest {

    @Test
    void servesABurstThenRefusesThatUserOnly() {
        var limiter = new UserRateLimiter(new RateLimitProperties(true, 5, 30, 1000));

        long served = IntStream.range(0, 8).filter(i -> limiter.tryAcquire("user-a")).count();

        assertThat(served).isEqualTo(5);
        assertThat(limiter.tryAcquire("user-b")).as("another user is unaffected").isTrue();
    }

    /** A clock the test moves; bucket4j refills by it. */
    private static final class TestTime implements io.github.bucket4j.TimeMeter {
        long nanos;

        @Override
        public long currentTimeNanos() {
            return nanos;
        }

        @Override
        public boolean isWallClockBased() {
            return false;
        }
    }

    @Test
    void aPersonClickingThroughAFlowIsNeverRefused() {
        var time = new TestTime();
        var limiter = new UserRateLimiter(defaults(), time);
        // Ten minutes of one turn a second, with a run of five quick double clicks every minute.
        for (int second = 0; second < 600; second++) {
            time.nanos = second * 1_000_000_000L;
            assertThat(limiter.tryAcquire("worker")).as("turn at second " + second).isTrue();
            if (second % 60 == 0) {
                for (int click = 0; click < 5; click++) {
                    assertThat(limiter.tryAcquire("worker")).as("double click at second " + second).isTrue();
                }
            }
        }
    }

    @Test
    void aFloodOfHundredsAMinuteIsMostlyRefused() {
        var time = new TestTime();
        var limiter = new UserRateLimiter(defaults(), time);
        int served = 0;
        for (int i = 0; i < 600; i++) { // 600 messages in one minute, evenly spread
            time.nanos = i * 100_000_000L;
            served += limiter.tryAcquire("script") ? 1 : 0;
        }
        assertThat(served).as("the burst plus a minute's steady rate, no more").isLessThanOrEqualTo(30 + 90 + 1);
    }

    /** The defaults the application runs with, as Spring binds them. */
    private static RateLimitProperties defaults() {
        var bound = new org.springframework.boot.context.properties.bind.Binder(
                new org.springframework.boot.context.properties.source.MapConfigurationPropertySource(
                        java.util.Map.of("assistant.rate-limit.enabled", "true")))
                .bindOrCreate("assistant.rate-limit", RateLimitProperties.class);
        return bound;
    }

    @Test
    void servesEveryoneWhenDisabled() {
        var limiter = new UserRateLimiter(new RateLimitProperties(false, 1, 1, 1000));

        assertThat(IntStream.range(0, 50).allMatch(i -> limiter.tryAcquire("user-a"))).isTrue();
    }

    @Test
    void forgetsABucketOnlyOnceItWouldBeFullAgain() {
        assertThat(new RateLimitProperties(true, 10, 30, 1).refillTime()).hasSeconds(20);
    }
}
