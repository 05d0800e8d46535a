package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** A danger statement says what someone did or what happened, not a label such as "neglect" or "DV". */
final class SpecificBehaviourCriterion extends Criterion<AnalysedText> {

    SpecificBehaviourCriterion() {
        super(CriterionId.SPECIFIC_BEHAVIOUR, Sources.TEMPLATE_GUIDANCE_HARM);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<Lexicon.Match> behaviour = WordLists.BEHAVIOUR.first(text);
        if (behaviour.isPresent()) {
            return pass(quoted(Spans.around(text, behaviour.get(), 3, 3)));
        }
        String label = WordLists.LABELS.all(text).stream().map(m -> quoted(text.quote(m.start(), m.end())))
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        return fail(label, "Say what actually happened, who did it and when, in words the family would use, "
                + "for example \"when Mark drinks he shouts at Kelly and has pushed her over twice\" rather than a label like \"DV\" or \"neglect\".");
    }
}
