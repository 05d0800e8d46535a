package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the mapping goes once an answer is kept: the next step, back to the review a rework came from, the next
 * worry's scale, or the end with the summary and the plan.
 */
final class MappingProgress {

    private final Transitions flow;
    private final SummaryWriter summaries;

    MappingProgress(Transitions flow, SummaryWriter summaries) {
        this.flow = flow;
        this.summaries = summaries;
    }

    CoachTurn advanceFromWorryStep(MappingState state) {
        return advanceFromWorryStep(state, List.of());
    }

    /** After a worry's answer: the next step, or the review it was reworked from. */
    CoachTurn advanceFromWorryStep(MappingState state, List<CoachReply> before) {
        if (state.returnTo() == null) {
            return flow.advance(state, before);
        }
        Step review = state.currentWorry().statementAccepted() ? Step.REVIEW_GOAL : Step.REVIEW_STATEMENT;
        return flow.moveTo(state, review, state.worry(), before);
    }

    /**
     * After a goal is accepted: "another worry?", or, when the worry was an earlier one worded again after a change of
     * service, back to where the worker was ({@link EarlierWorryAgain}).
     */
    CoachTurn afterGoalAccepted(MappingState accepted, List<CoachReply> before) {
        Position resume = accepted.resumeAt();
        if (resume == null || resume.equals(accepted.position())) {
            return flow.moveTo(accepted.with(c -> c.resumeAt = null), Step.ANOTHER_WORRY, accepted.worry(), before);
        }
        var replies = new ArrayList<>(before);
        replies.add(new CoachReply.Note(CoachWording.BACK_TO_WHERE_YOU_WERE));
        return flow.moveTo(accepted.with(c -> c.resumeAt = null), resume.step(), resume.worry(), replies);
    }

    /** After a free-text step asked once per mapping: the next step, or the end when it was the last. */
    CoachTurn afterMappingText(MappingState state, List<CoachReply> before) {
        return StepOrder.isLast(state.step()) ? finish(state, before) : flow.advance(state, before);
    }

    /** After a worry's scores: the next worry's own scale, or the step after the scales. */
    CoachTurn afterScores(MappingState scored, List<CoachReply> before) {
        if (scored.worry() + 1 < scored.worries().size()) {
            return flow.moveTo(scored, Step.SCALE, scored.worry() + 1, before); // the next worry's own scale
        }
        return flow.advance(scored, before);
    }

    private CoachTurn finish(MappingState state, List<CoachReply> before) {
        var summary = summaries.summarise(state);
        var replies = new ArrayList<>(before);
        replies.addAll(List.of(new CoachReply.Note(CoachWording.FINISHED),
                new CoachReply.Summary(summary, summaries.plainText(summary)), new CoachReply.PlanDocument(summary)));
        return CoachTurn.end(replies);
    }
}
