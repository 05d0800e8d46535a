package org.practiceassistant.channel.turn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class TurnBudgetTest {

    @Test
    void anOutOfMemoryErrorComesOutAsItselfNotRelabelled() {
        try (TurnBudget budget = new TurnBudget(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> budget.run(() -> {
                throw new OutOfMemoryError("Java heap space");
            })).isExactlyInstanceOf(OutOfMemoryError.class);
        }
    }

    @Test
    void theTurnsTimeLeftShortensTheBudget() {
        try (TurnBudget budget = new TurnBudget(Duration.ofSeconds(10))) {
            long started = System.nanoTime();
            assertThatThrownBy(() -> budget.run(() -> {
                sleep(5_000);
                return "late";
            }, Duration.ofMillis(300))).isInstanceOf(TimeoutException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
