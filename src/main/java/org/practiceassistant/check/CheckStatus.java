package org.practiceassistant.check;

/** The outcome of one criterion; MANUAL means the manager must judge it, never a guess. */
public enum CheckStatus {
    PASS("Met"),
    FAIL("Not met"),
    MANUAL("Your judgement"),
    NOT_APPLICABLE("Not applicable");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    /** The outcome as a manager reads it on a card: "Met", "Not met", "Your judgement". */
    public String label() {
        return label;
    }
}
