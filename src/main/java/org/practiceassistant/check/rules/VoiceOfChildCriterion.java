package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;

/** The plan records what the child says: their views, wishes and worries in their own words. */
final class VoiceOfChildCriterion extends PlanPartCriterion {

    private static final String SPEECH = "(?:said|says|told|tells|has told|has said|wants|would like|wishes|does not want|"
            + "doesn't want|likes|loves|worries|is worried|feels|drew|wrote|scored|would love|asked)";
    private static final Pattern CHILD_NOUN_SPEAKS = Pattern.compile(
            "\\b(?:the child|the children|the baby|the young person|the girls|the boys|both children)\\s+" + SPEECH + "\\b",
            Pattern.CASE_INSENSITIVE);

    VoiceOfChildCriterion() {
        super(CriterionId.VOICE_OF_CHILD, Sources.PLAN_VOICE_OF_CHILD, PlanSection.VOICE_OF_CHILD,
                "Record what the child has said, in their own words where you can (for example from three houses work), "
                        + "and what they want to be different.");
    }

    @Override
    Optional<String> inText(ParsedPlan plan) {
        String text = plan.text().text();
        for (String child : plan.childNames()) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(child) + "(?:\\s+\\(\\d+\\))?\\s+(?:has\\s+|also\\s+)?" + SPEECH
                    + "\\b[^.\\n]*").matcher(text);
            if (m.find()) {
                return Optional.of(m.group());
            }
        }
        return find(CHILD_NOUN_SPEAKS, text);
    }
}
