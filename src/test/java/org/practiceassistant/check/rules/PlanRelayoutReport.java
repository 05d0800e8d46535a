package org.practiceassistant.check.rules;

import java.util.Map;
import java.util.TreeMap;
import org.practiceassistant.check.CheckQualitySet;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/** Prints, per layout and criterion, the tuning plans whose verdict a re-layout changes (ids only). */
public final class PlanRelayoutReport {

    private PlanRelayoutReport() {}

    public static void main(String[] args) {
        RubricDraftChecker checker = new RubricDraftChecker(TestJargon.LIST, Rubric.none());
        Map<String, Integer> counts = new TreeMap<>();
        int plans = 0;
        for (CheckQualitySet.Entry e : CheckQualitySet.load()) {
            if (e.kind() != DraftKind.PLAN || CheckQualitySet.unread(e.split()) || !PlanRelayouts.relayable(e.text())) {
                continue;
            }
            plans++;
            Map<String, CriterionResult> base = byId(checker, e.text());
            for (PlanRelayouts.Layout layout : PlanRelayouts.all()) {
                String text = layout.apply().apply(e.text());
                if (args.length > 1 && args[0].equals(layout.name()) && e.id().equals(args[1])) {
                    System.out.println(text);
                }
                byId(checker, text).forEach((id, r) -> {
                    CriterionResult was = base.get(id);
                    if (was != null && was.status() != r.status()) {
                        counts.merge(layout.name() + " " + id, 1, Integer::sum);
                        System.out.printf("%s %s %s %s -> %s | %s%n", layout.name(), e.id(), id, was.status(), r.status(),
                                r.evidence().length() > 160 ? r.evidence().substring(0, 160) : r.evidence());
                    }
                });
            }
        }
        System.out.println(plans + " plans");
        counts.forEach((k, v) -> System.out.println(v + " " + k));
    }

    private static Map<String, CriterionResult> byId(RubricDraftChecker checker, String text) {
        Map<String, CriterionResult> m = new TreeMap<>();
        checker.check(DraftKind.PLAN, text).checks().forEach(c -> m.put(c.id(), c));
        return m;
    }
}
