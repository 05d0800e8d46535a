package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** A danger statement says what we fear will happen if nothing changes, not only what has happened. */
final class FutureIfNothingChangesCriterion extends Criterion<AnalysedText> {

    FutureIfNothingChangesCriterion() {
        super(CriterionId.FUTURE_IF_NOTHING_CHANGES, Sources.TEMPLATE_DANGER_FUTURE);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<Lexicon.Match> future = WordLists.FUTURE.first(text);
        if (future.isPresent()) {
            return pass(quoted(Spans.around(text, future.get(), 0, 4)));
        }
        return fail("", "Say what you fear will happen to the child if nothing changes, for example "
                + "\"and if nothing changes, Jack could be badly hurt\".");
    }
}
