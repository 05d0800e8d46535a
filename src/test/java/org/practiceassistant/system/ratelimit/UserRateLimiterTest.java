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
