package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;

/** The plan says what will happen if it is not followed or the goals are not met. */
final class ContingencyCriterion extends PlanPartCriterion {

    private static final Pattern INLINE = Pattern.compile("(?i)\\b(?:contingency|if (?:the|this) (?:safety )?plan "
            + "(?:is not|isn't|breaks|is broken|does not work|doesn't work)|if (?:the )?(?:safety )?goals are not (?:met|achieved)|"
            + "if things go wrong|if (?:mum|dad|the parents|(?-i:\\p{Lu}\\p{Ll}+)) (?:does not|doesn't|do not|don't) (?:keep|follow|stick))"
            + "[^\\n]{10,}");

    ContingencyCriterion() {
        super(CriterionId.CONTINGENCY, Sources.PLAN_CONTINGENCY, PlanSection.CONTINGENCY,
                "Add a contingency plan: what will happen, and who will do it, if the plan is not followed or the goals are "
                        + "not met, for example \"If Mark comes to the house drunk, Kelly will ring Gran and the police\".");
    }

    @Override
    Optional<String> inText(ParsedPlan plan) {
        return find(INLINE, plan.text().text());
    }
}
