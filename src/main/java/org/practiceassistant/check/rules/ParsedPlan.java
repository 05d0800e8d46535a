package org.practiceassistant.check.rules;

import java.util.EnumMap;
import org.practiceassistant.check.DraftKind;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;

/**
 * A plan split into its parts: which sections it has (whatever they were called), its danger
 * statements and safety goals, its actions, the names of the children it is about, and the parts
 * it names under a heading but leaves empty. Its text leaves such empty headings out.
 */
record ParsedPlan(AnalysedText text, Map<PlanSection, List<String>> sections, List<String> dangerStatements,
                  List<String> safetyGoals, List<PlanAction> actions, Set<String> childNames,
                  Map<PlanSection, String> emptyParts) {

    ParsedPlan {
        Map<PlanSection, List<String>> copy = new EnumMap<>(PlanSection.class);
        sections.forEach((section, items) -> copy.put(section, List.copyOf(items)));
        sections = Map.copyOf(copy);
        dangerStatements = List.copyOf(dangerStatements);
        safetyGoals = List.copyOf(safetyGoals);
        actions = List.copyOf(actions);
        childNames = Set.copyOf(childNames);
        emptyParts = Map.copyOf(emptyParts);
    }

    /**
     * The heading, as written, of a part the plan names but leaves empty ("Identity and culture" over "None.",
     * "Bottom lines: none set"), when nothing else in the plan is that part.
     */
    java.util.Optional<String> emptyHeading(PlanSection section) {
        return has(section) ? java.util.Optional.empty() : java.util.Optional.ofNullable(emptyParts.get(section));
    }

    /** The items under a section's heading (empty when the plan has no such section). */
    List<String> section(PlanSection section) {
        return sections.getOrDefault(section, List.of());
    }

    /**
     * What the plan calls its statements: worry statements when it speaks of worry statements (Signs of
     * Wellbeing or Success) and never of danger statements, else danger statements.
     */
    DraftKind statementKind() {
        String lower = text.text().toLowerCase(java.util.Locale.ROOT);
        return lower.contains("worry statement") && !lower.contains("danger statement") ? DraftKind.WORRY_STATEMENT
                : DraftKind.DANGER_STATEMENT;
    }

    /** What the plan calls its goals: success or wellbeing goals when it names them, else safety goals. */
    DraftKind goalKind() {
        String lower = text.text().toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("safety goal")) {
            return DraftKind.SAFETY_GOAL;
        }
        return lower.contains("success goal") ? DraftKind.SUCCESS_GOAL : lower.contains("wellbeing goal") ? DraftKind.WELLBEING_GOAL
                : DraftKind.SAFETY_GOAL;
    }

    boolean has(PlanSection section) {
        return section(section).stream().anyMatch(item -> !item.isBlank());
    }
}
