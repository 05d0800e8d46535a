package org.practiceassistant.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.draft.MappingState.Pending;

/**
 * The guided mapping as a pure state machine: {@link #handle} takes the current state and one message and
 * returns the next state and the replies. No channel, clock or storage inside, so every step, command and
 * re-prompt can be tested on its own. The order of the steps is {@link StepOrder}'s, the words are
 * {@link CoachWording}'s and {@link StepTemplates}'; this class tells a command, a not-known and an answer apart and
 * hands each to its reader: {@link CoachCommands}, {@link NotKnownAnswers}, {@link StepAnswers}.
 */
final class MappingCoach {

    private final AnswerReview review;
    private final Duration idleTimeout;
    private final CoachIntentParser parser = new CoachIntentParser();
    private final StepTemplates templates;
    private final Transitions flow;
    private final CoachCommands commands;
    private final NotKnownAnswers notKnown;
    private final StepAnswers answers;
    private final ReAskLimit reAsks;

    MappingCoach(CoachGuidance guidance, JargonSpotter jargon, DraftChecker checker, DraftSettings settings) {
        this.review = new AnswerReview(jargon, settings.maxAnswerLength());
        var composer = new StatementComposer(jargon);
        var summaries = new SummaryWriter(composer);
        this.idleTimeout = settings.idleTimeout();
        this.templates = new StepTemplates(guidance);
        this.flow = new Transitions(templates, checker, composer);
        var progress = new MappingProgress(flow, summaries);
        this.commands = new CoachCommands(flow, templates, summaries, progress, idleTimeout, this::start);
        this.notKnown = new NotKnownAnswers(flow, templates, progress);
        this.answers = new StepAnswers(flow, templates, parser, new AnswerNudges(checker, review), progress, commands);
        this.reAsks = new ReAskLimit(new KeptAsGiven(flow, templates, progress));
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

    /**
     * One message from the worker at the state's current step. What the readers make of an answer goes through
     * {@link ReAskLimit}, so no question is asked a third time: never a dead end, whatever the answer.
     */
    CoachTurn handle(MappingState current, String message, Instant now) {
        var state = current.with(c -> c.lastActivityMillis = now.toEpochMilli());
        String text = message == null ? "" : message.strip();
        if (text.isEmpty() && state.pending() == Pending.NONE) {
            // An empty message (or a click on nothing) asks the current question again.
            return CoachTurn.continueWith(state, flow.enter(state));
        }
        boolean tooLong = review.tooLong(text).isPresent();
        // A change of service, or the service it is already, said at any step: the worker's own request, no answer.
        var service = tooLong ? Optional.<CoachTurn>empty() : serviceNamed(state, text);
        if (service.isPresent()) {
            return ReAskLimit.request(state, service.get());
        }
        var input = tooLong ? new CoachInput.Answer(text) : parser.parse(text);
        // "skip" at a step that cannot be skipped is an answer too (nothing to give yet, so in the end not known yet),
        // except the first time at a question not yet asked again: then it is the worker asking, told why the step is
        // needed, so the answers they had ready still get their re-asks.
        boolean skipped = input instanceof CoachInput.Command(CoachCommand command) && command == CoachCommand.SKIP;
        boolean firstSkip = skipped && ReAskLimit.skipIsARequest(state);
        boolean request = input instanceof CoachInput.Command && !skipped || input instanceof CoachInput.MeaningOf
                || (input instanceof CoachInput.WhichWords || input instanceof CoachInput.Aside) && state.pending() == Pending.NONE;
        CoachTurn read = read(state, text, input, now);
        if (firstSkip) {
            return ReAskLimit.skipRefused(state, read);
        }
        // The worker's own requests (help, back, which words, an aside) are no answers: they leave the count as it is.
        return request ? ReAskLimit.request(state, read) : reAsks.limit(state, text, read,
                skipped || input instanceof CoachInput.NotKnown || tooLong);
    }

    private CoachTurn read(MappingState state, String text, CoachInput input, Instant now) {
        var tooLong = review.tooLong(text);
        if (tooLong.isPresent()) {
            return flow.stay(state, tooLong.get().text());
        }
        if (state.pending() == Pending.NONE) {
            var again = EarlierWorryAgain.asked(state, text, writtenBefore(state));
            if (again.isPresent()) {
                return EarlierWorryAgain.wordAgain(flow, state, again.get());
            }
        }
        return switch (input) {
            case CoachInput.Command(CoachCommand command) -> commands.command(state, command, now);
            case CoachInput.NotKnown unknown -> state.step() == Step.TIMESCALE && state.pending() == Pending.NONE
                    ? Timescales.hedged(text).map(guess -> answers.freeText(state, guess)).orElseGet(() -> notKnown.notKnown(state))
                    // "me 3 mum 7 nan not sure": the scores given are kept, the rest recorded as not known yet.
                    : state.step() == Step.SCORES && state.pending() == Pending.NONE && scoresGiven(text)
                    ? answers.answer(state, text)
                    : notKnown.notKnown(state);
            case CoachInput.WhichWords which -> state.pending() == Pending.NONE
                    ? whichWords(state)
                    : answers.answer(state, text);
            case CoachInput.MeaningOf meaning -> noteThenAgain(state, meaning.steps().stream()
                    .map(step -> templates.meaningOf(step, state)).collect(java.util.stream.Collectors.joining("\n\n")));
            case CoachInput.Aside aside -> state.pending() == Pending.NONE
                    ? aside(state)
                    : answers.answer(state, text);
            case CoachInput.Answer(String answer) -> QuestionAfterTheAnswer.of(answer)
                    .filter(asked -> state.step().isFreeText() && state.pending() == Pending.NONE)
                    .map(asked -> QuestionAfterTheAnswer.answered(state, answers.answer(state, asked.answer())))
                    .orElseGet(() -> answers.answer(state, answer));
        };
    }

    private CoachTurn aside(MappingState state) {
        return noteThenAgain(state, CoachWording.ASIDE);
    }

    /** Which statement and goal this mapping writes, from the service's row of the handbook's table; then the question again. */
    private CoachTurn whichWords(MappingState state) {
        return noteThenAgain(state, state.serviceArea() == null ? CoachWording.WHICH_WORDS_NO_SERVICE
                : CoachWording.whichWords(state.serviceArea(), templates.vocabularyFor(state.serviceArea())));
    }

    /** A note, then the question the worker is at, asked again: nothing kept, nothing moved. */
    private CoachTurn noteThenAgain(MappingState state, String note) {
        var replies = new ArrayList<CoachReply>();
        replies.add(new CoachReply.Note(note));
        replies.addAll(flow.enter(state));
        return CoachTurn.continueWith(state, replies);
    }

    private static boolean scoresGiven(String text) {
        try {
            return AnswerParsers.scores(text).stream().anyMatch(ScaleScore::known);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Worries whose statement and goal were written before the current one (0 before the first review). */
    private static int writtenBefore(MappingState state) {
        if (state.step() == Step.SERVICE_AREA || state.step() == Step.CHILDREN) {
            return 0;
        }
        return state.step().scope() == Step.Scope.WORRY ? state.worry() : state.worries().size();
    }

    /**
     * "Actually it's early help, not CP" in the middle of a mapping: the words change, the answers stay. "can i change the
     * service to cp" in a Child Protection mapping: said that it is already, and the question again (never read as a
     * rework at a review, nor kept as an answer).
     */
    private Optional<CoachTurn> serviceNamed(MappingState state, String text) {
        if (state.serviceArea() == null || state.pending() != Pending.NONE) {
            return Optional.empty();
        }
        if (ServiceArea.askedForTheOneItIs(state.serviceArea(), text)) {
            return Optional.of(noteThenAgain(state, CoachWording.serviceAlready(state.serviceArea(), state.vocabulary())));
        }
        return ServiceArea.changeFrom(state.serviceArea(), text).map(area -> {
            MappingWords v = templates.vocabularyFor(area);
            var changed = state.with(c -> {
                c.serviceArea = area;
                c.vocabulary = v;
            });
            var replies = new ArrayList<CoachReply>();
            replies.add(new CoachReply.Note(CoachWording.serviceChanged(area, state.vocabulary(), v, writtenBefore(state),
                    state.step())));
            replies.addAll(flow.enter(changed));
            return CoachTurn.continueWith(changed, replies);
        });
    }
}
