package org.practiceassistant.draft;

import java.util.regex.Pattern;

/**
 * Labels from a report kept in what happened when the worker stood by the answer: the plan's category ("child protection
 * plan category neglect", "under the category of emotional abuse") says nothing the family would see, and Check flags it;
 * "neonatal abstinence (syndrome)" is said as what it means for a baby. The statement says what happened, so a category
 * is left out and the medical name is said in plain words; nothing else in the answer changes. Patterns without nested
 * repeats: linear time.
 */
final class ReportLabels {

    private static final String CATEGORY = "(?:neglect|emotional abuse|physical abuse|sexual abuse|emotional harm|physical harm)";
    private static final Pattern PLAN_CATEGORY = Pattern.compile("\\s*\\b(?:under )?(?:the )?categor(?:y|ies)(?: of)?:? "
            + CATEGORY + "(?: and " + CATEGORY + ")?\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEWBORN_WITHDRAWAL = Pattern.compile("\\bneonatal abstinence(?: syndrome)?\\b",
            Pattern.CASE_INSENSITIVE);

    private ReportLabels() {}

    static String said(String typed) {
        String without = PLAN_CATEGORY.matcher(typed).replaceAll("");
        return NEWBORN_WITHDRAWAL.matcher(without).replaceAll("withdrawal from drugs after birth");
    }
}
