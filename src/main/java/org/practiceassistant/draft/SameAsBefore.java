package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * "same", "same as before", "as above - end of the assessment": at a later worry, an answer that points back to the
 * worry before. The goal cannot be written from "same", so the earlier worry's answer is the answer; a reminder after
 * it ("same - end of the assessment") is the worker's shorthand for it and left out, unless it says more than a few
 * words, when it follows as a sentence of its own.
 */
final class SameAsBefore {

    private SameAsBefore() {}

    /** How the pointer back opens, longest first so "same as before" is not read as "same" and "as before". */
    private static final List<String> OPENINGS = List.of("same as worry 1", "same as the first one", "same as the last one",
            "same as last time", "same as before", "same as above", "the same as before", "the same", "same again",
            "same as", "as before", "as above", "ditto", "same");
    /** A reminder longer than this says something new, and is kept. */
    private static final int REMINDER_WORDS = 6;

    /** The answer to keep for {@code said} at this step of a later worry, when it points back; empty otherwise. */
    static Optional<String> answerFor(MappingState state, String said) {
        if (state.worry() == 0 || !state.step().isReworkable() || state.step() == Step.HARM) {
            return Optional.empty();
        }
        String earlier = state.worries().get(state.worry() - 1).answerFor(state.step());
        if (earlier == null || earlier.equals(WorryAnswers.NOT_KNOWN_YET)) {
            return Optional.empty();
        }
        String lower = said.strip().toLowerCase(Locale.ROOT);
        for (String opening : OPENINGS) {
            if (lower.startsWith(opening) && (lower.length() == opening.length()
                    || !Character.isLetterOrDigit(lower.charAt(opening.length())))) {
                String rest = said.strip().substring(opening.length()).replaceAll("^[\\s,.;:\\-\u2013]+", "").strip();
                boolean more = rest.split("\\s+").length > REMINDER_WORDS;
                return Optional.of(more ? StatementComposer.trimEnd(earlier) + ". " + StatementComposer.capitalise(rest) : earlier);
            }
        }
        return Optional.empty();
    }
}
