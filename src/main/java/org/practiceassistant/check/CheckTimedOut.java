package org.practiceassistant.check;

import java.time.Duration;

/** A check ran out of its time budget and stopped; the message names the budget, never the draft. */
public final class CheckTimedOut extends RuntimeException {

    public CheckTimedOut(Duration budget) {
        super("the check did not finish within " + budget.toMillis() + " ms");
    }
}
