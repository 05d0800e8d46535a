package org.practiceassistant.check.rules;

/**
 * Check's reading of a timescale, for the drafting coach to ask while a worker answers, so that the coach and Check never
 * disagree about whether a goal has a time anyone is held to. The grammar itself stays {@link TimescaleGrammar}'s.
 */
public final class TimescaleReading {

    private TimescaleReading() {}

    /**
     * True when {@code text} says how often ("every week", "twice a week") and gives no date, limit or duration a goal is
     * held to: the timescale Check fails as "how often alone" (the owner's decision in issue 16).
     */
    public static boolean howOftenOnly(String text) {
        return TimescaleGrammar.findHeldTo(text).isEmpty() && TimescaleGrammar.find(text).isPresent();
    }
}
