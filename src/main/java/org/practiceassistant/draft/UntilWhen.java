package org.practiceassistant.draft;

import java.util.List;
import java.util.Optional;

/**
 * A timescale given as a frequency only ("every week", "twice a week"): how often is not how long, so the coach keeps
 * the frequency and asks "Until when?". The end the worker then gives is joined to it ("every week for the next 6
 * months"); the frequency sent again is the worker standing by it, and is kept as it is.
 */
final class UntilWhen {

    private UntilWhen() {}

    /** The turn for a timescale answer that is, or completes, a frequency; empty for any other answer. */
    static Optional<CoachTurn> answer(MappingState state, String text, MappingProgress progress) {
        String kept = state.currentWorry().timescale();
        boolean asked = kept != null && state.nudgedAnswer() == kept.hashCode() && Frequencies.isFrequencyOnly(kept);
        if (asked && kept.equals(text)) {
            return Optional.of(progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(Step.TIMESCALE, text))));
        }
        if (Frequencies.isFrequencyOnly(text)) {
            // Kept while the coach asks for the end; the step stays until the end (or the same again) comes.
            var waiting = state.withCurrentWorry(w -> w.withAnswer(Step.TIMESCALE, text)).with(c -> c.nudgedAnswer = text.hashCode());
            return Optional.of(CoachTurn.continueWith(waiting, List.of(new CoachReply.Note(CoachWording.untilWhen(text)))));
        }
        if (asked) {
            String joined = Frequencies.withEnd(kept, text);
            return Optional.of(progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(Step.TIMESCALE, joined))));
        }
        return Optional.empty();
    }
}
