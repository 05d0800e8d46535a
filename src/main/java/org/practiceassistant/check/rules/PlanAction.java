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
}
