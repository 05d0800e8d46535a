package org.practiceassistant.check;

/** The outcome of one criterion; MANUAL means the manager must judge it, never a guess. */
public enum CheckStatus {
    PASS,
    FAIL,
    MANUAL,
    NOT_APPLICABLE
}
