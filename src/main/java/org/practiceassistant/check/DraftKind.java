package org.practiceassistant.check;

/** What is being checked; the wire names are stable ids used by /api/check. */
public enum DraftKind {
    DANGER_STATEMENT("danger-statement"),
    SAFETY_GOAL("safety-goal"),
    PLAN("plan");

    private final String wireName;

    DraftKind(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
