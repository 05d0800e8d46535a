package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Objects;

/**
 * The words a mapping uses, from the handbook's "Signs of...?" table.
 *
 * @param model       "Signs of Safety", "Signs of Wellbeing" or "Signs of Success"
 * @param statement   what a worry is written as: "danger statement" or "worry statement"
 * @param goal        what it is paired with: "safety goal", "wellbeing goal" or "success goal"
 * @param past        the past column: "Harm", "Wellbeing Concerns", "Worrying Behaviour"
 * @param existing    the existing-solutions column: "Existing Safety", "Existing Wellbeing", ...
 * @param goodOutcome how the child is when the goal is met, in plain words: "safe", "healthy and well"
 */
public record MappingWords(String model, String statement, String goal, String past, String existing, String goodOutcome) {

    public MappingWords {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(goal, "goal");
        Objects.requireNonNull(past, "past");
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(goodOutcome, "goodOutcome");
    }

    /** True for Signs of Safety, where the statement is about danger rather than worries. */
    public boolean speaksOfDanger() {
        return statement.toLowerCase(Locale.ROOT).startsWith("danger");
    }
}
