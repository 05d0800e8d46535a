package org.practiceassistant.knowledge;

import java.util.Arrays;
import java.util.Optional;

/** The five grades of the audit rubric, best first; the order is the order of a grade ladder. */
public enum Grade {
    OUTSTANDING("outstanding", "Outstanding"),
    GOOD("good", "Good"),
    REQUIRES_IMPROVEMENT("requires-improvement", "Requires Improvement"),
    INADEQUATE("inadequate", "Inadequate"),
    INADEQUATE_CRITICAL("inadequate-critical", "Inadequate Critical");

    private final String key;
    private final String displayName;

    Grade(String key, String displayName) {
        this.key = key;
        this.displayName = displayName;
    }

    /** The key used in the pack's rubric file, for example {@code requires-improvement}. */
    public String key() {
        return key;
    }

    /** The grade as the rubric names it, for example "Requires Improvement". */
    public String displayName() {
        return displayName;
    }

    public static Optional<Grade> fromKey(String key) {
        return Arrays.stream(values()).filter(grade -> grade.key.equals(key)).findFirst();
    }
}
