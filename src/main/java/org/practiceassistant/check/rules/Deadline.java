package org.practiceassistant.check.rules;

import java.time.Duration;
import org.practiceassistant.check.CheckTimedOut;

/**
 * When a check must stop: asked between criteria and between a plan's statements, so work on a text
 * nobody is waiting for any more ends within one criterion's time.
 */
final class Deadline {

    private final Duration budget;
    private final long endsAt;

    private Deadline(Duration budget) {
        this.budget = budget;
        this.endsAt = System.nanoTime() + budget.toNanos();
    }

    static Deadline after(Duration budget) {
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("a check needs a positive time budget");
        }
        return new Deadline(budget);
    }

    /** Throws {@link CheckTimedOut} once the budget is spent. */
    void check() {
        if (System.nanoTime() - endsAt > 0) {
            throw new CheckTimedOut(budget);
        }
    }
}
