package org.practiceassistant.check.rules;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.jargon.TestJargon;
import org.practiceassistant.knowledge.Rubric;

/** The checker the check-rules tests share (the real jargon list, no rubric), and its results by criterion id. */
final class CheckedDrafts {

    static final RubricDraftChecker CHECKER = new RubricDraftChecker(TestJargon.LIST, Rubric.none());

    private CheckedDrafts() {}

    /** Every criterion's result for the draft, by criterion id. */
    static Map<String, CriterionResult> check(DraftKind kind, String text) {
        return CHECKER.check(kind, text).checks().stream().collect(Collectors.toMap(CriterionResult::id, Function.identity()));
    }

    /** One criterion's status for the draft. */
    static CheckStatus status(DraftKind kind, String text, String criterion) {
        return check(kind, text).get(criterion).status();
    }
}
