package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.practiceassistant.draft.MappingState.Pending;

/**
 * The two review steps: the worker accepts the composed statement or goal, writes their own wording, or
 * picks one answer to rework and comes back here after changing it.
 */
final class ReviewStep {

    /** An answer this long at a review is the worker's own wording rather than a mistyped command. */
    private static final int OWN_WORDING_MIN_WORDS = 6;

    private final Transitions flow;
    private final StepTemplates templates;
    private final CoachIntentParser parser;
    private final MappingProgress progress;

    ReviewStep(Transitions flow, StepTemplates templates, CoachIntentParser parser, MappingProgress progress) {
        this.progress = progress;
        this.flow = flow;
        this.templates = templates;
        this.parser = parser;
    }

    /**
     * The worker's own wording, each sentence opening with a capital ("... in his cot. we are worried ..." reads "... in
     * his cot. We are worried ..."): typed in lower case, the next sentence is to a reader, and to Check's sentence
     * splitter, the same sentence going on, which Check's readability rule then fails as one of 80 words. Only the case of
     * a sentence's first letter (and "i") changes; the words stay the worker's.
     */
    static String ownWording(String text) {
        return Sentences.capitalisedStarts(text.strip());
    }

    CoachTurn answer(MappingState state, String text) {
        boolean statement = state.step() == Step.REVIEW_STATEMENT;
        switch (state.pending()) {
            case OWN_WORDING -> {
                if (text.isBlank()) {
                    return flow.stay(state, CoachWording.OWN_WORDING_EMPTY);
                }
                var instead = text.split("\\s+").length < OWN_WORDING_MIN_WORDS ? parser.reviewChoice(text) : Optional.<CoachIntentParser.ReviewChoice>empty();
                if (instead.isPresent()) {
                    // "edit" again, or "accept" after all: a choice, never the wording of a statement or goal.
                    return instead.get() == CoachIntentParser.ReviewChoice.EDIT
                            ? flow.stay(state, CoachWording.ownWording(templates.term(state)))
                            : answer(state.with(c -> c.pending = Pending.NONE), text);
                }
                String own = ownWording(text);
                var edited = state.withCurrentWorry(w -> statement ? w.withOwnStatement(own) : w.withOwnGoal(own))
                        .with(c -> c.pending = Pending.NONE);
                return CoachTurn.continueWith(edited, flow.enter(edited));
            }
            case REWORK_CHOICE -> {
                return reworkChoice(state, text);
            }
            case NONE -> { }
        }
        var choice = parser.reviewChoice(text);
        if (choice.isEmpty() && text.split("\\s+").length >= OWN_WORDING_MIN_WORDS && readsAsWording(state, text, statement)) {
            String own = ownWording(text);
            var edited = state.withCurrentWorry(w -> statement ? w.withOwnStatement(own) : w.withOwnGoal(own));
            return CoachTurn.continueWith(edited, flow.enter(edited));
        }
        if (choice.isEmpty()) {
            // Nothing typed here replaces the text unless it reads as one: the choices again, with the buttons.
            return CoachTurn.continueWith(state, List.of(new CoachReply.Note(CoachWording.reviewNotWording(templates.term(state))),
                    templates.prompt(state)));
        }
        return switch (choice.get()) {
            case ACCEPT -> statement
                    ? flow.moveTo(state.withCurrentWorry(WorryAnswers::acceptStatement), Step.REVIEW_GOAL, state.worry(),
                            List.of())
                    : progress.afterGoalAccepted(state.withCurrentWorry(WorryAnswers::acceptGoal), List.of());
            case EDIT -> CoachTurn.continueWith(state.with(c -> c.pending = Pending.OWN_WORDING), List.of(
                    new CoachReply.Note(CoachWording.ownWording(templates.term(state)))));
            case REWORK -> CoachTurn.continueWith(state.with(c -> c.pending = Pending.REWORK_CHOICE), List.of(
                    new CoachReply.Note(CoachWording.whichToRework())));
        };
    }

    /** Words that say a worry or what could happen: a statement has one. */
    private static final List<String> WORRY_WORDS = List.of(" worried", " worry", " worries", " concern", " scared",
            " afraid", " frightened", " could ", " might ", " would ", " will ", " at risk", " if nothing changes");
    /** Words that say what will happen: a goal has one. */
    private static final List<String> GOAL_WORDS = List.of(" will ", " so that ", " safe", " well ", " every ");
    /** Words that stand for the children when the worker's wording does not name them. */
    private static final List<String> CHILD_WORDS = List.of(" he ", " she ", " him ", " her ", " they ", " them ",
            " child ", " children ", " kids ", " baby ", " both ");

    /**
     * The one rule at a review: a reply that is no choice is the worker's own wording only when it reads as the text
     * under review, naming the children (or "he", "the kids") and saying a worry or what could happen (a statement) or
     * what will happen (a goal). "im happy with it thanks a lot", or a late answer to an earlier step ("nan and school
     * will tell us, and ..."), changes nothing: the choices are asked for again.
     */
    private static boolean readsAsWording(MappingState state, String text, boolean statement) {
        String padded = " " + text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\d' ]", " ") + " ";
        boolean children = AnswerParsers.namesAChild(text, state.children()) || CHILD_WORDS.stream().anyMatch(padded::contains);
        return children && (statement ? WORRY_WORDS : GOAL_WORDS).stream().anyMatch(padded::contains);
    }

    private CoachTurn reworkChoice(MappingState state, String text) {
        List<Step> reworkable = StepTemplates.REWORKABLE;
        Optional<Step> chosen;
        String said = CoachIntentParser.normalise(text);
        if (said.matches("\\d{1,2}")) {
            int n = Integer.parseInt(said);
            chosen = n >= 1 && n <= reworkable.size() ? Optional.of(reworkable.get(n - 1)) : Optional.empty();
        } else {
            chosen = reworkable.stream()
                    .filter(s -> CoachIntentParser.normalise(templates.render(s.title(), state)).startsWith(said)
                            && !said.isEmpty())
                    .findFirst();
        }
        if (chosen.isEmpty()) {
            // "accept" or "edit" instead of a number: the worker changed their mind about reworking.
            var instead = parser.reviewChoice(text).filter(c -> c != CoachIntentParser.ReviewChoice.REWORK);
            if (instead.isPresent()) {
                return answer(state.with(c -> c.pending = MappingState.Pending.NONE), text);
            }
            return flow.stay(state, CoachWording.reworkNumber());
        }
        Step review = state.step();
        var reworking = state.with(c -> {
            c.pending = Pending.NONE;
            c.returnTo = review;
        });
        var turn = flow.moveTo(reworking, chosen.get(), state.worry(), List.of());
        var replies = new ArrayList<>(turn.replies());
        Optional.ofNullable(state.currentWorry().answerFor(chosen.get())).ifPresent(a -> replies.add(
                new CoachReply.Note(CoachWording.reworkEarlierAnswer(a))));
        return new CoachTurn(turn.next(), replies);
    }
}
