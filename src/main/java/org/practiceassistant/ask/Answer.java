package org.practiceassistant.ask;

import java.util.List;

/**
 * One cited passage in an answer.
 *
 * @param id       the passage id, stable within a pack build (feedback refers to it)
 * @param text     the quoted passage, at most 1,500 characters
 * @param document the source document's title
 * @param section  the heading path, for example "Practice handbook › Child Protection › Conference Bottom Lines"
 * @param score    relevance, higher is better
 * @param ladder   for a rubric criterion, its grade ladder in full, best grade first; otherwise empty
 */
public record Answer(String id, String text, String document, String section, double score, List<GradeStep> ladder) {

    public Answer {
        ladder = List.copyOf(ladder);
    }

    public Answer(String id, String text, String document, String section, double score) {
        this(id, text, document, section, score, List.of());
    }

    /**
     * One rung of a rubric criterion's grade ladder.
     *
     * @param grade      the grade as the rubric names it, for example "Requires Improvement"
     * @param descriptor what practice at that grade looks like
     */
    public record GradeStep(String grade, String descriptor) {}
}
