package org.practiceassistant.draft;

/** One message from the worker, read once by {@link CoachIntentParser}. */
sealed interface CoachInput {

    /** A command that works at every step. */
    record Command(CoachCommand command) implements CoachInput {}

    /** "I don't know", "not sure", "idk": kept as not known yet, never as the answer itself. */
    record NotKnown() implements CoachInput {}

    /** A question about the work beyond this mapping ("how many days before conference does mum get the report"). */
    record Aside() implements CoachInput {}

    /**
     * Which statement and goal this mapping writes, asked mid-flow: "is it a danger statement for mash or worry one",
     * "quick one do i write a danger statement for cin", "shes 18 is this still a danger statement or a worry statement".
     */
    record WhichWords() implements CoachInput {}

    /**
     * "what does complicating mean", "whats the difference between complicating factors and harm": what a part (or two) of
     * the mapping is for, asked at any step ({@link MeaningAsked}).
     */
    record MeaningOf(java.util.List<Step> steps) implements CoachInput {}

    /** Anything else: an answer to the question being asked (possibly empty). */
    record Answer(String text) implements CoachInput {
        public Answer {
            text = text == null ? "" : text.strip();
        }
    }
}
