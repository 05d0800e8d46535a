package org.practiceassistant.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plan states its bottom lines: the non-negotiables that must or must not happen to keep the child safe. */
final class BottomLinesCriterion extends Criterion<ParsedPlan> {

    private static final Pattern INLINE = Pattern.compile("(?i)\\b(?:bottom lines?|non[- ]negotiables?)\\b[^\\n]{10,}");

    BottomLinesCriterion() {
        super("bottom-lines", Sources.PLAN_BOTTOM_LINE);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        if (plan.has(PlanSection.BOTTOM_LINES)) {
            return pass(quoted(VoiceOfChildCriterion.first(plan.section(PlanSection.BOTTOM_LINES))));
        }
        Matcher inline = INLINE.matcher(plan.text().text());
        if (inline.find()) {
            return pass(quoted(VoiceOfChildCriterion.shorten(inline.group())));
        }
        return fail("", "Add the bottom lines: the few things that must or must not happen to keep the child safe, "
                + "for example \"Mark must not look after Jack on his own\".");
    }
}
