package org.practiceassistant.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What is being checked; the wire names are stable ids used by /api/check. Worry statements and
 * wellbeing / success goals (Signs of Wellbeing and Signs of Success) are checked as danger statements
 * and safety goals are, with the service's own words in the advice.
 */
public enum DraftKind {
    DANGER_STATEMENT("danger-statement", "danger statement", "ds"),
    WORRY_STATEMENT("worry-statement", "worry statement", "ws"),
    SAFETY_GOAL("safety-goal", "safety goal", "sg"),
    WELLBEING_GOAL("wellbeing-goal", "wellbeing goal", "wg"),
    SUCCESS_GOAL("success-goal", "success goal", ""),
    PLAN("plan", "plan", "");

    private final String wireName;
    private final String term;
    private final String shortLabel;

    DraftKind(String wireName, String term, String shortLabel) {
        this.wireName = wireName;
        this.term = term;
        this.shortLabel = shortLabel;
    }

    /**
     * The kind a short label stands for, as workers put it in front of a pasted draft ("SG - Dad will ...", "DS: ..."),
     * ignoring case; empty when it names none. The one list of them, read by the request parser and the kind guess alike.
     */
    public static Optional<DraftKind> ofShortLabel(String label) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        String wanted = label.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> !k.shortLabel.isEmpty() && k.shortLabel.equals(wanted)).findFirst();
    }

    public String wireName() {
        return wireName;
    }

    /** What the service calls it, in lower case: "worry statement". */
    public String term() {
        return term;
    }

    /** A danger or worry statement. */
    public boolean isStatement() {
        return this == DANGER_STATEMENT || this == WORRY_STATEMENT;
    }

    /** A safety, wellbeing or success goal. */
    public boolean isGoal() {
        return this == SAFETY_GOAL || this == WELLBEING_GOAL || this == SUCCESS_GOAL;
    }

    /** The kind a wire name stands for, ignoring case and surrounding spaces; empty when it names none. */
    public static Optional<DraftKind> ofWireName(String wire) {
        if (wire == null) {
            return Optional.empty();
        }
        String wanted = wire.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.wireName.equals(wanted)).findFirst();
    }

    /** Every wire name, in declaration order, for messages that list them. */
    public static List<String> wireNames() {
        return Arrays.stream(values()).map(DraftKind::wireName).toList();
    }
}
