package org.practiceassistant.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.practiceassistant.draft.MappingState.Pending;

/** The words that work at every step: help, example, back, skip, where am I, plan, wait, start over and cancel. */
final class CoachCommands {

    private final Transitions flow;
    private final StepTemplates templates;
    private final SummaryWriter summaries;
    private final MappingProgress progress;
    private final Duration idleTimeout;
    private final Function<Instant, CoachTurn> start;

    /** {@code start} begins a fresh mapping, for "start over". */
    CoachCommands(Transitions flow, StepTemplates templates, SummaryWriter summaries, MappingProgress progress,
                  Duration idleTimeout, Function<Instant, CoachTurn> start) {
        this.flow = flow;
        this.templates = templates;
        this.summaries = summaries;
        this.progress = progress;
        this.idleTimeout = idleTimeout;
        this.start = start;
    }

    CoachTurn command(MappingState state, CoachCommand command, Instant now) {
        return switch (command) {
            case HELP -> CoachTurn.continueWith(state, List.of(new CoachReply.Note(CoachWording.help(
                    templates.purpose(state), state.step().optional())), templates.prompt(state)));
            case EXAMPLE -> flow.stay(state, CoachExamples.forStep(state.step(), templates.vocabularyOrDefault(state)));
            case BACK -> back(state);
            case SKIP -> skip(state);
            case CANCEL -> CoachTurn.end(List.of(new CoachReply.Note(CoachWording.CANCELLED)));
            case START_OVER -> {
                var fresh = start.apply(now);
                var replies = new ArrayList<CoachReply>();
                replies.add(new CoachReply.Note(CoachWording.STARTED_AGAIN));
                replies.addAll(fresh.replies().subList(1, fresh.replies().size()));
                yield new CoachTurn(fresh.next(), replies);
            }
            case PLAN -> StepTemplates.hasAgreedPair(state)
                    ? CoachTurn.continueWith(state, List.of(new CoachReply.Note(CoachWording.PLAN_HERE),
                            new CoachReply.PlanDocument(summaries.summarise(state))))
                    : CoachTurn.continueWith(state, List.of(new CoachReply.Note(CoachWording.PLAN_NOT_YET),
                            templates.prompt(state)));
            case WHERE_AM_I -> flow.stay(state, CoachWording.whereAmI(StepOrder.progress(state), templates.title(state),
                    state));
            case WAIT -> flow.stay(state, CoachWording.waiting(idleTimeout, state.pending() == Pending.NONE
                    ? templates.question(state) : ""));
        };
    }

    private CoachTurn back(MappingState state) {
        if (state.pending() != Pending.NONE) {
            var resumed = state.with(c -> c.pending = Pending.NONE);
            return CoachTurn.continueWith(resumed, flow.enter(resumed));
        }
        WorryAnswers kept = state.currentWorry();
        if (state.step() == Step.WORRY && (kept.whoIsWorried() == null) != (kept.fear() == null)) {
            // Half the worry said (who, or the fear): "back" undoes that half, never the step before with it still kept.
            var cleared = state.withCurrentWorry(w -> w.withWorry(null, null, null)).with(c -> c.nudgedAnswer = 0);
            var replies = new ArrayList<CoachReply>();
            replies.add(new CoachReply.Note(CoachWording.WORRY_PART_UNDONE));
            replies.addAll(flow.enter(cleared));
            return CoachTurn.continueWith(cleared, replies);
        }
        if (state.history().isEmpty()) {
            var replies = new ArrayList<CoachReply>();
            replies.add(new CoachReply.Note(CoachWording.NOTHING_BEFORE));
            replies.addAll(flow.enter(state));
            return CoachTurn.continueWith(state, replies);
        }
        Position previous = state.history().getLast();
        var moved = state.with(c -> {
            c.history = state.history().subList(0, state.history().size() - 1);
            c.step = previous.step();
            c.worry = previous.step().perWorry() ? previous.worry() : state.worry();
            c.returnTo = null;
            c.nudgedAnswer = 0;
            if (new Position(c.step, c.worry).equals(state.resumeAt())) {
                c.resumeAt = null; // back at where the worker was before "rework 1": the earlier worry is left as it was
            }
        });
        var replies = new ArrayList<CoachReply>(flow.enter(moved));
        earlierAnswer(moved).ifPresent(answer -> replies.add(new CoachReply.Note(CoachWording.earlierAnswer(answer))));
        return CoachTurn.continueWith(moved, replies);
    }

    private Optional<String> earlierAnswer(MappingState state) {
        String answer = state.step().isReworkable() ? state.currentWorry().answerFor(state.step())
                : state.mappingAnswer(state.step());
        return Optional.ofNullable(answer).filter(a -> !a.equals(WorryAnswers.NOT_KNOWN_YET));
    }

    /** "skip" at an optional step leaves it out; at any other, says why the step is needed. */
    CoachTurn skip(MappingState state) {
        if (!state.step().optional()) {
            return flow.stay(state, CoachWording.cannotSkip(templates.purpose(state)));
        }
        return progress.afterMappingText(state.withMappingAnswer(state.step(), null), List.of());
    }
}
