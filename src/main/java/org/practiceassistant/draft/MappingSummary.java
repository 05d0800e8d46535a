package org.practiceassistant.draft;

import java.util.List;

/**
 * A finished mapping, as the worker will paste it into the case record.
 *
 * @param bottomLines empty when there are none
 * @param contingency what happens, and who steps in, if the plan is not kept; empty when skipped,
 *                    {@link WorryAnswers#NOT_KNOWN_YET} when not known
 * @param childVoice  what the children said; empty when skipped, {@link WorryAnswers#NOT_KNOWN_YET} when not known
 * @param identity    identity and culture the plan takes into account; empty when skipped
 * @param sharedWith  who the plan is gone through with and who has a copy; empty when skipped
 */
record MappingSummary(
        ServiceArea serviceArea,
        MappingWords vocabulary,
        List<Child> children,
        List<Pair> pairs,
        String bottomLines,
        String nextSteps,
        String contingency,
        String childVoice,
        String identity,
        String sharedWith) {

    public MappingSummary {
        children = List.copyOf(children);
        pairs = List.copyOf(pairs);
        bottomLines = bottomLines == null ? "" : bottomLines;
        contingency = contingency == null ? "" : contingency;
        childVoice = childVoice == null ? "" : childVoice;
        identity = identity == null ? "" : identity;
        sharedWith = sharedWith == null ? "" : sharedWith;
    }

    /** One worry's statement and goal, with the evidence the worker gave for it, and its scale and scores. */
    public record Pair(String statement, String goal, String harm, String complicatingFactors, String workingWell,
                       String network, String doing, String timescale, Scale scale, List<ScaleScore> scores) {
        public Pair {
            scores = List.copyOf(scores);
        }
    }
}
