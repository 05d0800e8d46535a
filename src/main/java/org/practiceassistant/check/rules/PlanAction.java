package org.practiceassistant.check.rules;

/**
 * One action from a plan's "what needs to happen" part.
 *
 * @param what the action (or the whole line when the plan has no columns)
 * @param who  the "who" column, empty when the plan has none
 * @param when the "by when" column, empty when the plan has none
 */
record PlanAction(String what, String who, String when) {

    String whole() {
        return String.join(" ", what, who, when).strip();
    }

    /**
     * The action as a manager reads it on the card: what is done, then who and when from their columns in brackets
     * ("Pick Noah up from school ... (Nana Sandra, every week)"), cut to a quote's length; never the columns run together.
     */
    String shown() {
        String columns = who.isBlank() ? when.strip() : when.isBlank() ? who.strip() : who.strip() + ", " + when.strip();
        String action = org.practiceassistant.check.text.Quotes.shorten(what);
        return columns.isEmpty() ? Criterion.quoted(action)
                : Criterion.quoted(action) + " (" + org.practiceassistant.check.text.Quotes.shorten(columns) + ")";
    }
}
