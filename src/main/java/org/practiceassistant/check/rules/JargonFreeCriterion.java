package org.practiceassistant.check.rules;

import java.util.List;
import java.util.stream.Collectors;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.jargon.JargonMatch;
import org.practiceassistant.check.text.AnalysedText;

/** No professional jargon or acronyms: the family must understand every word. */
final class JargonFreeCriterion extends Criterion<AnalysedText> {

    private final JargonList jargon;

    JargonFreeCriterion(JargonList jargon, String source) {
        super(CriterionId.JARGON_FREE, source);
        this.jargon = jargon;
    }

    @Override
    CriterionResult check(AnalysedText text) {
        List<JargonMatch> found = jargon.find(text);
        if (found.isEmpty()) {
            return pass("");
        }
        String evidence = found.stream().map(m -> quoted(m.found())).distinct().collect(Collectors.joining(", "));
        String advice = found.stream().map(m -> "instead of " + quoted(m.found()) + ": " + m.entry().plain())
                .distinct().collect(Collectors.joining("; "));
        return fail(evidence, "Use words the family would use; " + advice + ".");
    }
}
