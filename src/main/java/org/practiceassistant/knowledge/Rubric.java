package org.practiceassistant.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The case-audit rubric: sections of criteria, each with its grade ladder.
 *
 * @param title    the rubric's title as users see it
 * @param sections sections in rubric order, ids unique; empty only for a pack that has no rubric
 */
public record Rubric(String title, List<RubricSection> sections) {

    public Rubric {
        Ids.requireText(title, "rubric title");
        sections = List.copyOf(sections);
        var seen = new HashSet<String>();
        for (RubricSection section : sections) {
            if (!seen.add(section.id())) {
                throw new IllegalArgumentException("rubric has two sections with id " + section.id());
            }
        }
    }

    /** For a pack whose manifest names no rubric. */
    public static Rubric none() {
        return new Rubric("No rubric", List.of());
    }

    public Optional<RubricSection> section(String sectionId) {
        return sections.stream().filter(section -> section.id().equals(sectionId)).findFirst();
    }

    /** A criterion by section id and criterion id. */
    public Optional<RubricCriterion> criterion(String sectionId, String criterionId) {
        return section(sectionId).flatMap(section -> section.criterion(criterionId));
    }

    public Stream<RubricCriterion> criteria() {
        return sections.stream().flatMap(section -> section.criteria().stream());
    }
}
