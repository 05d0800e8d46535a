package org.practiceassistant.check.rules;

/**
 * Check's reading of a timescale, for the drafting coach to ask while a worker answers, so that the coach and Check never
 * disagree about whether a goal has a time anyone is held to. The grammar itself stays {@link TimescaleGrammar}'s.
 */
public final class TimescaleReading {

    private TimescaleReading() {}

    /**
     * The month {@code word} names as Check reads one ("jan", "sept", "December", any case), so the coach and Check keep
     * one list of how months are written; empty for any other word.
     */
    public static java.util.Optional<java.time.Month> month(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (!TimeWords.MONTHS.contains(w)) {
            return java.util.Optional.empty();
        }
        // Every spelling in the list starts with the month's first three letters ("sept", "jun").
        for (java.time.Month month : java.time.Month.values()) {
            if (month.name().regionMatches(true, 0, w, 0, 3)) {
                return java.util.Optional.of(month);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * True when {@code text} says how often ("every week", "twice a week") and gives no date, limit or duration a goal is
     * held to: the timescale Check fails as "how often alone" (the owner's decision in issue 16).
     */
    public static boolean howOftenOnly(String text) {
        return TimescaleGrammar.findHeldTo(text).isEmpty() && TimescaleGrammar.find(text).isPresent();
    }
}
