package org.practiceassistant.check.rules;

/**
 * Check's reading of one action of a plan (who will do what, by when), for the drafting coach to ask while the worker
 * gives the next steps, so the plan it writes says what Check looks for. The words stay {@link WhoWhatWhenCriterion}'s.
 */
public final class PlanActionReading {

    private PlanActionReading() {}

    /**
     * What the action lacks as Check reads a row of a plan's action table: "who and by when", "who", "by when", or ""
     * when it says both (or is a date in the diary, "the review will be on 3 May", which needs no one named).
     */
    public static String missing(String what, String who, String when) {
        boolean hasWho = !who.isBlank() || WhoWhatWhenCriterion.hasPerson(what);
        boolean hasWhen = WhoWhatWhenCriterion.hasWhen(when) || WhoWhatWhenCriterion.hasWhen(what)
                || WhoWhatWhenCriterion.hasWhen(who) || WhoWhatWhenCriterion.isTriggered(what);
        if (!hasWho && hasWhen && WhoWhatWhenCriterion.SCHEDULED_EVENT.matcher(what).find()) {
            return "";
        }
        return hasWho && hasWhen ? "" : !hasWho && !hasWhen ? "who and by when" : !hasWho ? "who" : "by when";
    }
}
