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

    ReviewStep(Transitions flow, StepTemplates templates, CoachIntentParser parser) {
        this.flow = flow;
        this.templates = templates;
        this.parser = parser;
    }

    CoachTurn answer(MappingState state, String text) {
        boolean statement = state.step() == Step.REVIEW_STATEMENT;
        switch (state.pending()) {
            case OWN_WORDING -> {
                if (text.isBlank()) {
                    return flow.stay(state, CoachWording.OWN_WORDING_EMPTY);
                }
                var edited = state.withCurrentWorry(w -> statement ? w.withOwnStatement(text) : w.withOwnGoal(text))
                        .with(c -> c.pending = Pending.NONE);
                return CoachTurn.continueWith(edited, flow.enter(edited));
            }
            case REWORK_CHOICE -> {
                return reworkChoice(state, text);
            }
            case NONE -> { }
        }
        var choice = parser.reviewChoice(text);
        if (choice.isEmpty() && text.split("\\s+").length >= OWN_WORDING_MIN_WORDS && readsAsWording(state, text)) {
            var edited = state.withCurrentWorry(w -> statement ? w.withOwnStatement(text) : w.withOwnGoal(text));
            return CoachTurn.continueWith(edited, flow.enter(edited));
        }
        if (choice.isEmpty()) {
            return flow.stay(state, templates.question(state));
        }
        return switch (choice.get()) {
            case ACCEPT -> statement
                    ? flow.moveTo(state.withCurrentWorry(WorryAnswers::acceptStatement), Step.REVIEW_GOAL, state.worry(),
                            List.of())
                    : flow.moveTo(state.withCurrentWorry(WorryAnswers::acceptGoal), Step.ANOTHER_WORRY, state.worry(),
                            List.of());
            case EDIT -> CoachTurn.continueWith(state.with(c -> c.pending = Pending.OWN_WORDING), List.of(
                    new CoachReply.Note(CoachWording.ownWording(templates.term(state)))));
            case REWORK -> CoachTurn.continueWith(state.with(c -> c.pending = Pending.REWORK_CHOICE), List.of(
                    new CoachReply.Note(CoachWording.whichToRework())));
        };
    }

    /** Words a statement or goal of the worker's own has: a fear, a future, or what someone will do. */
    private static final List<String> WORDING_WORDS = List.of(" worried", " worry", " will ", " could ", " might ",
            " would ", " if ", " so that ", " safe", " hurt", " by ", " every ");

    /**
     * "im happy with it thanks a lot" is a reply, not a statement: wording of the worker's own names a child or says
     * what could happen or will be done; anything else at a review is asked about again.
     */
    private static boolean readsAsWording(MappingState state, String text) {
        String padded = " " + text.toLowerCase(java.util.Locale.ROOT) + " ";
        return AnswerParsers.namesAChild(text, state.children()) || WORDING_WORDS.stream().anyMatch(padded::contains);
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
