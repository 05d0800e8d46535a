package org.practiceassistant.check;

import java.util.List;
import java.util.Objects;

/**
 * One danger statement or safety goal found inside a plan, checked on its own.
 *
 * @param kind   {@link DraftKind#DANGER_STATEMENT} or {@link DraftKind#SAFETY_GOAL}
 * @param number its position among the plan's statements (or goals), from 1
 * @param text   the statement as found in the plan
 * @param checks the criteria for that kind, in their stable order
 */
public record StatementCheck(DraftKind kind, int number, String text, List<CriterionResult> checks) {

    public StatementCheck {
        Objects.requireNonNull(kind, "kind");
        if (kind == DraftKind.PLAN) {
            throw new IllegalArgumentException("a statement is a danger statement or a safety goal, not a plan");
        }
        if (number < 1) {
            throw new IllegalArgumentException("number starts at 1");
        }
        Objects.requireNonNull(text, "text");
        checks = List.copyOf(checks);
    }
}
