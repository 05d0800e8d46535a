package org.practiceassistant.check.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.StatementCheck;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.knowledge.Rubric;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

/**
 * The checker behind /api/check, the Teams "check" command and the drafting coach: deterministic rules
 * over the draft's own words, each criterion with its evidence, advice and source.
 */
@Service
class RubricDraftChecker implements DraftChecker {

    /* A plan has a handful of statements and goals; past this many, the rest are not checked one by one. */
    static final int MAX_STATEMENTS = 30;

    private final StatementCriteria statements;
    private final PlanCriteria plans;
    private final RubricAssessor rubric;
    private final AssistantMetrics metrics;

    @Autowired
    RubricDraftChecker(JargonList jargon, KnowledgePack pack, AssistantMetrics metrics) {
        this(jargon, pack.rubric(), metrics);
    }

    RubricDraftChecker(JargonList jargon, Rubric rubric) {
        this(jargon, rubric, AssistantMetrics.notPublished());
    }

    RubricDraftChecker(JargonList jargon, Rubric rubric, AssistantMetrics metrics) {
        this.statements = new StatementCriteria(jargon);
        this.plans = new PlanCriteria(jargon);
        this.rubric = new RubricAssessor(rubric);
        this.metrics = metrics;
    }

    @Override
    public CheckReport check(DraftKind kind, String text, Duration budget) {
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("there is no text to check");
        }
        long started = System.nanoTime();
        Deadline deadline = Deadline.after(budget);
        CheckReport report;
        if (kind == DraftKind.PLAN) {
            report = checkPlan(text, deadline);
        } else {
            // "WS (CIN) = Mum has ...": the worker's label in front of the draft is not the draft's text.
            String draft = DraftLabel.without(text);
            List<CriterionResult> checks = statements.check(kind, AnalysedText.of(draft.isBlank() ? text : draft), deadline);
            report = new CheckReport(kind, checks, List.of(), rubric.assessSingle(kind, checks));
        }
        // Every check is timed here, whoever asks for it (the bot, /api/check, the mapping coach).
        metrics.checkRun(kind, Duration.ofNanos(System.nanoTime() - started));
        return report;
    }

    private CheckReport checkPlan(String text, Deadline deadline) {
        ParsedPlan plan = PlanParser.parse(text);
        List<CriterionResult> checks = plans.check(plan, deadline);
        List<StatementCheck> found = new ArrayList<>();
        DraftKind statementKind = plan.statementKind();
        DraftKind goalKind = plan.goalKind();
        for (int i = 0; i < Math.min(plan.dangerStatements().size(), MAX_STATEMENTS); i++) {
            deadline.check();
            String statement = plan.dangerStatements().get(i);
            found.add(new StatementCheck(statementKind, i + 1, statement, statements.check(statementKind, AnalysedText.of(statement), deadline)));
        }
        for (int i = 0; i < Math.min(plan.safetyGoals().size(), MAX_STATEMENTS); i++) {
            deadline.check();
            String goal = plan.safetyGoals().get(i);
            found.add(new StatementCheck(goalKind, i + 1, goal, statements.check(goalKind, AnalysedText.of(goal), deadline)));
        }
        return new CheckReport(DraftKind.PLAN, checks, found, rubric.assess(plan, checks));
    }

    List<String> criterionIds(DraftKind kind) {
        return (kind == DraftKind.PLAN ? plans.criteria().stream() : statements.criteria(kind).stream()).map(c -> c.id().id()).toList();
    }
}
