package org.practiceassistant.check;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

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
