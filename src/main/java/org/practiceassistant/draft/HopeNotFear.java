package org.practiceassistant.draft;

import org.practiceassistant.check.rules.FearReading;

/**
 * What everyone hopes for typed where the coach asked what they fear ("she will be calm, fed and going to school"):
 * composed as "worried that if nothing changes, she will be calm..." the statement would say the opposite of the
 * worry, so it is asked about. Both readings are Check's ({@link FearReading}): what a harm is and what a good outcome
 * with nothing to turn it is, so the coach asks exactly about the fears Check would fail as no harm, from one list.
 */
final class HopeNotFear {

    private HopeNotFear() {}

    /** True when something said holds a harm, a hurtful act, a loss or "not": "amber gets let down and hurt", not "Sam likes drawing". */
    static boolean saysAHarm(String said) {
        // Chat spelling tidied first ("wont" won't), as the composed statement will say it and Check will read it.
        return FearReading.saysAHarm(ChatWords.tidy(said));
    }

    /** True when the fear said is a good outcome and nothing in it is a harm, as Check reads a future with only good to come. */
    static boolean soundsLikeAHope(String fear) {
        return FearReading.onlyGoodToCome(ChatWords.tidy(fear));
    }
}
