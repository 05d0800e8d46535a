package org.practiceassistant.check;

import java.util.Objects;

/**
 * One criterion applied to one draft.
 *
 * @param criterion which criterion
 * @param status    met, not met, needs judgement, or not applicable
 * @param evidence  the words quoted from the draft that decided it (empty when there are none)
 * @param advice    the fix in plain words (empty when met)
 * @param source    the guidance or rubric line the criterion comes from
 */
public record CriterionResult(CriterionId criterion, CheckStatus status, String evidence, String advice, String source) {

    public CriterionResult {
        Objects.requireNonNull(criterion, "criterion");
        Objects.requireNonNull(status, "status");
    }

    /** The criterion's stable wire id, for example {@code specific-behaviour}. */
    public String id() {
        return criterion.id();
    }
}
