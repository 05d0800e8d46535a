package org.practiceassistant.draft;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.practiceassistant.check.CheckReport;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.draft.AnswerReview.Nudge;
import org.practiceassistant.draft.CoachIntentParser.ReviewChoice;
import org.practiceassistant.draft.MappingState.Pending;

/**
 * The guided mapping as a pure state machine: {@link #handle} takes the current state and one message and
 * returns the next state and the replies. No channel, clock or storage inside, so every step, command and
 * re-prompt can be tested on its own.
 */
public final class MappingCoach {

    /** Steps before the worries, steps for each worry, and steps after them; for "step n of m". */
    private static final int STEPS_BEFORE = 2;
    private static final int STEPS_PER_WORRY = Step.ANOTHER_WORRY.ordinal() - Step.HARM.ordinal() + 1;
    private static final int STEPS_AFTER = Step.NEXT_STEPS.ordinal() - Step.BOTTOM_LINES.ordinal() + 1;
    private static final List<Step> REWORKABLE = Arrays.stream(Step.values()).filter(Step::isReworkable).toList();
    /**
     * Which answer feeds the part of a statement or goal a check criterion looks at, so a failed check can
     * point the worker at the one answer to rework. Keyed by the checker's criterion ids.
     */
    private static final Map<String, Step> ANSWER_BEHIND = Map.ofEntries(
            Map.entry("who-is-worried", Step.WORRY),
            Map.entry("specific-behaviour", Step.HARM),
            Map.entry("impact-on-child", Step.WORRY),
            Map.entry("future-if-nothing-changes", Step.WORRY),
            Map.entry("one-worry-per-statement", Step.HARM),
            Map.entry("who-will-act", Step.NETWORK),
            Map.entry("observable-behaviour", Step.DOING),
            Map.entry("says-what-will-happen", Step.DOING),
            Map.entry("child-outcome", Step.CHILD_EXPERIENCE),
            Map.entry("timescale", Step.TIMESCALE));

    /**
     * Answers the checker can judge on their own (what happened, the timescale), before they are built into
     * a statement or goal: the criterion is run on the answer (after {@code lead}) and a failure asks again
     * with the criterion's own advice, so the coach and Check never disagree about what is missing.
     */
    private record Probe(DraftKind kind, String criterion, String lead) {}

    private static final Map<Step, Probe> PROBES = Map.of(
            Step.HARM, new Probe(DraftKind.DANGER_STATEMENT, "specific-behaviour", ""),
            Step.TIMESCALE, new Probe(DraftKind.SAFETY_GOAL, "timescale", "This will be in place "));

    /** An answer this long at a review is the worker's own wording rather than a mistyped command. */
    private static final int OWN_WORDING_MIN_WORDS = 6;

    private final CoachGuidance guidance;
    private final DraftChecker checker;
    private final AnswerReview review;
    private final Duration idleTimeout;
    private final StatementComposer composer = new StatementComposer();
    private final SummaryWriter summaries = new SummaryWriter(composer);
    private final CoachIntentParser parser = new CoachIntentParser();

    public MappingCoach(CoachGuidance guidance, JargonSpotter jargon, DraftChecker checker, DraftSettings settings) {
        this.guidance = guidance;
        this.checker = checker;
        this.review = new AnswerReview(jargon, settings.maxAnswerLength());
        this.idleTimeout = settings.idleTimeout();
    }

    /** True when a message asks for a new mapping ("draft", "help me write a danger statement"). */
    public boolean isStart(String text) {
        return parser.isStart(text);
    }

    /** True when the worker has been away longer than the idle time-out; the caller then forgets the state. */
    public boolean isExpired(MappingState state, Instant now) {
        return Duration.between(state.lastActivity(), now).compareTo(idleTimeout) > 0;
    }

    public CoachTurn start(Instant now) {
        var state = MappingState.begin(now);
        var replies = new ArrayList<CoachReply>();
        replies.add(new CoachReply.Note("Let's write your statements and goals together, one question at a time."
                + " At any point you can say help, example, back, skip (optional steps), where am I, start over or"
                + " cancel."));
        replies.addAll(enter(state));
        return CoachTurn.continueWith(state, replies);
    }

    /** One message from the worker at the state's current step. */
    public CoachTurn handle(MappingState current, String message, Instant now) {
        var state = current.with(c -> c.lastActivityMillis = now.toEpochMilli());
        String text = message == null ? "" : message.strip();
        var tooLong = review.tooLong(text);
        if (tooLong.isPresent()) {
            return stay(state, tooLong.get().text());
        }
        return switch (parser.parse(text)) {
            case CoachInput.Command(CoachCommand command) -> command(state, command, now);
            case CoachInput.Answer(String answer) -> answer(state, answer);
        };
    }

    // ---- commands ---------------------------------------------------------------------------------------

    private CoachTurn command(MappingState state, CoachCommand command, Instant now) {
        return switch (command) {
            case HELP -> stay(state, help(state));
            case EXAMPLE -> stay(state, CoachExamples.forStep(state.step(), vocabularyOrDefault(state)));
            case BACK -> back(state);
            case SKIP -> skip(state);
            case CANCEL -> CoachTurn.end(List.of(new CoachReply.Note(
                    "Mapping cancelled. I have not kept any of your answers. Say \"draft\" to start a new one.")));
            case START_OVER -> {
                var fresh = start(now);
                var replies = new ArrayList<CoachReply>();
                replies.add(new CoachReply.Note("Starting again; your previous answers are cleared."));
                replies.addAll(fresh.replies().subList(1, fresh.replies().size()));
                yield new CoachTurn(fresh.next(), replies);
            }
            case WHERE_AM_I -> stay(state, "You are at " + progress(state).toLowerCase(Locale.ROOT) + ": "
                    + title(state) + (state.step().scope() == Step.Scope.WORRY ? " (worry " + (state.worry() + 1) + ")" : "")
                    + ".");
        };
    }

    private String help(MappingState state) {
        var v = vocabularyOrDefault(state);
        var text = new StringBuilder(render(state.step().purpose(), state)).append(' ')
                .append(render(state.step().question(), state));
        for (GuidanceQuote quote : guidance.quotesFor(state.step(), v)) {
            text.append("\n\n> ").append(quote.text()).append("\n(").append(quote.citation()).append(")");
        }
        text.append("\n\nYou can say: example, back").append(state.step().optional() ? ", skip" : "")
                .append(", where am I, start over, cancel.");
        return text.toString();
    }

    private CoachTurn back(MappingState state) {
        if (state.pending() != Pending.NONE) {
            var resumed = state.with(c -> c.pending = Pending.NONE);
            return CoachTurn.continueWith(resumed, enter(resumed));
        }
        if (state.history().isEmpty()) {
            var replies = new ArrayList<CoachReply>();
            replies.add(new CoachReply.Note("This is the first question, so there is nothing to go back to."));
            replies.addAll(enter(state));
            return CoachTurn.continueWith(state, replies);
        }
        Position previous = state.history().getLast();
        var moved = state.with(c -> {
            c.history = state.history().subList(0, state.history().size() - 1);
            c.step = previous.step();
            c.worry = previous.step().scope() == Step.Scope.WORRY ? previous.worry() : state.worry();
            c.returnTo = null;
            c.nudgedAnswer = 0;
        });
        var replies = new ArrayList<CoachReply>();
        replies.addAll(enter(moved));
        earlierAnswer(moved).ifPresent(answer -> replies.add(new CoachReply.Note(
                "Your answer was: \"" + answer + "\". Send a new answer to change it, or the same one to keep it.")));
        return CoachTurn.continueWith(moved, replies);
    }

    private Optional<String> earlierAnswer(MappingState state) {
        return Optional.ofNullable(switch (state.step()) {
            case BOTTOM_LINES -> state.bottomLines();
            case NEXT_STEPS -> state.nextSteps();
            default -> state.step().isReworkable() ? state.currentWorry().answerFor(state.step()) : null;
        });
    }

    private CoachTurn skip(MappingState state) {
        if (!state.step().optional()) {
            return stay(state, "This step cannot be skipped: " + render(state.step().purpose(), state).toLowerCase(
                    Locale.ROOT) + " Say \"example\" to see an answer, or \"help\" for the guidance.");
        }
        return advance(state.with(c -> c.bottomLines = null), List.of());
    }

    // ---- answers ----------------------------------------------------------------------------------------

    private CoachTurn answer(MappingState state, String text) {
        return switch (state.step()) {
            case SERVICE_AREA -> serviceArea(state, text);
            case CHILDREN -> children(state, text);
            case WORRY -> worry(state, text);
            case HARM, COMPLICATING_FACTORS, WORKING_WELL, NETWORK, DOING, CHILD_EXPERIENCE, TIMESCALE, HOW_KNOWN ->
                    freeText(state, text);
            case REVIEW_STATEMENT, REVIEW_GOAL -> reviewAnswer(state, text);
            case ANOTHER_WORRY -> anotherWorry(state, text);
            case BOTTOM_LINES -> parser.isNo(text) ? skip(state) : mappingText(state, text);
            case SCALE -> scale(state, text);
            case SCORES -> scores(state, text);
            case NEXT_STEPS -> mappingText(state, text);
        };
    }

    private CoachTurn serviceArea(MappingState state, String text) {
        var area = ServiceArea.parse(text);
        if (area.isEmpty() && ServiceArea.isDisabilitiesWithoutPlan(text)) {
            return stay(state, "Which plan is the child on? The handbook uses different words for each: "
                    + serviceList(ServiceArea.DISABILITIES_SHORT_BREAKS, ServiceArea.DISABILITIES_LOOKED_AFTER) + ".");
        }
        if (area.isEmpty()) {
            return stay(state, "I did not recognise that service. Please choose one of: " + serviceList() + ".");
        }
        Vocabulary v = guidance.vocabularyFor(area.get());
        var chosen = state.with(c -> {
            c.serviceArea = area.get();
            c.vocabulary = v;
        });
        return advance(chosen, List.of(new CoachReply.Note(area.get().label() + " uses " + v.model() + ": for each"
                + " worry we will write a " + v.statement() + " and a paired " + v.goal() + ".")));
    }

    private CoachTurn children(MappingState state, String text) {
        List<Child> children;
        try {
            children = AnswerParsers.children(text);
        } catch (IllegalArgumentException e) {
            return stay(state, "Please give each child's first name and age (0 to 25), for example \"Ella, 4\".");
        }
        if (children.isEmpty()) {
            return stay(state, "Please give each child's first name and age, for example \"Ella, 4\" or \"Ella 4 and"
                    + " Sam 7\".");
        }
        var named = state.with(c -> c.children = children);
        return advance(named, List.of(new CoachReply.Note("Thank you. This mapping is about "
                + children.stream().map(Child::describe).collect(Collectors.joining(", ")) + ".")));
    }

    private CoachTurn worry(MappingState state, String text) {
        var nudge = nudgeFor(state, text);
        if (nudge.isPresent()) {
            return nudged(state, text, nudge.get());
        }
        var worry = AnswerParsers.worry(text);
        if (worry.isEmpty()) {
            return stay(state, "Please start with who is worried and then what they fear, for example \"The school"
                    + " and I are worried that " + state.childNames() + " will ...\".");
        }
        if (!AnswerParsers.namesAChild(worry.get().fear(), state.children()) && !standsBy(state, text)) {
            return nudged(state, text, new Nudge("Please say what will happen to " + state.childNames() + " by name:"
                    + " the statement is about the impact on the child, for example \"... worried that "
                    + state.children().getFirst().firstName() + " will be hurt\". (Send the same answer again to keep it.)",
                    true));
        }
        var answered = state.withCurrentWorry(w -> w.withWorry(worry.get().who(), worry.get().verb(), worry.get().fear()));
        return advanceFromWorryStep(answered);
    }

    private CoachTurn freeText(MappingState state, String text) {
        var nudge = nudgeFor(state, text);
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
        if (state.step() == Step.BOTTOM_LINES) {
            return advance(state.with(c -> c.bottomLines = text), List.of());
        }
        return finish(state.with(c -> c.nextSteps = text));
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
        return checker.check(probe.kind(), probe.lead() + text).checks().stream()
                .filter(c -> c.id().equals(probe.criterion()) && c.status() == CheckStatus.FAIL)
                .findFirst()
                .map(c -> new Nudge(c.advice() + " (Send the same answer again to keep it.)", true));
    }

    private static boolean standsBy(MappingState state, String text) {
        return state.nudgedAnswer() != 0 && state.nudgedAnswer() == text.hashCode();
    }

    private CoachTurn nudged(MappingState state, String text, Nudge nudge) {
        var remembered = state.with(c -> c.nudgedAnswer = nudge.waivable() ? text.hashCode() : 0);
        return CoachTurn.continueWith(remembered, List.of(new CoachReply.Note(nudge.text())));
    }

    private CoachTurn advanceFromWorryStep(MappingState state) {
        if (state.returnTo() == null) {
            return advance(state, List.of());
        }
        Step review = state.currentWorry().statementAccepted() ? Step.REVIEW_GOAL : Step.REVIEW_STATEMENT;
        return moveTo(state, review, state.worry(), List.of());
    }

    private CoachTurn reviewAnswer(MappingState state, String text) {
        boolean statement = state.step() == Step.REVIEW_STATEMENT;
        switch (state.pending()) {
            case OWN_WORDING -> {
                if (text.isBlank()) {
                    return stay(state, "Please type your wording, or say \"back\" to return to the one I built.");
                }
                var edited = state.withCurrentWorry(w -> statement ? w.withOwnStatement(text) : w.withOwnGoal(text))
                        .with(c -> c.pending = Pending.NONE);
                return CoachTurn.continueWith(edited, enter(edited));
            }
            case REWORK_CHOICE -> {
                return reworkChoice(state, text);
            }
            case NONE -> { }
        }
        var choice = parser.reviewChoice(text);
        if (choice.isEmpty() && text.split("\\s+").length >= OWN_WORDING_MIN_WORDS) {
            var edited = state.withCurrentWorry(w -> statement ? w.withOwnStatement(text) : w.withOwnGoal(text));
            return CoachTurn.continueWith(edited, enter(edited));
        }
        if (choice.isEmpty()) {
            return stay(state, render(state.step().question(), state));
        }
        return switch (choice.get()) {
            case ACCEPT -> statement
                    ? moveTo(state.withCurrentWorry(WorryAnswers::acceptStatement), Step.REVIEW_GOAL, state.worry(), List.of())
                    : moveTo(state.withCurrentWorry(WorryAnswers::acceptGoal), Step.ANOTHER_WORRY, state.worry(), List.of());
            case EDIT -> CoachTurn.continueWith(state.with(c -> c.pending = Pending.OWN_WORDING), List.of(
                    new CoachReply.Note("Type your own wording of the " + term(state) + " and I will check it. Say"
                            + " \"back\" to keep the one above.")));
            case REWORK -> CoachTurn.continueWith(state.with(c -> c.pending = Pending.REWORK_CHOICE), List.of(
                    new CoachReply.Note("Which answer would you like to change? " + reworkList() + ". Send the number"
                            + " or the name.")));
        };
    }

    private CoachTurn reworkChoice(MappingState state, String text) {
        Optional<Step> chosen = Optional.empty();
        String said = CoachIntentParser.normalise(text);
        if (said.matches("\\d{1,2}")) {
            int n = Integer.parseInt(said);
            chosen = n >= 1 && n <= REWORKABLE.size() ? Optional.of(REWORKABLE.get(n - 1)) : Optional.empty();
        } else {
            chosen = REWORKABLE.stream()
                    .filter(s -> CoachIntentParser.normalise(render(s.title(), state)).startsWith(said) && !said.isEmpty())
                    .findFirst();
        }
        if (chosen.isEmpty()) {
            return stay(state, "Please send the number of the answer to change: " + reworkList() + ".");
        }
        Step review = state.step();
        var reworking = state.with(c -> {
            c.pending = Pending.NONE;
            c.returnTo = review;
        });
        var turn = moveTo(reworking, chosen.get(), state.worry(), List.of());
        var replies = new ArrayList<>(turn.replies());
        Optional.ofNullable(state.currentWorry().answerFor(chosen.get())).ifPresent(a -> replies.add(
                new CoachReply.Note("Your answer was: \"" + a + "\". Send the new answer.")));
        return new CoachTurn(turn.next(), replies);
    }

    private CoachTurn anotherWorry(MappingState state, String text) {
        if (parser.isYes(text)) {
            var withNext = state.with(c -> {
                if (state.worries().size() == state.worry() + 1) {
                    var more = new ArrayList<>(state.worries());
                    more.add(WorryAnswers.empty());
                    c.worries = more;
                }
            });
            return moveTo(withNext, Step.HARM, state.worry() + 1, List.of());
        }
        if (parser.isNo(text)) {
            var trimmed = state.with(c -> c.worries = state.worries().subList(0, state.worry() + 1));
            return advance(trimmed, List.of());
        }
        return stay(state, "Please reply \"yes\" to add another worry, or \"no\" to go on to bottom lines and the scale.");
    }

    private CoachTurn scale(MappingState state, String text) {
        if (parser.isYes(text)) {
            return advance(state.with(c -> c.scale = proposedScale(state)), List.of());
        }
        var own = AnswerParsers.scale(text);
        if (own.isEmpty()) {
            return stay(state, "Please reply \"ok\" to use the 0 and 10 I suggested, or write both ends as \"0 means"
                    + " ... 10 means ...\".");
        }
        return advance(state.with(c -> c.scale = own.get()), List.of());
    }

    private CoachTurn scores(MappingState state, String text) {
        List<ScaleScore> scores;
        try {
            scores = AnswerParsers.scores(text);
        } catch (IllegalArgumentException e) {
            return stay(state, "Scores go from 0 to 10. Please send each person with their score, for example \"Mum 6,"
                    + " social worker 3\".");
        }
        if (scores.isEmpty()) {
            return stay(state, "Please send each person with their score from 0 to 10, for example \"Mum 6, Dad 5,"
                    + " school 4, social worker 3\".");
        }
        return advance(state.with(c -> c.scores = scores), List.of(new CoachReply.Note("Recorded: " + scores.stream()
                .map(s -> s.person() + " " + s.score()).collect(Collectors.joining(", ")) + ".")));
    }

    private CoachTurn finish(MappingState state) {
        var summary = summaries.summarise(state);
        return CoachTurn.end(List.of(
                new CoachReply.Note("That is the mapping done. Here is the summary; the plain text below it can be"
                        + " pasted into the case record. I do not keep a copy."),
                new CoachReply.Summary(summary, summaries.plainText(summary))));
    }

    // ---- moving between steps ---------------------------------------------------------------------------

    private CoachTurn advance(MappingState state, List<CoachReply> before) {
        Step next = switch (state.step()) {
            case SERVICE_AREA -> Step.CHILDREN;
            case CHILDREN -> Step.HARM;
            case HARM -> Step.COMPLICATING_FACTORS;
            case COMPLICATING_FACTORS -> Step.WORKING_WELL;
            case WORKING_WELL -> Step.WORRY;
            case WORRY -> Step.NETWORK;
            case NETWORK -> Step.DOING;
            case DOING -> Step.CHILD_EXPERIENCE;
            case CHILD_EXPERIENCE -> Step.TIMESCALE;
            case TIMESCALE -> Step.HOW_KNOWN;
            case HOW_KNOWN -> Step.REVIEW_STATEMENT;
            case REVIEW_STATEMENT -> Step.REVIEW_GOAL;
            case REVIEW_GOAL -> Step.ANOTHER_WORRY;
            case ANOTHER_WORRY -> Step.BOTTOM_LINES;
            case BOTTOM_LINES -> Step.SCALE;
            case SCALE -> Step.SCORES;
            case SCORES -> Step.NEXT_STEPS;
            case NEXT_STEPS -> throw new IllegalStateException("the last step finishes the mapping");
        };
        return moveTo(state, next, state.worry(), before);
    }

    private CoachTurn moveTo(MappingState state, Step next, int worry, List<CoachReply> before) {
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

    private CoachTurn stay(MappingState state, String note) {
        return CoachTurn.continueWith(state, List.of(new CoachReply.Note(note)));
    }

    /** What the worker sees on arriving at a step. */
    private List<CoachReply> enter(MappingState state) {
        var replies = new ArrayList<CoachReply>();
        switch (state.step()) {
            case REVIEW_STATEMENT -> {
                String text = composer.currentStatement(state.currentWorry());
                replies.addAll(composed(state, DraftKind.DANGER_STATEMENT, state.vocabulary().statement(), text));
            }
            case REVIEW_GOAL -> {
                String text = composer.currentGoal(state.currentWorry(), state.vocabulary(), state.childNamesFor(state.currentWorry()));
                replies.addAll(composed(state, DraftKind.SAFETY_GOAL, state.vocabulary().goal(), text));
            }
            case SCALE -> {
                Scale s = state.scale() != null ? state.scale() : proposedScale(state);
                replies.add(new CoachReply.Note("0 means " + s.zeroMeans() + ".\n10 means " + s.tenMeans() + "."));
            }
            default -> { }
        }
        replies.add(prompt(state));
        return replies;
    }

    private List<CoachReply> composed(MappingState state, DraftKind kind, String term, String text) {
        CheckReport report = checker.check(kind, text);
        var replies = new ArrayList<CoachReply>();
        replies.add(new CoachReply.Composed(kind, term, state.worry() + 1, text, report));
        List<CriterionResult> failed = report.checks().stream().filter(c -> c.status() == CheckStatus.FAIL).toList();
        if (!failed.isEmpty()) {
            String answers = failed.stream().map(c -> ANSWER_BEHIND.get(c.id())).filter(Objects::nonNull)
                    .distinct().map(step -> "\"" + render(step.title(), state).replaceAll(" \\(.*\\)", "").toLowerCase(
                            Locale.ROOT) + "\"").collect(Collectors.joining(" or "));
            replies.add(new CoachReply.Note("The check found " + failed.size() + " thing" + (failed.size() == 1 ? "" : "s")
                    + " to improve. Say \"rework\" to add the missing facts to one of your answers"
                    + (answers.isEmpty() ? "" : " (probably " + answers + ")") + ", or \"edit\" to write your own wording."));
        }
        return replies;
    }

    private CoachReply.Prompt prompt(MappingState state) {
        Step step = state.step();
        String question = render(step.question(), state);
        if (step == Step.SERVICE_AREA) {
            question = question + " " + serviceList() + ".";
        }
        List<GuidanceQuote> quotes = step == Step.SERVICE_AREA || state.vocabulary() == null ? List.of()
                : guidance.quotesFor(step, state.vocabulary());
        return new CoachReply.Prompt(title(state), progress(state), render(step.purpose(), state), quotes, question,
                actions(state));
    }

    private List<CoachAction> actions(MappingState state) {
        var actions = new ArrayList<CoachAction>();
        switch (state.step()) {
            case REVIEW_STATEMENT, REVIEW_GOAL -> actions.addAll(List.of(CoachAction.ACCEPT, CoachAction.EDIT,
                    CoachAction.REWORK));
            case ANOTHER_WORRY -> actions.addAll(List.of(CoachAction.YES, CoachAction.NO));
            case SCALE -> actions.add(CoachAction.OK);
            default -> { }
        }
        if (state.step().optional()) {
            actions.add(CoachAction.of(CoachCommand.SKIP));
        }
        actions.add(CoachAction.of(CoachCommand.HELP));
        actions.add(CoachAction.of(CoachCommand.EXAMPLE));
        if (!state.history().isEmpty()) {
            actions.add(CoachAction.of(CoachCommand.BACK));
        }
        actions.add(CoachAction.of(CoachCommand.START_OVER));
        actions.add(CoachAction.of(CoachCommand.CANCEL));
        // Last, so it is the first button a channel with fewer buttons drops; the words always work.
        actions.add(CoachAction.of(CoachCommand.WHERE_AM_I));
        return actions;
    }

    private Scale proposedScale(MappingState state) {
        var v = state.vocabulary();
        boolean several = state.worries().size() > 1;
        String be = state.children().size() > 1 ? "are" : "is";
        return new Scale(
                "the worries in the " + v.statement() + (several ? "s" : "") + " are happening now and nobody is"
                        + " keeping " + state.childNames() + " " + v.goodOutcome(),
                "everyone is confident " + state.childNames() + " " + be + " " + v.goodOutcome() + " because the "
                        + v.goal() + (several ? "s are" : " is") + " being met, so Children's Social Care can step back");
    }

    String progress(MappingState state) {
        int total = STEPS_BEFORE + STEPS_PER_WORRY * state.worries().size() + STEPS_AFTER;
        Step step = state.step();
        int n = switch (step.scope()) {
            case WORRY -> STEPS_BEFORE + STEPS_PER_WORRY * state.worry() + step.ordinal() - Step.HARM.ordinal() + 1;
            case MAPPING -> step.ordinal() < Step.HARM.ordinal() ? step.ordinal() + 1
                    : STEPS_BEFORE + STEPS_PER_WORRY * state.worries().size() + step.ordinal() - Step.BOTTOM_LINES.ordinal() + 1;
        };
        return "Step " + n + " of " + total;
    }

    private String title(MappingState state) {
        return render(state.step().title(), state);
    }

    private String term(MappingState state) {
        return state.step() == Step.REVIEW_STATEMENT ? state.vocabulary().statement() : state.vocabulary().goal();
    }

    private String reworkList() {
        var list = new StringBuilder();
        for (int i = 0; i < REWORKABLE.size(); i++) {
            list.append(i == 0 ? "" : "; ").append(i + 1).append(" ").append(REWORKABLE.get(i).title()
                    .replaceAll(" \\(.*\\)", "").toLowerCase(Locale.ROOT));
        }
        return list.toString();
    }

    private static String serviceList() {
        return serviceList(ServiceArea.values()[0], ServiceArea.values()[ServiceArea.values().length - 1]);
    }

    /** "1 Early Help, 2 Child in Need, ..." for the areas from {@code first} to {@code last}. */
    private static String serviceList(ServiceArea first, ServiceArea last) {
        var list = new StringBuilder();
        for (ServiceArea area : ServiceArea.values()) {
            if (area.ordinal() >= first.ordinal() && area.ordinal() <= last.ordinal()) {
                list.append(list.isEmpty() ? "" : ", ").append(area.ordinal() + 1).append(" ").append(area.label());
            }
        }
        return list.toString();
    }

    private Vocabulary vocabularyOrDefault(MappingState state) {
        return state.vocabulary() != null ? state.vocabulary() : guidance.vocabularyFor(ServiceArea.CHILD_PROTECTION);
    }

    private String render(String template, MappingState state) {
        var v = vocabularyOrDefault(state);
        return template.replace("{child}", state.childNames())
                .replace("{statement}", v.statement())
                .replace("{goal}", v.goal())
                .replace("{good}", v.goodOutcome())
                .replace("{past}", v.past())
                .replace("{existing}", v.existing());
    }
}
