package org.practiceassistant.draft;

import java.util.Objects;

/**
 * Where the worker was: a step, and for steps about one worry, which worry (0-based). Kept as history so
 * {@code back} returns exactly there.
 */
public record Position(Step step, int worry) {

    public Position {
        Objects.requireNonNull(step, "step");
        if (worry < 0) {
            throw new IllegalArgumentException("worry index must not be negative, was " + worry);
        }
    }
}
