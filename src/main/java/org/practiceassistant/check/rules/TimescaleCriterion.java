package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;

/**
 * A goal says how long the change must last or by when ("for the next six months", "by 30 June"). How often alone ("every
 * week") is no timescale for a goal (the owner's decision in issue 16): it says how the change is kept up, not until when the
 * family is held to it. An action line in a plan may say its when by a frequency; that is {@link WhoWhatWhenCriterion}'s.
 */
final class TimescaleCriterion extends Criterion<AnalysedText> {

    /* What the authority's auditors do not count as a timescale (knowledge/check-conventions.md), said on the card. */
    private static final String NO_TIMESCALES = "\"Ongoing\", \"as needed\" or \"until the case closes\" do not say when.";

    TimescaleCriterion() {
        super(CriterionId.TIMESCALE, Sources.STANDARD_SMART_GOALS);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<String> heldTo = TimescaleGrammar.findHeldTo(text.text());
        if (heldTo.isPresent()) {
            return pass(quoted(heldTo.get()));
        }
        Optional<String> often = TimescaleGrammar.find(text.text());
        Optional<String> openEnd = TimescaleGrammar.findVague(text.text());
        if (often.isPresent()) {
            // "every week": how often, with no end; nothing to hold anyone to.
            return fail(quoted(often.get()) + openEnd.map(o -> ", " + quoted(o)).orElse(""),
                    "Say until when as well as how often, for example \"every day for the next six months\" or \"every week until 30 June\". "
                            + NO_TIMESCALES);
        }
        return fail(openEnd.map(Criterion::quoted).orElse(""),
                "Say how long or by when, in the child's timescale, for example \"every day for the next six months\" or \"by 30 June\". "
                        + NO_TIMESCALES);
    }
}
