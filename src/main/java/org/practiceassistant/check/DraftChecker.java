package org.practiceassistant.check;

import java.time.Duration;

/** Checks a danger statement, a safety goal or a whole plan against the criteria. Shared by Check and Draft. */
public interface DraftChecker {

    /** Time allowed to a check when the caller names none: far more than any real draft takes. */
    Duration DEFAULT_BUDGET = Duration.ofSeconds(2);

    /**
     * Runs every criterion for {@code kind} on {@code text}; results are in a stable criterion order.
     *
     * @param budget the time the caller can wait; the work stops once it is spent
     * @throws CheckTimedOut when the budget is spent before the check is done
     */
    CheckReport check(DraftKind kind, String text, Duration budget);

    /** As {@link #check(DraftKind, String, Duration)} with {@link #DEFAULT_BUDGET}. */
    default CheckReport check(DraftKind kind, String text) {
        return check(kind, text, DEFAULT_BUDGET);
    }
}
