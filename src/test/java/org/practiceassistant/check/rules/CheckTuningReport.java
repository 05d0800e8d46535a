package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.check.CheckQualitySet;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.knowledge.Rubric;

/**
 * Figures and disagreements on the tuning splits only, in process, for choosing a change by hand:
 * {@code java -cp <test class path> org.practiceassistant.check.rules.CheckTuningReport [split ...]} from the repository root
 * prints every split's agreement and criteria below 90%, and for each split named (all read splits when none is) every
 * disagreement with the checker's evidence. The split nobody has read ({@link CheckQualitySet#unread}) is counted,
 * never itemised. Prints to the terminal only; the labelled texts are fictional.
 */
public final class CheckTuningReport {

    private CheckTuningReport() {}

    public static void main(String[] args) {
        DraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());
        List<CheckQualitySet.Entry> entries = CheckQualitySet.load();
        Map<String, CheckQualitySet.Agreement> bySplit = CheckQualitySet.measureBySplit(checker, entries);
        Set<String> named = Set.of(args);
        bySplit.forEach((split, a) -> System.out.printf("%-9s %4d / %4d (%.1f%%) below-90: %d inadequate-passing: %d complete-good-failing: %d%s%n",
                split, a.agreed(), a.total(), 100 * a.overall(), a.perCheck().values().stream().filter(c -> c[0] < 0.9 * c[1]).count(),
                a.inadequatePassing().size(), a.completeGoodFailing().size(),
                CheckQualitySet.unread(split) ? " (blind: counts only)" : " " + a.completeGoodFailing()));
        Map<String, CheckQualitySet.Entry> byId = new java.util.HashMap<>();
        entries.forEach(e -> byId.put(e.split() + "/" + e.id(), e));
        bySplit.forEach((split, a) -> {
            if (CheckQualitySet.unread(split) || (!named.isEmpty() && !named.contains(split))) {
                return;
            }
            System.out.println("=== " + split + " ===");
            a.perCheck().forEach((criterion, c) -> {
                if (c[0] < 0.9 * c[1]) {
                    System.out.printf("  below 90%%: %-40s %d/%d%n", criterion, c[0], c[1]);
                }
            });
            for (CheckQualitySet.Disagreement d : a.disagreements()) {
                CheckQualitySet.Entry entry = byId.get(split + "/" + d.entry());
                String evidence = checker.check(entry.kind(), entry.text()).checks().stream().filter(c -> c.id().equals(d.criterion()))
                        .map(CriterionResult::evidence).findFirst().orElse("");
                System.out.printf("%s %s %s expected %s got %s | evidence: %s%n", d.entry(), entry.kind().wireName(), d.criterion(),
                        d.expected(), d.actual(), evidence);
                if (entry.kind() != DraftKind.PLAN) {
                    System.out.println("    " + entry.text().replace('\n', ' '));
                }
            }
        });
    }
}
