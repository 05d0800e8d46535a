package org.practiceassistant.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/**
 * One section of the audit rubric, for example "Child protection planning".
 *
 * @param id       slug, stable across pack builds and unique within the rubric
 * @param title    the section as the rubric names it
 * @param note     a remark the rubric prints beside the title, or empty
 * @param criteria the section's criteria in rubric order, at least one, ids unique
 */
public record RubricSection(String id, String title, String note, List<RubricCriterion> criteria) {

    public RubricSection {
        Ids.requireSlug(id, "section id");
        Ids.requireText(title, "section " + id + " title");
        note = note == null ? "" : note.strip();
        criteria = List.copyOf(criteria);
        if (criteria.isEmpty()) {
            throw new IllegalArgumentException("section " + id + " has no criteria");
        }
        var seen = new HashSet<String>();
        for (RubricCriterion criterion : criteria) {
            if (!seen.add(criterion.id())) {
                throw new IllegalArgumentException("section " + id + " has two criteria with id " + criterion.id());
            }
        }
    }

    public Optional<RubricCriterion> criterion(String criterionId) {
        return criteria.stream().filter(criterion -> criterion.id().equals(criterionId)).findFirst();
    }
}
