package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.draft.MappingState.Pending;

/**
 * Moving between steps: to the next step in {@link StepOrder}, to a chosen step, or staying with a note;
 * and what the worker sees on arriving (the composed text and its check at a review, the suggested scale,
 * the step's prompt).
 */
final class Transitions {

    /**
     * Which answer feeds the part of a statement or goal a check criterion looks at, so a failed check can
     * point the worker at the one answer to rework. Keyed by the checker's criteria.
     */
    private static final Map<CriterionId, Step> ANSWER_BEHIND = Map.ofEntries(
            Map.entry(CriterionId.WHO_IS_WORRIED, Step.WORRY),
            Map.entry(CriterionId.SPECIFIC_BEHAVIOUR, Step.HARM),
            Map.entry(CriterionId.IMPACT_ON_CHILD, Step.WORRY),
            Map.entry(CriterionId.FUTURE_IF_NOTHING_CHANGES, Step.WORRY),
            Map.entry(CriterionId.ONE_WORRY_PER_STATEMENT, Step.HARM),
            Map.entry(CriterionId.WHO_WILL_ACT, Step.NETWORK),
            Map.entry(CriterionId.OBSERVABLE_BEHAVIOUR, Step.DOING),
            Map.entry(CriterionId.SAYS_WHAT_WILL_HAPPEN, Step.DOING),
            Map.entry(CriterionId.CHILD_OUTCOME, Step.CHILD_EXPERIENCE),
            Map.entry(CriterionId.TIMESCALE, Step.TIMESCALE));

    private final StepTemplates templates;
    private final DraftChecker checker;
    private final StatementComposer composer;

    Transitions(StepTemplates templates, DraftChecker checker, StatementComposer composer) {
        this.templates = templates;
        this.checker = checker;
        this.composer = composer;
    }

    CoachTurn advance(MappingState state, List<CoachReply> before) {
        Step next = StepOrder.after(state.step());
        // A run of steps asked for each worry starts again at the first worry.
        int worry = next.perWorry() && next.scope() != state.step().scope() ? 0 : state.worry();
        return moveTo(state, next, worry, before);
    }

    CoachTurn moveTo(MappingState state, Step next, int worry, List<CoachReply> before) {
        var history = new ArrayList<>(state.history());
        history.add(state.position());
        var moved = state.with(c -> {
            c.history = history;
            c.step = next;
            c.worry = worry;
            c.pending = Pending.NONE;
            c.nudgedAnswer = 0;
            if (!next.isReworkable()) {
                c.returnTo = null;
            }
        });
        var replies = new ArrayList<>(before);
        replies.addAll(enter(moved));
        return CoachTurn.continueWith(moved, replies);
    }

    CoachTurn stay(MappingState state, String note) {
        return CoachTurn.continueWith(state, List.of(new CoachReply.Note(note)));
    }

    /** What the worker sees on arriving at a step. */
    List<CoachReply> enter(MappingState state) {
        var replies = new ArrayList<CoachReply>();
        switch (state.step()) {
            case REVIEW_STATEMENT -> {
                String text = composer.currentStatement(state.currentWorry(),
                        composer.named(state, state.currentWorry()));
                replies.addAll(composed(state, DraftKind.DANGER_STATEMENT, state.vocabulary().statement(), text));
            }
            case REVIEW_GOAL -> {
                String text = composer.currentGoal(state.currentWorry(), state.vocabulary(),
                        state.childNamesFor(state.currentWorry()), composer.named(state, state.currentWorry()));
                replies.addAll(composed(state, DraftKind.SAFETY_GOAL, state.vocabulary().goal(), text));
            }
            case SCALE -> {
                Scale s = state.currentWorry().scale() != null ? state.currentWorry().scale()
                        : templates.proposedScale(state);
                replies.add(new CoachReply.Note("0 means " + s.zeroMeans() + ".\n10 means " + s.tenMeans() + "."));
            }
            default -> { }
        }
        replies.add(templates.prompt(state));
        return replies;
    }

    private List<CoachReply> composed(MappingState state, DraftKind kind, String term, String text) {
        CheckReport report = checker.check(kind, text);
        var replies = new ArrayList<CoachReply>();
        replies.add(new CoachReply.Composed(kind, term, state.worry() + 1, text, report));
        List<CriterionResult> failed = report.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).toList();
        if (!failed.isEmpty()) {
            String answers = failed.stream().map(c -> ANSWER_BEHIND.get(c.criterion())).filter(Objects::nonNull)
                    .distinct().map(step -> "\"" + templates.shortTitle(step, state) + "\"")
                    .collect(Collectors.joining(" or "));
            replies.add(new CoachReply.Note(CoachWording.checkFound(failed.size(), answers)));
        }
        return replies;
    }
}
