package org.practiceassistant.draft;

import java.util.List;

/**
 * The one source of the order of the mapping's questions: the declaration order of {@link Step}. The
 * flow asks for the step after this one and the prompt for "step n of m"; neither spells the order out
 * again, so adding or moving a step is one edit in {@link Step}.
 */
final class StepOrder {

    private static final List<Step> ORDER = List.of(Step.values());
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
        return ORDER.stream().filter(s -> s.scope() == Step.Scope.WORRY).findFirst().orElseThrow();
    }

    /**
     * "Step 7 of 19". Steps asked once per worry form runs (the worry's questions, then each worry's scale)
     * that count once for each worry so far.
     */
    static String progress(MappingState state) {
        int worries = state.worries().size();
        int total = 0;
        int n = 0;
        int i = 0;
        while (i < ORDER.size()) {
            Step first = ORDER.get(i);
            int end = i;
            while (first.perWorry() && end + 1 < ORDER.size() && ORDER.get(end + 1).scope() == first.scope()) {
                end++;
            }
            int length = end - i + 1;
            Step step = state.step();
            if (step.ordinal() >= i && step.ordinal() <= end) {
                n = total + (first.perWorry() ? length * state.worry() : 0) + step.ordinal() - i + 1;
            }
            total += first.perWorry() ? length * worries : length;
            i = end + 1;
        }
        return "Step " + n + " of " + total;
    }
}
