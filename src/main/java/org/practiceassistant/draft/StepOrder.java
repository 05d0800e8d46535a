package org.practiceassistant.draft;

import java.util.List;

/**
 * The one source of the order of the mapping's questions: the declaration order of {@link Step}. The
 * flow asks for the step after this one and the prompt for "step n of m"; neither spells the order out
 * again, so adding or moving a step is one edit in {@link Step}.
 */
final class StepOrder {

    private static final List<Step> ORDER = List.of(Step.values());
    private static final Step FIRST_WORRY_STEP = ORDER.stream().filter(s -> s.scope() == Step.Scope.WORRY)
            .findFirst().orElseThrow();
    private static final Step LAST_WORRY_STEP = ORDER.stream().filter(s -> s.scope() == Step.Scope.WORRY)
            .reduce((a, b) -> b).orElseThrow();
    /** Steps before the worries, steps for each worry, and steps after them. */
    private static final int STEPS_BEFORE = FIRST_WORRY_STEP.ordinal();
    private static final int STEPS_PER_WORRY = LAST_WORRY_STEP.ordinal() - FIRST_WORRY_STEP.ordinal() + 1;
    private static final int STEPS_AFTER = ORDER.size() - LAST_WORRY_STEP.ordinal() - 1;

    private StepOrder() {}

    static Step first() {
        return ORDER.getFirst();
    }

    static boolean isLast(Step step) {
        return step == ORDER.getLast();
    }

    /** The step after {@code step}. The last step finishes the mapping, so it has none. */
    static Step after(Step step) {
        if (isLast(step)) {
            throw new IllegalStateException("the last step finishes the mapping");
        }
        return ORDER.get(step.ordinal() + 1);
    }

    /** The first question asked about each worry. */
    static Step firstWorryStep() {
        return FIRST_WORRY_STEP;
    }

    /** "Step 7 of 19": the worry steps count once for each worry so far. */
    static String progress(MappingState state) {
        int worries = state.worries().size();
        int total = STEPS_BEFORE + STEPS_PER_WORRY * worries + STEPS_AFTER;
        Step step = state.step();
        int n;
        if (step.scope() == Step.Scope.WORRY) {
            n = STEPS_BEFORE + STEPS_PER_WORRY * state.worry() + step.ordinal() - FIRST_WORRY_STEP.ordinal() + 1;
        } else if (step.ordinal() < FIRST_WORRY_STEP.ordinal()) {
            n = step.ordinal() + 1;
        } else {
            n = STEPS_BEFORE + STEPS_PER_WORRY * worries + step.ordinal() - LAST_WORRY_STEP.ordinal();
        }
        return "Step " + n + " of " + total;
    }
}
