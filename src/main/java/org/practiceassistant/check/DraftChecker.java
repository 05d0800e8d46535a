package org.practiceassistant.check;

/** Checks a danger statement, a safety goal or a whole plan against the criteria. Shared by Check and Draft. */
public interface DraftChecker {

    /** Runs every criterion for {@code kind} on {@code text}; results are in a stable criterion order. */
    CheckReport check(DraftKind kind, String text);
}
