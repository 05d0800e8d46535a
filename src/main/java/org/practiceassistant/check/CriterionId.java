package org.practiceassistant.check;

import java.util.Arrays;
import java.util.Optional;

/**
 * Every criterion the checker decides, by its stable wire id (the id /api/check and the labelled sets
 * use). Draft refers to criteria by these constants, never by spelling the ids again.
 */
public enum CriterionId {
    // Danger (and worry) statements
    WHO_IS_WORRIED("who-is-worried", "Says who is worried"),
    SPECIFIC_BEHAVIOUR("specific-behaviour", "Says what happened, not a label"),
    IMPACT_ON_CHILD("impact-on-child", "Says what it means for the child"),
    FUTURE_IF_NOTHING_CHANGES("future-if-nothing-changes", "Says what could happen if nothing changes"),
    ONE_WORRY_PER_STATEMENT("one-worry-per-statement", "One worry to a statement"),
    // Safety (and wellbeing) goals
    WHO_WILL_ACT("who-will-act", "Names who in the family and network will act"),
    OBSERVABLE_BEHAVIOUR("observable-behaviour", "Says what people will be seen doing"),
    CHILD_OUTCOME("child-outcome", "Says what life will be like for the child"),
    TIMESCALE("timescale", "Says by when, or for how long"),
    SAYS_WHAT_WILL_HAPPEN("says-what-will-happen", "Says what will happen, not only what will stop"),
    // Both, and plans
    JARGON_FREE("jargon-free", "In the family's words, no jargon"),
    READABILITY("readability", "Short sentences and everyday words"),
    // Whole plans
    DANGER_GOAL_PAIRS("danger-goal-pairs", "Each worry has a goal"),
    WHO_WHAT_WHEN("who-what-when", "Says who does what, and by when"),
    VOICE_OF_CHILD("voice-of-child", "Gives the child's own views"),
    BOTTOM_LINES("bottom-lines", "Sets out the bottom lines"),
    CONTINGENCY("contingency", "Says what happens if the plan is not kept"),
    VISITS_AND_REVIEW("visits-and-review", "Says how often the social worker visits and when the plan is reviewed"),
    SCALING("scaling", "Scales 0 to 10 with everyone's score"),
    NETWORK("network", "Names the family and friends who will help"),
    IDENTITY_AND_DIVERSITY("identity-and-diversity", "Takes the child's identity and culture into account"),
    SHARED_WITH_FAMILY("shared-with-family", "Made with and shared with the family"),
    FAMILY_DAY_TO_DAY("family-day-to-day", "Says what the family will do day to day"),
    VISITS_MADE("visits-made", "Visits made as the plan says (in the case record)"),
    CHILD_SEEN_ALONE("child-seen-alone", "Child seen alone for their views (in the case record)");

    private final String id;
    private final String label;

    CriterionId(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The criterion as a manager would say it: "Says who does what, and by when". */
    public String label() {
        return label;
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
