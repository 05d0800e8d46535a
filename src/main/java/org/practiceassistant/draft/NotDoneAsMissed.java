package org.practiceassistant.draft;

import java.util.regex.Pattern;

/**
 * What was not done, said as the act it is: "Noah hasn't been to his 1 year check" is "Noah has missed his 1 year
 * check", "not going school" is "missing school". Workers write the harm of a missed appointment or school as something
 * not done, and Check, which asks what happened as an act ("missed" is one of its acts), finds none in "hasn't been to".
 * The meaning stays the worker's: only a going, attending or having that did not happen, to a place or an appointment,
 * is said as missed; anything else not done ("didn't answer the door") is left as typed. Linear: each pattern is a fixed
 * run of words.
 */
final class NotDoneAsMissed {

    private NotDoneAsMissed() {}

    /* "hasn't been to", "has not gone to", "haven't attended", chat's "hasnt been to": the perfect of not going. */
    private static final Pattern PERFECT = Pattern.compile(
            "(?i)\\b(has|have)(?:n't|n’t|nt| not)\\s+(?:been\\s+to|gone\\s+to|attended|been\\s+attending)\\b");
    /* "hasn't had his dental check", "has not had her jabs": an appointment not had, within three words. */
    private static final Pattern NOT_HAD = Pattern.compile(
            "(?i)\\b(has|have)(?:n't|n’t|nt| not)\\s+had(?=\\s+(?:[\\p{L}'-]+\\s+){0,3}?(?:check|checks|check-up|appointment|appointments"
                    + "|jabs|immunisations|immunizations|vaccinations|injections|review|reviews)\\b)");
    /* "didn't go to", "did not attend": the past of not going. */
    private static final Pattern PAST = Pattern.compile("(?i)\\b(?:didn't|didn’t|didnt|did\\s+not)\\s+(?:go\\s+to|attend|get\\s+to)\\b");
    /* "not going school", "not attending nursery": said of the child as a state. */
    private static final Pattern ONGOING = Pattern.compile(
            "(?i)\\bnot\\s+(?:going|attending|getting)(?:\\s+to)?\\s+(?=(?:school|nursery|college|his|her|their|the)\\b)");

    /** {@code happened} with each not-going said as missing; the rest as typed. */
    static String said(String happened) {
        if (happened == null || happened.isEmpty()) {
            return happened;
        }
        String out = PERFECT.matcher(happened).replaceAll("$1 missed");
        out = NOT_HAD.matcher(out).replaceAll("$1 missed");
        out = PAST.matcher(out).replaceAll("missed");
        return ONGOING.matcher(out).replaceAll("missing ");
    }
}
