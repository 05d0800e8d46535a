package org.practiceassistant.ask;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practiceassistant.knowledge.DocumentKind;
import org.practiceassistant.knowledge.Passage;
import org.practiceassistant.knowledge.Rubric;
import org.practiceassistant.knowledge.RubricCriterion;
import org.practiceassistant.knowledge.RubricSection;

/**
 * The grade ladder of each rubric criterion passage, so an answer about a criterion shows every grade
 * in full even when the passage text is cut to fit.
 */
final class GradeLadders {

    private final Map<String, List<Answer.GradeStep>> byPassageId;

    private GradeLadders(Map<String, List<Answer.GradeStep>> byPassageId) {
        this.byPassageId = Map.copyOf(byPassageId);
    }

    static GradeLadders none() {
        return new GradeLadders(Map.of());
    }

    /**
     * Matches rubric passages to criteria by their heading path (rubric › section › criterion), which
     * is how a reader finds them too, rather than by the form of their ids.
     */
    static GradeLadders of(Rubric rubric, List<Passage> passages) {
        Map<List<String>, RubricCriterion> byTitles = new HashMap<>();
        for (RubricSection section : rubric.sections()) {
            for (RubricCriterion criterion : section.criteria()) {
                byTitles.put(List.of(section.title(), criterion.title()), criterion);
            }
        }
        Map<String, List<Answer.GradeStep>> ladders = new HashMap<>();
        for (Passage passage : passages) {
            List<String> path = passage.headingPath();
            if (passage.kind() == DocumentKind.RUBRIC && path.size() >= 2) {
                RubricCriterion criterion = byTitles.get(path.subList(path.size() - 2, path.size()));
                if (criterion != null) {
                    ladders.put(passage.id(), criterion.descriptors().entrySet().stream()
                            .map(entry -> new Answer.GradeStep(entry.getKey().displayName(), entry.getValue()))
                            .toList());
                }
            }
        }
        return new GradeLadders(ladders);
    }

    /** The ladder for a passage; empty when it is not a rubric criterion. */
    List<Answer.GradeStep> ladder(String passageId) {
        return byPassageId.getOrDefault(passageId, List.of());
    }
}
