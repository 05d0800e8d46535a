package org.practiceassistant.check;

import java.util.Optional;

/** A danger statement says what someone did or what happened, not a label such as "neglect" or "DV". */
final class SpecificBehaviourCriterion extends Criterion<AnalysedText> {

    SpecificBehaviourCriterion() {
        super("specific-behaviour", Sources.TEMPLATE_GUIDANCE_HARM);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<Lexicon.Match> behaviour = Vocabulary.BEHAVIOUR.first(text);
        if (behaviour.isPresent()) {
            return pass(quoted(Spans.around(text, behaviour.get(), 3, 3)));
        }
        String label = Vocabulary.LABELS.all(text).stream().map(m -> quoted(text.quote(m.start(), m.end())))
                .distinct().collect(java.util.stream.Collectors.joining(", "));
        return fail(label, "Say what actually happened, who did it and when, in words the family would use, "
                + "for example \"when Mark drinks he shouts at Kelly and has pushed her over twice\" rather than a label like \"DV\" or \"neglect\".");
    }
}
