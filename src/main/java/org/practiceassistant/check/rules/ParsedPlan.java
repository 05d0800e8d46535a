package org.practiceassistant.check.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;

/**
 * A plan split into its parts: which sections it has (whatever they were called), its danger
 * statements and safety goals, its actions, and the names of the children it is about.
 */
record ParsedPlan(AnalysedText text, Map<PlanSection, List<String>> sections, List<String> dangerStatements,
                  List<String> safetyGoals, List<PlanAction> actions, Set<String> childNames) {

    ParsedPlan {
        Map<PlanSection, List<String>> copy = new EnumMap<>(PlanSection.class);
        sections.forEach((section, items) -> copy.put(section, List.copyOf(items)));
        sections = Map.copyOf(copy);
        dangerStatements = List.copyOf(dangerStatements);
        safetyGoals = List.copyOf(safetyGoals);
        actions = List.copyOf(actions);
        childNames = Set.copyOf(childNames);
    }

    /** The items under a section's heading (empty when the plan has no such section). */
    List<String> section(PlanSection section) {
        return sections.getOrDefault(section, List.of());
    }

    boolean has(PlanSection section) {
        return section(section).stream().anyMatch(item -> !item.isBlank());
    }
}
