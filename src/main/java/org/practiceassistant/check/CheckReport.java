package org.practiceassistant.check;

import java.util.List;

/**
 * The result of checking one draft.
 *
 * @param kind       what was checked
 * @param checks     the criteria for that kind, in a stable order
 * @param statements for a plan, each danger statement and safety goal found in it, checked on its own
 *                   (empty for a single statement or goal)
 * @param rubric     the audit rubric rows the draft bears on, with the grade its evidence supports
 */
public record CheckReport(DraftKind kind, List<CriterionResult> checks, List<StatementCheck> statements,
                          List<RubricFinding> rubric) {

    public CheckReport {
        checks = List.copyOf(checks);
        statements = List.copyOf(statements);
        rubric = List.copyOf(rubric);
    }

    /** A report for a single statement or goal: no nested statements, no rubric rows. */
    public CheckReport(DraftKind kind, List<CriterionResult> checks) {
        this(kind, checks, List.of(), List.of());
    }

    /** True when every criterion that applies is met. */
    public boolean allMet() {
        return checks.stream().allMatch(c -> c.status() == CheckStatus.PASS || c.status() == CheckStatus.NOT_APPLICABLE);
    }

    /** How many criteria have {@code status}. */
    public long count(CheckStatus status) {
        return checks.stream().filter(c -> c.status() == status).count();
    }
}
