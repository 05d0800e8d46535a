package org.practiceassistant.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.draft.AnswerReview.Nudge;
import org.practiceassistant.draft.MappingState.Pending;

/**
 * The guided mapping as a pure state machine: {@link #handle} takes the current state and one message and
 * returns the next state and the replies. No channel, clock or storage inside, so every step, command and
 * re-prompt can be tested on its own. The order of the steps is {@link StepOrder}'s, the words are
 * {@link CoachWording}'s and {@link StepTemplates}'; this class reads each answer and decides where to go.
 */
final class MappingCoach {

    /**
     * Answers the checker can judge on their own (what happened, the timescale), before they are built into
     * a statement or goal: the criterion is run on the answer (after {@code lead}) and a failure asks again
     * with the criterion's own advice, so the coach and Check never disagree about what is missing.
     */
    private record Probe(DraftKind kind, CriterionId criterion, UnaryOperator<String> asWritten, boolean ownAdvice) {}

    private static final Map<Step, Probe> PROBES = Map.of(
            Step.HARM, new Probe(DraftKind.DANGER_STATEMENT, CriterionId.SPECIFIC_BEHAVIOUR, UnaryOperator.identity(), false),
            Step.TIMESCALE, new Probe(DraftKind.SAFETY_GOAL, CriterionId.TIMESCALE,
                    answer -> "This will " + StatementComposer.timescale(answer) + ".", true));

    private final DraftChecker checker;
    private final AnswerReview review;
    private final Duration idleTimeout;
    private final StatementComposer composer;
    private final SummaryWriter summaries;
    private final CoachIntentParser parser = new CoachIntentParser();
    private final StepTemplates templates;
    private final Transitions flow;
    private final ReviewStep reviewStep;

    MappingCoach(CoachGuidance guidance, JargonSpotter jargon, DraftChecker checker, DraftSettings settings) {
        this.checker = checker;
        this.review = new AnswerReview(jargon, settings.maxAnswerLength());
        this.composer = new StatementComposer(jargon);
        this.summaries = new SummaryWriter(composer);
        this.idleTimeout = settings.idleTimeout();
        this.templates = new StepTemplates(guidance);
        this.flow = new Transitions(templates, checker, composer);
        this.reviewStep = new ReviewStep(flow, templates, parser);
    }

    /** True when a message asks for a new mapping ("draft", "help me write a danger statement"). */
    boolean isStart(String text) {
        return parser.isStart(text);
    }

    /** True when the worker has been away longer than the idle time-out; the caller then forgets the state. */
    boolean isExpired(MappingState state, Instant now) {
        return Duration.between(state.lastActivity(), now).compareTo(idleTimeout) > 0;
    }

    CoachTurn start(Instant now) {
        var state = MappingState.begin(now);
        var replies = new ArrayList<CoachReply>();
        replies.add(new CoachReply.Note(CoachWording.WELCOME));
        replies.addAll(flow.enter(state));
        return CoachTurn.continueWith(state, replies);
    }

    /** One message from the worker at the state's current step. */
    CoachTurn handle(MappingState current, String message, Instant now) {
        var state = current.with(c -> c.lastActivityMillis = now.toEpochMilli());
        String text = message == null ? "" : message.strip();
        var tooLong = review.tooLong(text);
        if (tooLong.isPresent()) {
            return flow.stay(state, tooLong.get().text());
        }
        if (text.isEmpty() && state.pending() == Pending.NONE) {
            // An empty message (or a click on nothing) asks the current question again.
            return CoachTurn.continueWith(state, flow.enter(state));
        }
        var changed = serviceChange(state, text);
        if (changed.isPresent()) {
            return changed.get();
        }
        return switch (parser.parse(text)) {
            case CoachInput.Command(CoachCommand command) -> command(state, command, now);
            case CoachInput.NotKnown notKnown -> state.step() == Step.TIMESCALE && state.pending() == Pending.NONE
                    ? Timescales.hedged(text).map(guess -> freeText(state, guess)).orElseGet(() -> notKnown(state))
                    : notKnown(state);
            case CoachInput.Answer(String answer) -> answer(state, answer);
        };
    }

    /** "Actually it's early help, not CP" in the middle of a mapping: the words change, the answers stay. */
    private Optional<CoachTurn> serviceChange(MappingState state, String text) {
        if (state.serviceArea() == null || state.pending() != Pending.NONE) {
            return Optional.empty();
        }
        return ServiceArea.changeIn(text).filter(area -> area != state.serviceArea()).map(area -> {
            MappingWords v = templates.vocabularyFor(area);
            var changed = state.with(c -> {
                c.serviceArea = area;
                c.vocabulary = v;
            });
            var replies = new ArrayList<CoachReply>();
            replies.add(new CoachReply.Note(CoachWording.serviceChanged(area, v)));
            replies.addAll(flow.enter(changed));
            return CoachTurn.continueWith(changed, replies);
        });
    }

    /**
     * "I don't know": an answer that only gives context (complicating factors, what is working well, bottom
     * lines) is listed as not known yet and the mapping goes on; any other step says how to find out and
     * asks again, since the statement or goal cannot be written without it.
     */
    /* Remembered after "not sure" at the timescale: a second "not sure" leaves it to agree. No text hashes to it in practice. */
    private static final int NOT_KNOWN_TWICE = "\u0000not known\u0000".hashCode();

    private CoachTurn notKnown(MappingState state) {
        if (state.pending() == Pending.OWN_WORDING) {
            return flow.stay(state, CoachWording.OWN_WORDING_EMPTY);
        }
        Step step = state.step();
        return switch (step) {
            case COMPLICATING_FACTORS, WORKING_WELL -> advanceFromWorryStep(
                    state.withCurrentWorry(w -> w.withAnswer(step, WorryAnswers.NOT_KNOWN_YET)),
                    List.of(new CoachReply.Note(CoachWording.keptAsNotKnown(templates.shortTitle(step, state), step,
                            state.childNames()))));
            // Bottom lines are few by design: none known is none set. The child's views, identity and who has
            // the plan are listed as to find out, so the plan shows the gap rather than an answer.
            case BOTTOM_LINES, CONTINGENCY, CHILD_VOICE, IDENTITY, SHARED_WITH -> afterMappingText(state.withMappingAnswer(step,
                    step == Step.BOTTOM_LINES ? null : WorryAnswers.NOT_KNOWN_YET),
                    List.of(new CoachReply.Note(CoachWording.keptAsNotKnown(templates.shortTitle(step, state), step,
                            state.childNames(), StepTemplates.onlyBabies(state)))));
            // A timescale is agreed with the family: said twice, it is left to agree, and the goal says so.
            // Scores are asked for again once; said twice, this worry's scores are left to find out.
            case SCORES -> state.nudgedAnswer() == NOT_KNOWN_TWICE
                    ? afterScores(state.withCurrentWorry(w -> w.withScores(List.of())), List.of(new CoachReply.Note(
                            CoachWording.keptAsNotKnown("everyone's score", step, state.childNames()))))
                    : CoachTurn.continueWith(state.with(c -> c.nudgedAnswer = NOT_KNOWN_TWICE), List.of(new CoachReply.Note(
                            CoachWording.findOut(step, state.childNames(), templates.vocabularyOrDefault(state))
                                    + CoachWording.SCORES_SAY_AGAIN)));
            case TIMESCALE -> state.nudgedAnswer() == NOT_KNOWN_TWICE
                    ? advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(step, WorryAnswers.NOT_KNOWN_YET)),
                            List.of(new CoachReply.Note(CoachWording.TIMESCALE_TO_AGREE)))
                    : CoachTurn.continueWith(state.with(c -> c.nudgedAnswer = NOT_KNOWN_TWICE), List.of(new CoachReply.Note(
                            CoachWording.findOut(step, state.childNames(), templates.vocabularyOrDefault(state))
                                    + CoachWording.TIMESCALE_SAY_AGAIN)));
            default -> {
                var replies = new ArrayList<CoachReply>();
                replies.add(new CoachReply.Note(CoachWording.findOut(step, state.childNames(),
                        templates.vocabularyOrDefault(state))));
                if (!StepTemplates.options(state).isEmpty()) {
                    replies.add(templates.prompt(state)); // the buttons again, with the answers to choose from
                }
                yield CoachTurn.continueWith(state, replies);
            }
        };
    }

    // ---- commands ---------------------------------------------------------------------------------------

    private CoachTurn command(MappingState state, CoachCommand command, Instant now) {
        return switch (command) {
            case HELP -> CoachTurn.continueWith(state, List.of(new CoachReply.Note(CoachWording.help(
                    templates.purpose(state), state.step().optional())), templates.prompt(state)));
            case EXAMPLE -> flow.stay(state, CoachExamples.forStep(state.step(), templates.vocabularyOrDefault(state)));
            case BACK -> back(state);
            case SKIP -> skip(state);
            case CANCEL -> CoachTurn.end(List.of(new CoachReply.Note(CoachWording.CANCELLED)));
            case START_OVER -> {
                var fresh = start(now);
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

    private CoachTurn skip(MappingState state) {
        if (!state.step().optional()) {
            return flow.stay(state, CoachWording.cannotSkip(templates.purpose(state)));
        }
        return afterMappingText(state.withMappingAnswer(state.step(), null), List.of());
    }

    /** After a free-text step asked once per mapping: the next step, or the end when it was the last. */
    private CoachTurn afterMappingText(MappingState state, List<CoachReply> before) {
        return StepOrder.isLast(state.step()) ? finish(state, before) : flow.advance(state, before);
    }

    // ---- answers ----------------------------------------------------------------------------------------

    private CoachTurn answer(MappingState state, String text) {
        return switch (state.step()) {
            case SERVICE_AREA -> serviceArea(state, text);
            case CHILDREN -> children(state, text);
            case WORRY -> worry(state, text);
            // "none", "n/a": nothing makes it harder (or nothing is working well) as far as the worker knows.
            case COMPLICATING_FACTORS, WORKING_WELL -> parser.isNo(text)
                    ? advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(state.step(), NONE_KNOWN)))
                    : freeText(state, text);
            case HARM, NETWORK, DOING, CHILD_EXPERIENCE, TIMESCALE, HOW_KNOWN -> freeText(state, text);
            case REVIEW_STATEMENT, REVIEW_GOAL -> reviewStep.answer(state, text);
            case ANOTHER_WORRY -> anotherWorry(state, text);
            case CHILD_VOICE -> parser.isNo(text) ? skip(state) : StepTemplates.onlyBabies(state)
                    ? BabyViews.said(text, state.children()).map(seen -> afterMappingText(state.withMappingAnswer(Step.CHILD_VOICE,
                            seen), List.of())).orElseGet(() -> mappingText(state, text))
                    : mappingText(state, text);
            case BOTTOM_LINES, CONTINGENCY, IDENTITY, SHARED_WITH -> parser.isNo(text) ? skip(state) : mappingText(state, text);
            case SCALE -> scale(state, text);
            case SCORES -> scores(state, text);
            case NEXT_STEPS -> mappingText(state, text);
        };
    }

    /** Kept for "none" at complicating factors or what is working well: the worker's answer, said plainly. */
    static final String NONE_KNOWN = "None known at the moment.";

    private CoachTurn serviceArea(MappingState state, String text) {
        var parsed = ServiceArea.parse(text);
        if (parsed.isEmpty() && ServiceArea.isDisabilitiesWithoutPlan(text) && !standsBy(state, text)) {
            return nudged(state, text, new Nudge(CoachWording.disabilitiesPlan(), true));
        }
        // Asked twice without a plan: the commonest, said plainly and easy to change, rather than a third ask.
        ServiceArea area = parsed.orElse(ServiceArea.isDisabilitiesWithoutPlan(text)
                ? ServiceArea.DISABILITIES_CHILD_IN_NEED : null);
        if (area == null) {
            return CoachTurn.continueWith(state, List.of(new CoachReply.Note(CoachWording.serviceUnknown()),
                    templates.prompt(state)));
        }
        MappingWords v = templates.vocabularyFor(area);
        var chosen = state.with(c -> {
            c.serviceArea = area;
            c.vocabulary = v;
        });
        return flow.advance(chosen, List.of(new CoachReply.Note(CoachWording.serviceChosen(area, v))));
    }

    private CoachTurn children(MappingState state, String text) {
        List<Child> children;
        try {
            children = AnswerParsers.children(text);
        } catch (IllegalArgumentException e) {
            return flow.stay(state, CoachWording.CHILDREN_AGES);
        }
        if (children.isEmpty()) {
            return flow.stay(state, AnswerParsers.namesNoTwins(text) ? CoachWording.TWINS_NAMES : CoachWording.CHILDREN_NONE);
        }
        var named = state.with(c -> c.children = children);
        return flow.advance(named, List.of(new CoachReply.Note(CoachWording.childrenNamed(children))));
    }

    private CoachTurn worry(MappingState state, String text) {
        var nudge = nudgeFor(state, text);
        if (nudge.isPresent()) {
            return nudged(state, text, nudge.get());
        }
        var worry = AnswerParsers.worry(text);
        if (worry.isEmpty()) {
            return flow.stay(state, CoachWording.worryShape(state.childNames()));
        }
        if (!AnswerParsers.namesAChild(worry.get().fear(), state.children()) && !standsBy(state, text)) {
            return nudged(state, text, new Nudge(CoachWording.worryNamesNoChild(state), true));
        }
        var answered = state.withCurrentWorry(w -> w.withWorry(worry.get().who(), worry.get().verb(), worry.get().fear()));
        return advanceFromWorryStep(answered);
    }

    private CoachTurn freeText(MappingState state, String text) {
        if (state.step() == Step.TIMESCALE && standsBy(state, text) && Timescales.isOpenEnded(text)) {
            // "ongoing" sent again after the coach asked for an end: no timescale yet, so it is left to agree.
            return advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(Step.TIMESCALE, WorryAnswers.NOT_KNOWN_YET)),
                    List.of(new CoachReply.Note(CoachWording.TIMESCALE_TO_AGREE)));
        }
        // Who can act is asked about first: "neglect" there is no person, before it is any jargon.
        var nudge = (state.step() == Step.NETWORK ? NetworkAnswer.problem(text, state.childNames(), standsBy(state, text))
                : Optional.<Nudge>empty()).or(() -> nudgeFor(state, text));
        if (nudge.isPresent()) {
            return nudged(state, text, nudge.get());
        }
        return advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(state.step(), text)));
    }

    private CoachTurn mappingText(MappingState state, String text) {
        var nudge = nudgeFor(state, text);
        if (nudge.isPresent()) {
            return nudged(state, text, nudge.get());
        }
        return afterMappingText(state.withMappingAnswer(state.step(), text), List.of());
    }

    /** The first gentle check an answer fails, unless the worker already sent it once and stands by it. */
    private Optional<Nudge> nudgeFor(MappingState state, String text) {
        return review.problemWith(state.step(), text, state.childNames())
                .or(() -> probe(state.step(), text))
                .filter(n -> !(n.waivable() && standsBy(state, text)));
    }

    private Optional<Nudge> probe(Step step, String text) {
        Probe probe = PROBES.get(step);
        if (probe == null) {
            return Optional.empty();
        }
        return checker.check(probe.kind(), probe.asWritten().apply(text)).checks().stream()
                .filter(c -> c.criterion() == probe.criterion() && c.status() == CheckStatus.FAIL)
                .findFirst()
                .map(c -> new Nudge((probe.ownAdvice() ? CoachWording.goodAnswer(step, "") : c.advice())
                        + (step == Step.TIMESCALE && Timescales.isOpenEnded(text) ? CoachWording.OPEN_ENDED_AGAIN : CoachWording.KEEP_IT),
                        true));
    }

    private static boolean standsBy(MappingState state, String text) {
        return state.nudgedAnswer() != 0 && state.nudgedAnswer() == text.hashCode();
    }

    private CoachTurn nudged(MappingState state, String text, Nudge nudge) {
        var remembered = state.with(c -> c.nudgedAnswer = nudge.waivable() ? text.hashCode() : 0);
        return CoachTurn.continueWith(remembered, List.of(new CoachReply.Note(nudge.text())));
    }

    private CoachTurn advanceFromWorryStep(MappingState state) {
        return advanceFromWorryStep(state, List.of());
    }

    private CoachTurn advanceFromWorryStep(MappingState state, List<CoachReply> before) {
        if (state.returnTo() == null) {
            return flow.advance(state, before);
        }
        Step review = state.currentWorry().statementAccepted() ? Step.REVIEW_GOAL : Step.REVIEW_STATEMENT;
        return flow.moveTo(state, review, state.worry(), before);
    }

    private CoachTurn anotherWorry(MappingState state, String text) {
        Optional<Boolean> another = parser.anotherWorry(text);
        if (another.orElse(false)) {
            var withNext = state.with(c -> {
                if (state.worries().size() == state.worry() + 1) {
                    var more = new ArrayList<>(state.worries());
                    more.add(WorryAnswers.empty());
                    c.worries = more;
                }
            });
            return flow.moveTo(withNext, StepOrder.firstWorryStep(), state.worry() + 1, List.of());
        }
        if (another.isPresent()) {
            var trimmed = state.with(c -> c.worries = state.worries().subList(0, state.worry() + 1));
            return flow.advance(trimmed, List.of());
        }
        return flow.stay(state, CoachWording.ANOTHER_WORRY);
    }

    private CoachTurn scale(MappingState state, String text) {
        if (parser.isYes(text)) {
            return flow.advance(state.withCurrentWorry(w -> w.withScale(templates.proposedScale(state))), List.of());
        }
        var own = AnswerParsers.scale(text);
        if (own.isEmpty()) {
            return flow.stay(state, CoachWording.SCALE);
        }
        return flow.advance(state.withCurrentWorry(w -> w.withScale(own.get())), List.of());
    }

    private CoachTurn scores(MappingState state, String text) {
        List<ScaleScore> scores;
        try {
            scores = AnswerParsers.scores(text);
        } catch (IllegalArgumentException e) {
            return flow.stay(state, CoachWording.SCORES_RANGE);
        }
        if (scores.isEmpty()) {
            return flow.stay(state, CoachWording.SCORES_NONE);
        }
        var scored = state.withCurrentWorry(w -> w.withScores(scores));
        return afterScores(scored, List.of(new CoachReply.Note(CoachWording.scoresRecorded(scores))));
    }

    private CoachTurn afterScores(MappingState scored, List<CoachReply> before) {
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
