package org.practiceassistant.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every criterion the checker decides, by its stable wire id (the id /api/check and the labelled sets
 * use). Draft refers to criteria by these constants, never by spelling the ids again.
 */
public enum CriterionId {
    // Danger (and worry) statements
    WHO_IS_WORRIED("who-is-worried"),
    SPECIFIC_BEHAVIOUR("specific-behaviour"),
    IMPACT_ON_CHILD("impact-on-child"),
    FUTURE_IF_NOTHING_CHANGES("future-if-nothing-changes"),
    ONE_WORRY_PER_STATEMENT("one-worry-per-statement"),
    // Safety (and wellbeing) goals
    WHO_WILL_ACT("who-will-act"),
    OBSERVABLE_BEHAVIOUR("observable-behaviour"),
    CHILD_OUTCOME("child-outcome"),
    TIMESCALE("timescale"),
    SAYS_WHAT_WILL_HAPPEN("says-what-will-happen"),
    // Both, and plans
    JARGON_FREE("jargon-free"),
    READABILITY("readability"),
    // Whole plans
    DANGER_GOAL_PAIRS("danger-goal-pairs"),
    WHO_WHAT_WHEN("who-what-when"),
    VOICE_OF_CHILD("voice-of-child"),
    BOTTOM_LINES("bottom-lines"),
    CONTINGENCY("contingency"),
    VISITS_AND_REVIEW("visits-and-review"),
    SCALING("scaling"),
    NETWORK("network"),
    IDENTITY_AND_DIVERSITY("identity-and-diversity"),
    SHARED_WITH_FAMILY("shared-with-family"),
    FAMILY_DAY_TO_DAY("family-day-to-day"),
    VISITS_MADE("visits-made"),
    CHILD_SEEN_ALONE("child-seen-alone");

    private final String id;

    CriterionId(String id) {
        this.id = id;
    }

    /** The stable wire id, for example {@code who-what-when}. */
    public String id() {
        return id;
    }

    /** The criterion with wire id {@code id}, if there is one. */
    public static Optional<CriterionId> of(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
