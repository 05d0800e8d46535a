package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practiceassistant.draft.AnswerReview.Nudge;

/** Reads an answer at the step it was given for, keeps it (or asks again about it), and moves the mapping on. */
final class StepAnswers {

    /** Kept for "none" at complicating factors or what is working well: the worker's answer, said plainly. */
    static final String NONE_KNOWN = "None known at the moment.";

    private final Transitions flow;
    private final StepTemplates templates;
    private final CoachIntentParser parser;
    private final ReviewStep reviewStep;
    private final AnswerNudges nudges;
    private final MappingProgress progress;
    private final CoachCommands commands;

    StepAnswers(Transitions flow, StepTemplates templates, CoachIntentParser parser, AnswerNudges nudges,
                MappingProgress progress, CoachCommands commands) {
        this.flow = flow;
        this.templates = templates;
        this.parser = parser;
        this.reviewStep = new ReviewStep(flow, templates, parser, progress);
        this.nudges = nudges;
        this.progress = progress;
        this.commands = commands;
    }

    CoachTurn answer(MappingState state, String text) {
        return switch (state.step()) {
            case SERVICE_AREA -> serviceArea(state, text);
            case CHILDREN -> children(state, text);
            case WORRY -> worry(state, text);
            // "none", "n/a": nothing makes it harder (or nothing is working well) as far as the worker knows.
            case COMPLICATING_FACTORS, WORKING_WELL -> parser.isNone(text)
                    ? progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(state.step(), NONE_KNOWN)))
                    : freeText(state, text);
            case HARM, NETWORK, DOING, CHILD_EXPERIENCE, TIMESCALE, HOW_KNOWN -> freeText(state, text);
            case REVIEW_STATEMENT, REVIEW_GOAL -> reviewStep.answer(state, text);
            case ANOTHER_WORRY -> anotherWorry(state, text);
            case CHILD_VOICE -> parser.isNone(text) ? commands.skip(state) : StepTemplates.onlyBabies(state)
                    ? BabyViews.said(text, state.children()).map(seen -> progress.afterMappingText(
                            state.withMappingAnswer(Step.CHILD_VOICE, seen), List.of())).orElseGet(() -> mappingText(state, text))
                    : mappingText(state, text);
            case BOTTOM_LINES, CONTINGENCY, IDENTITY, SHARED_WITH -> parser.isNone(text) ? commands.skip(state)
                    : mappingText(state, text);
            case SCALE -> scale(state, text);
            case SCORES -> scores(state, text);
            case NEXT_STEPS -> mappingText(state, text);
        };
    }

    private CoachTurn serviceArea(MappingState state, String text) {
        var parsed = ServiceArea.parse(text);
        if (parsed.isEmpty() && ServiceArea.isDisabilitiesWithoutPlan(text) && !AnswerNudges.standsBy(state, text)) {
            return AnswerNudges.nudged(state, text, new Nudge(CoachWording.disabilitiesPlan(), true));
        }
        if (parsed.isEmpty() && ServiceArea.isTeamWithoutPlan(text) && !AnswerNudges.standsBy(state, text)) {
            return AnswerNudges.nudged(state, text, new Nudge(CoachWording.teamPlan(), true));
        }
        // Asked twice without a plan: the commonest, said plainly and easy to change, rather than a third ask.
        ServiceArea area = parsed.orElse(ServiceArea.isDisabilitiesWithoutPlan(text)
                ? ServiceArea.DISABILITIES_CHILD_IN_NEED
                : ServiceArea.isTeamWithoutPlan(text) ? ServiceArea.CHILD_IN_NEED : null);
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

    private CoachTurn worry(MappingState state, String typed) {
        String text = worriedThemselves(typed);
        var nudge = nudges.nudgeFor(state, text);
        if (nudge.isPresent()) {
            return AnswerNudges.nudged(state, text, nudge.get());
        }
        var worry = theChildFirst(state, text)
                .or(() -> AnswerParsers.worry(text).filter(w -> !w.who().isEmpty() && !onlyToo(w.fear())))
                .or(() -> peopleListed(state, text))
                .or(() -> AnswerParsers.worry(text)).or(() -> onePart(state, text));
        if (worry.isEmpty()) {
            return flow.stay(state, stillMissing(state));
        }
        boolean newWho = !worry.get().who().isEmpty() && !worry.get().who().equals(state.currentWorry().whoIsWorried());
        if (newWho && !AnswerNudges.standsBy(state, text)) {
            var unnamed = nudges.whoUnnamed(worry.get().who(), worry.get().verb(), state.childNames());
            if (unnamed.isPresent()) {
                return AnswerNudges.nudged(state, text, unnamed.get());
            }
        }
        if (onlyWhatHappened(state, worry.get())) {
            // Who is kept; the fear is asked for once, and what comes next (the same again, or any fear) is kept.
            var who = worry.get();
            return AnswerNudges.nudged(state.withCurrentWorry(w -> w.withWorry(who.who(), who.verb(), null)), text,
                    new Nudge(CoachWording.fearNotWhatHappened(who.who(), state.childNames()), true));
        }
        if (HopeNotFear.soundsLikeAHope(worry.get().fear()) && !AnswerNudges.standsBy(state, text)) {
            return AnswerNudges.nudged(state, text, new Nudge(CoachWording.fearNotHope(state.childNames()), true));
        }
        if (worry.get().fear().isEmpty()) {
            // Who alone: kept, and what they fear is asked for on its own (the pending part lives in the worry's answers).
            var who = worry.get();
            boolean askedBefore = state.currentWorry().whoIsWorried() != null;
            return flow.stay(state.withCurrentWorry(w -> w.withWorry(who.who(), who.verb(), null)), askedBefore
                    ? CoachWording.worryFearStill(who.who(), state.childNames())
                    : CoachWording.worryFearNext(who.who(), state.childNames()));
        }
        if (worry.get().who().isEmpty()) {
            String fear = worry.get().fear();
            return flow.stay(state.withCurrentWorry(w -> w.withWorry(null, null, fear)), CoachWording.worryWhoNext());
        }
        if (!AnswerParsers.namesAChild(worry.get().fear(), state.children())
                && !AnswerParsers.aboutTheOneChild(worry.get().fear(), state.childrenFor(state.currentWorry()))
                // "if dad keeps drinking the kids will be ...": the statement names the children there, so no need to ask.
                && !ConsequenceForTheChild.namesThem(worry.get().fear(), state.children().stream().map(Child::firstName).toList())
                && !AnswerNudges.standsBy(state, text)) {
            return AnswerNudges.nudged(state, text, new Nudge(CoachWording.worryNamesNoChild(state), true));
        }
        var answered = state.withCurrentWorry(w -> w.withWorry(worry.get().who(), worry.get().verb(), worry.get().fear()));
        return progress.advanceFromWorryStep(answered);
    }

    /**
     * Who is worried and a "fear" that only tells what has happened, not asked about before at this step: what they fear
     * is asked for. A present-tense fear about the child is read as the composer will say it, with "will".
     */
    private static boolean onlyWhatHappened(MappingState state, WhoIsWorried.Worry worry) {
        if (worry.who().isEmpty() || worry.fear().isEmpty() || state.nudgedAnswer() != 0) {
            return false;
        }
        List<String> names = state.children().stream().map(Child::firstName).toList();
        return ToldInThePast.onlyWhatHappened(FearInTheFuture.said(worry.fear(), names));
    }

    /** "worried herself", "worried themselves": said of someone in the list, as "too" is, never a fear. */
    private static final java.util.regex.Pattern WORRIED_THEMSELVES = java.util.regex.Pattern.compile(
            "(?i)\\b(worried|concerned|scared|frightened)\\s+(?:herself|himself|themselves|themself|myself|ourselves)\\b");

    /** "Ayesha is worried herself" as "Ayesha is worried too", so she is one of who is worried and the fear is asked. */
    static String worriedThemselves(String text) {
        return WORRIED_THEMSELVES.matcher(text).replaceAll("$1 too");
    }

    /** "... and Tanya says she is worried too": "too" is how much, not what they fear. */
    private static boolean onlyToo(String fear) {
        String f = WhoIsWorried.trimBreaks(fear.strip()).toLowerCase(java.util.Locale.ROOT);
        return f.isEmpty() || f.equals("too") || f.equals("as well") || f.equals("also");
    }

    /**
     * Who is worried as a long list of people with notes about them, before who is kept: the people are kept and the
     * fear asked for (or completed, when it came first). Never a fear: "... and Sandra is also worried" names Sandra.
     */
    private static Optional<WhoIsWorried.Worry> peopleListed(MappingState state, String text) {
        WorryAnswers kept = state.currentWorry();
        if (kept.whoIsWorried() != null || WhoIsWorried.whoAlone(text).isPresent()) {
            return Optional.empty(); // a short list is read as before, in the worker's words
        }
        return WhoIsWorried.listed(text).map(who -> new WhoIsWorried.Worry(who, WhoIsWorried.verbFor(who),
                kept.fear() != null ? kept.fear() : ""));
    }

    /**
     * The worry step's answer as one of its two parts, with the other from an earlier turn: who alone (then the fear is
     * asked), a fear alone (then who is asked), or the part the coach asked for completing the one it kept. A part
     * still missing comes back empty ("" for the fear, "" for who), so the coach asks for it.
     */
    private static Optional<WhoIsWorried.Worry> onePart(MappingState state, String text) {
        WorryAnswers kept = state.currentWorry();
        var who = WhoIsWorried.whoAlone(text);
        if (who.isPresent()) {
            return Optional.of(kept.fear() != null && kept.whoIsWorried() == null
                    ? new WhoIsWorried.Worry(who.get().who(), who.get().verb(), kept.fear()) : who.get());
        }
        boolean fearAsked = kept.whoIsWorried() != null && kept.fear() == null;
        if (fearAsked && !text.isBlank()) {
            return Optional.of(new WhoIsWorried.Worry(kept.whoIsWorried(), kept.worriedVerb(), WhoIsWorried.fearAlone(text)));
        }
        // "we are worried": who "we" are is still to say; it is no fear to keep.
        if (kept.whoIsWorried() == null && WhoIsWorried.soundsLikeAFear(text) && !WhoIsWorried.onlyWe(text)) {
            return Optional.of(new WhoIsWorried.Worry("", "", WhoIsWorried.fearAlone(text)));
        }
        return Optional.empty();
    }

    /**
     * Asked for the fear after who was kept, an answer opening with the child as its subject ("Ella gets more cut off")
     * is the fear, unless it is a whole worry of its own; before, it was read as who is worried again (a dead end). So is
     * a list of fears whose first item reads as people and the rest as a fear ("- Donna stops letting anyone in; - the
     * kids feel let down"): its "who" is a sentence, and it replaced the people kept.
     */
    private static Optional<WhoIsWorried.Worry> theChildFirst(MappingState state, String text) {
        WorryAnswers kept = state.currentWorry();
        if (kept.whoIsWorried() == null || kept.fear() != null) {
            return Optional.empty();
        }
        var whole = AnswerParsers.worry(text).filter(w -> !w.who().isEmpty() && !w.fear().isEmpty());
        boolean theFear = whole.isPresent() ? Sentences.aClause(whole.get().who())
                : ChildFirst.opensTheAnswer(text, state.children().stream().map(Child::firstName).toList());
        return theFear ? Optional.of(new WhoIsWorried.Worry(kept.whoIsWorried(), kept.worriedVerb(),
                WhoIsWorried.fearAlone(text))) : Optional.empty();
    }

    /** The re-ask at the worry step: what is still missing, given the part kept from an earlier turn. */
    private static String stillMissing(MappingState state) {
        WorryAnswers kept = state.currentWorry();
        if (kept.whoIsWorried() != null && kept.fear() == null) {
            return CoachWording.worryFearStill(kept.whoIsWorried(), state.childNames());
        }
        if (kept.fear() != null && kept.whoIsWorried() == null) {
            return CoachWording.worryWhoStill();
        }
        return CoachWording.worryShape(state.childNames());
    }

    /** A worry's answer in the worker's words: kept, unless it is asked about first ("same" is the worry before's). */
    CoachTurn freeText(MappingState state, String typed) {
        String text = SameAsBefore.answerFor(state, typed).orElse(typed);
        if (state.step() == Step.TIMESCALE && AnswerNudges.standsBy(state, text) && Timescales.isOpenEnded(text)) {
            // "ongoing" sent again after the coach asked for an end: no timescale yet, so it is left to agree.
            return progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(Step.TIMESCALE,
                            WorryAnswers.NOT_KNOWN_YET)), List.of(new CoachReply.Note(CoachWording.TIMESCALE_TO_AGREE)));
        }
        if (state.step() == Step.TIMESCALE) {
            var often = UntilWhen.answer(state, text, progress);
            if (often.isPresent()) {
                return often.get();
            }
        }
        // Who can act is asked about first: "neglect" there is no person, before it is any jargon.
        var nudge = (state.step() == Step.NETWORK
                ? NetworkAnswer.problem(text, state.childNames(), AnswerNudges.standsBy(state, text))
                : Optional.<Nudge>empty()).or(() -> nudges.nudgeFor(state, text));
        if (nudge.isPresent()) {
            // What they will be doing is kept while the coach asks about it, so "not sure" then keeps it: never a dead end.
            var asking = state.step() == Step.DOING && nudge.get().waivable()
                    ? state.withCurrentWorry(w -> w.withAnswer(Step.DOING, text)) : state;
            return AnswerNudges.nudged(asking, text, nudge.get());
        }
        return progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(state.step(), text)));
    }

    private CoachTurn mappingText(MappingState state, String text) {
        var nudge = nudges.nudgeFor(state, text);
        if (nudge.isPresent()) {
            return AnswerNudges.nudged(state, text, nudge.get());
        }
        return progress.afterMappingText(state.withMappingAnswer(state.step(), text), List.of());
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
        if (state.nudgedAnswer() == 0) {
            // Remembered so that a second answer the coach cannot read gets the plainer ask below, not this one again.
            return CoachTurn.continueWith(state.with(c -> c.nudgedAnswer = ASKED_ONCE),
                    List.of(new CoachReply.Note(CoachWording.ANOTHER_WORRY)));
        }
        // Asked twice: what to type, said plainly, and the question again with its yes / no buttons.
        return CoachTurn.continueWith(state, List.of(new CoachReply.Note(CoachWording.anotherWorryPlainly(
                templates.vocabularyOrDefault(state).statement(), state.childNames())), templates.prompt(state)));
    }

    /** Any non-zero mark: the coach asked once at "another worry?" and could not read the answer. */
    private static final int ASKED_ONCE = 1;

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
        return progress.afterScores(scored, List.of(new CoachReply.Note(CoachWording.scoresRecorded(scores))));
    }
}
