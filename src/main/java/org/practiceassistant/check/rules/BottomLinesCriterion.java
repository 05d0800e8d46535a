package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;

/** The plan states its bottom lines: the non-negotiables that must or must not happen to keep the child safe. */
final class BottomLinesCriterion extends PlanPartCriterion {

    private static final Pattern INLINE = Pattern.compile("(?i)\\b(?:bottom lines?|non[- ]negotiables?)\\b[^\\n]{10,}");

    BottomLinesCriterion() {
        super(CriterionId.BOTTOM_LINES, Sources.PLAN_BOTTOM_LINE, PlanSection.BOTTOM_LINES,
                "Add the bottom lines: the few things that must or must not happen to keep the child safe, "
                        + "for example \"Mark must not look after Jack on his own\".");
    }

    @Override
    Optional<String> inText(ParsedPlan plan) {
        return find(INLINE, plan.text().text());
    }
}
