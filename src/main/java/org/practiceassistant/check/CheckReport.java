package org.practiceassistant.check;

import java.util.List;

/**
 * The result of checking one draft.
 *
 * @param kind   what was checked
 * @param checks the criteria for that kind, in a stable order
 */
public record CheckReport(DraftKind kind, List<CriterionResult> checks) {

    public CheckReport {
        checks = List.copyOf(checks);
    }

    /** True when every criterion that applies is met. */
    public boolean allMet() {
        return checks.stream().allMatch(c -> c.status() == CheckStatus.PASS || c.status() == CheckStatus.NOT_APPLICABLE);
    }
}
