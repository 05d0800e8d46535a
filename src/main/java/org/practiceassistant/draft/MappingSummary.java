package org.practiceassistant.draft;

import java.util.List;

/**
 * A finished mapping, as the worker will paste it into the case record.
 *
 * @param bottomLines empty when there are none
 */
record MappingSummary(
        ServiceArea serviceArea,
        MappingWords vocabulary,
        List<Child> children,
        List<Pair> pairs,
        String bottomLines,
        String nextSteps) {

    public MappingSummary {
        children = List.copyOf(children);
        pairs = List.copyOf(pairs);
        bottomLines = bottomLines == null ? "" : bottomLines;
    }

    /** One worry's statement and goal, with the evidence the worker gave for it, and its scale and scores. */
    public record Pair(String statement, String goal, String harm, String complicatingFactors, String workingWell,
                       String network, String doing, String timescale, Scale scale, List<ScaleScore> scores) {
        public Pair {
            scores = List.copyOf(scores);
        }
    }
}
