package org.practiceassistant.check;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;

/**
 * The checker behind /api/check, the Teams "check" command and the drafting coach: deterministic rules
 * over the draft's own words, each criterion with its evidence, advice and source.
 */
@Service
class RubricDraftChecker implements DraftChecker {

    private final StatementCriteria statements;

    RubricDraftChecker(JargonList jargon) {
        this.statements = new StatementCriteria(jargon);
    }

    @Override
    public CheckReport check(DraftKind kind, String text) {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("there is no text to check");
        }
        AnalysedText analysed = AnalysedText.of(text);
        return switch (kind) {
            case DANGER_STATEMENT -> new CheckReport(kind, statements.checkDangerStatement(analysed));
            case SAFETY_GOAL -> new CheckReport(kind, statements.checkSafetyGoal(analysed));
            case PLAN -> throw new IllegalArgumentException("plan checks are not available yet");
        };
    }

    List<String> criterionIds(DraftKind kind) {
        return switch (kind) {
            case DANGER_STATEMENT -> statements.dangerStatementCriteria().stream().map(Criterion::id).toList();
            case SAFETY_GOAL -> statements.safetyGoalCriteria().stream().map(Criterion::id).toList();
            case PLAN -> List.of();
        };
    }
}
