package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;

/** A safety goal says how long the change must last or by when ("for the next six months", "by 30 June"). */
final class TimescaleCriterion extends Criterion<AnalysedText> {

    TimescaleCriterion() {
        super(CriterionId.TIMESCALE, Sources.STANDARD_SMART_GOALS);
    }

    @Override
    CriterionResult check(AnalysedText text) {
        Optional<String> timescale = TimescaleGrammar.find(text.text());
        Optional<String> openEnd = TimescaleGrammar.findVague(text.text());
        if (timescale.isPresent() && openEnd.isPresent() && TimescaleGrammar.findHeldTo(text.text()).isEmpty()) {
            // "every day ... This will be ongoing": how often, and then in so many words no end; nothing to hold anyone to.
            return fail(quoted(timescale.get()) + ", " + quoted(openEnd.get()),
                    "Say how long or by when as well as how often, for example \"every day for the next six months\" or \"by 30 June\".");
        }
        if (timescale.isPresent()) {
            return pass(quoted(timescale.get()));
        }
        return fail(TimescaleGrammar.findVague(text.text()).map(Criterion::quoted).orElse(""),
                "Say how long or by when, in the child's timescale, for example \"every day for the next six months\" or \"by 30 June\".");
    }
}
