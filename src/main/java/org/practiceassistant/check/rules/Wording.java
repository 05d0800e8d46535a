package org.practiceassistant.check.rules;

import org.practiceassistant.check.DraftKind;

/**
 * The service's own words for a statement or goal: a worry statement is checked as a danger statement
 * is, but the advice speaks of worry statements and wellbeing goals, its examples of a child's wellbeing
 * rather than safety, and it cites the glossary entry for its own kind.
 *
 * @param definition      the source that defines this kind
 * @param statement       the service's word for the statement ("worry statement")
 * @param goal            the service's word for the paired goal ("wellbeing goal")
 * @param impactExample   an example of the impact on the child, in the service's register
 * @param outcomeExample  an example of what the child will experience when the goal is met
 */
record Wording(String definition, String statement, String goal, String impactExample, String outcomeExample) {

    private static final String SAFETY_IMPACT = "Jack could be badly hurt, or grow up scared in his own home";
    private static final String WELLBEING_IMPACT = "Jack could fall further behind at school and feel left out by his friends";
    private static final String SAFETY_OUTCOME = "so that Jack feels safe at home, sleeps in his own bed and gets to school on time";
    private static final String WELLBEING_OUTCOME = "so that Jack is healthy and well, goes to school every day and sees his friends";

    static Wording of(DraftKind kind) {
        return switch (kind) {
            case DANGER_STATEMENT -> new Wording(Sources.GLOSSARY_DANGER_STATEMENT, "danger statement", "safety goal",
                    SAFETY_IMPACT, SAFETY_OUTCOME);
            case WORRY_STATEMENT -> new Wording(Sources.GLOSSARY_WORRY_STATEMENT, "worry statement", "wellbeing goal",
                    WELLBEING_IMPACT, WELLBEING_OUTCOME);
            case SAFETY_GOAL -> new Wording(Sources.GLOSSARY_SAFETY_GOAL, "danger statement", "safety goal", SAFETY_IMPACT,
                    SAFETY_OUTCOME);
            case WELLBEING_GOAL -> new Wording(Sources.GLOSSARY_WELLBEING_GOAL, "worry statement", "wellbeing goal",
                    WELLBEING_IMPACT, WELLBEING_OUTCOME);
            case SUCCESS_GOAL -> new Wording(Sources.HANDBOOK_SUCCESS_GOAL, "worry statement", "success goal", WELLBEING_IMPACT,
                    WELLBEING_OUTCOME);
            case PLAN -> throw new IllegalArgumentException("a plan has statements and goals of its own kinds");
        };
    }
}
