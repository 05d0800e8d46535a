package org.practiceassistant.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plan says what will happen if it is not followed or the goals are not met. */
final class ContingencyCriterion extends Criterion<ParsedPlan> {

    private static final Pattern INLINE = Pattern.compile("(?i)\\b(?:contingency|if (?:the|this) (?:safety )?plan "
            + "(?:is not|isn't|breaks|is broken|does not work|doesn't work)|if (?:the )?(?:safety )?goals are not (?:met|achieved)|"
            + "if things go wrong|if (?:mark|mum|dad|the parents|[A-Z][a-z]+) (?:does not|doesn't|do not|don't) (?:keep|follow|stick))"
            + "[^\\n]{10,}");

    ContingencyCriterion() {
        super("contingency", Sources.PLAN_CONTINGENCY);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        if (plan.has(PlanSection.CONTINGENCY)) {
            return pass(quoted(VoiceOfChildCriterion.first(plan.section(PlanSection.CONTINGENCY))));
        }
        Matcher inline = INLINE.matcher(plan.text().text());
        if (inline.find()) {
            return pass(quoted(VoiceOfChildCriterion.shorten(inline.group())));
        }
        return fail("", "Add a contingency plan: what will happen, and who will do it, if the plan is not followed or the goals are "
                + "not met, for example \"If Mark comes to the house drunk, Kelly will ring Gran and the police\".");
    }
}
