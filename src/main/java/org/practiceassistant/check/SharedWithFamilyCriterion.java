package org.practiceassistant.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plan records that it was made or shared with the family (and the child, as fits their age). */
final class SharedWithFamilyCriterion extends Criterion<ParsedPlan> {

    private static final Pattern SHARED = Pattern.compile("(?i)[^.\\n]*\\b(?:(?:shared|went through|explained|agreed|"
            + "made|written|developed|drawn up|discussed|read)\\b[^.\\n]{0,40}\\b(?:with|to|by)\\b[^.\\n]{0,20}\\b(?:mum|dad|"
            + "parents?|the family|family|kelly|gran|the network|everyone|both|\\p{Lu}\\p{Ll}+)|(?:copy|copies) of (?:the|this) plan|"
            + "(?:has|have|were|was) (?:been )?(?:given|sent) (?:a )?cop(?:y|ies)|signed by|family (?:have|has) (?:agreed|signed)|"
            + "words and pictures)[^.\\n]*");

    SharedWithFamilyCriterion() {
        super("shared-with-family", Sources.STANDARD_SHARED);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        if (plan.has(PlanSection.SHARING)) {
            return pass(quoted(VoiceOfChildCriterion.first(plan.section(PlanSection.SHARING))));
        }
        Matcher m = SHARED.matcher(plan.text().text());
        if (m.find()) {
            return pass(quoted(VoiceOfChildCriterion.shorten(m.group())));
        }
        return fail("", "Record that the plan was made with the family and shared with them (and the child, as fits their age): "
                + "who has a copy and when it was gone through with them.");
    }
}
