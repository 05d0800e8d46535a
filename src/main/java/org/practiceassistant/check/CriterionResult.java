package org.practiceassistant.check;

/**
 * One criterion applied to one draft.
 *
 * @param id       stable criterion id, for example {@code specific-behaviour}
 * @param status   met, not met, needs judgement, or not applicable
 * @param evidence the words quoted from the draft that decided it (empty when there are none)
 * @param advice   the fix in plain words (empty when met)
 * @param source   the guidance or rubric line the criterion comes from
 */
public record CriterionResult(String id, CheckStatus status, String evidence, String advice, String source) {}
