package org.practiceassistant.check;

import java.util.Optional;

/** A danger statement says what we fear will happen if nothing changes, not only what has happened. */
final class FutureIfNothingChangesCriterion extends Criterion<AnalysedText> {

    FutureIfNothingChangesCriterion() {
        super("future-if-nothing-changes", Sources.TEMPLATE_DANGER_FUTURE);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<Lexicon.Match> future = Vocabulary.FUTURE.first(text);
        if (future.isPresent()) {
            return pass(quoted(Spans.around(text, future.get(), 0, 4)));
        }
        return fail("", "Say what you fear will happen to the child if nothing changes, for example "
                + "\"and if nothing changes, Jack could be badly hurt\".");
    }
}
