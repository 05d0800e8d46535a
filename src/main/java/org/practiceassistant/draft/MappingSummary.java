package org.practiceassistant.draft;

import java.util.List;

/**
 * A finished mapping, as the worker will paste it into the case record.
 *
 * @param bottomLines empty when there are none
 */
record MappingSummary(
        ServiceArea serviceArea,
        Vocabulary vocabulary,
        List<Child> children,
        List<Pair> pairs,
        Scale scale,
        List<ScaleScore> scores,
        String bottomLines,
        String nextSteps) {

    public MappingSummary {
        children = List.copyOf(children);
        pairs = List.copyOf(pairs);
        scores = List.copyOf(scores);
        bottomLines = bottomLines == null ? "" : bottomLines;
    }

    /** One worry's statement and goal, with the evidence the worker gave for it. */
    public record Pair(String statement, String goal, String harm, String complicatingFactors, String workingWell) {}
}
