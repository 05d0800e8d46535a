package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import org.practiceassistant.draft.MappingState.Pending;

/**
 * Where {@link ReAskLimit} moves on: the answer is put in the slot the step asks for, as the worker gave it (tidied), or as
 * not known yet with what to find out, and the mapping goes to the next step. Every step has such a way on, so no
 * question is asked a third time: a choice takes its plainest option (accept, no more worries, the proposed scale).
 */
final class KeptAsGiven {

    /** The commonest service, said plainly and easy to change ("actually it's child protection"). */
    private static final ServiceArea FIRST_GUESS = ServiceArea.CHILD_IN_NEED;

    private final Transitions flow;
    private final StepTemplates templates;
    private final MappingProgress progress;

    KeptAsGiven(Transitions flow, StepTemplates templates, MappingProgress progress) {
        this.flow = flow;
        this.templates = templates;
        this.progress = progress;
    }

    /**
     * @param usable the worker stands by the answer, or the coach only questioned it: kept as given; otherwise the step
     *               is kept as not known yet
     */
    CoachTurn keep(MappingState state, String typed, boolean usable) {
        String text = tidy(typed);
        boolean asGiven = usable && text.chars().anyMatch(Character::isLetter) && !text.isEmpty();
        String value = asGiven ? text : WorryAnswers.NOT_KNOWN_YET;
        String child = state.childNames();
        Step step = state.step();
        if (state.pending() == Pending.OWN_WORDING || state.pending() == Pending.REWORK_CHOICE) {
            // Mid-review: the text as it stands is kept and accepted; the worker can still write their own in the plan.
            return accept(state.with(c -> c.pending = Pending.NONE));
        }
        return switch (step) {
            case SERVICE_AREA -> {
                MappingWords v = templates.vocabularyFor(FIRST_GUESS);
                var chosen = state.with(c -> {
                    c.serviceArea = FIRST_GUESS;
                    c.vocabulary = v;
                });
                yield flow.advance(chosen, List.of(new CoachReply.Note(CoachWording.serviceFirstGuess(FIRST_GUESS, v))));
            }
            case CHILDREN -> flow.advance(state.with(c -> c.children = List.of()),
                    List.of(new CoachReply.Note(CoachWording.CHILDREN_LATER)));
            case WORRY -> worry(state, value, asGiven);
            case HARM, COMPLICATING_FACTORS, WORKING_WELL, NETWORK, DOING, CHILD_EXPERIENCE, TIMESCALE, HOW_KNOWN -> {
                // An answer the readers kept while they asked (what people will do, a frequency) stands over not known;
                // who will act that names nobody ("neglect", "no family") is no one to act: still to be named.
                String kept = state.currentWorry().answerFor(step);
                boolean noOne = step == Step.NETWORK && !FamilyAndSupport.namesAPerson(value);
                String answer = !asGiven && kept != null ? kept : noOne ? WorryAnswers.NOT_KNOWN_YET : value;
                yield progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(step, answer)),
                        List.of(note(step, child, answer.equals(WorryAnswers.NOT_KNOWN_YET), true)));
            }
            case REVIEW_STATEMENT, REVIEW_GOAL -> accept(state);
            case ANOTHER_WORRY -> flow.advance(state.with(c -> c.worries = state.worries().subList(0, state.worry() + 1)),
                    List.of(new CoachReply.Note(CoachWording.NO_MORE_WORRIES_FOR_NOW)));
            case SCALE -> flow.advance(state.withCurrentWorry(w -> w.withScale(templates.proposedScale(state))),
                    List.of(new CoachReply.Note(CoachWording.SCALE_PROPOSED_KEPT)));
            case SCORES -> progress.afterScores(state.withCurrentWorry(w -> w.withScores(List.of())), List.of(
                    new CoachReply.Note(CoachWording.keptAsNotKnown("everyone's score", step, child))));
            case BOTTOM_LINES, CONTINGENCY, CHILD_VOICE, IDENTITY, SHARED_WITH, NEXT_STEPS -> progress.afterMappingText(
                    state.withMappingAnswer(step, !asGiven && step == Step.BOTTOM_LINES ? null : value),
                    List.of(note(step, child, !asGiven, false)));
        };
    }

    /**
     * The worry step's missing half: who (or, when the words say what could happen, the fear) before anything is kept,
     * else the half still missing. Who not known yet is written "we" by the composer, and the fear not known yet as still
     * to find out.
     */
    private CoachTurn worry(MappingState state, String value, boolean asGiven) {
        WorryAnswers kept = state.currentWorry();
        String child = state.childNames();
        if (kept.whoIsWorried() == null && kept.fear() == null) {
            var whole = asGiven ? AnswerParsers.worry(value).filter(w -> !w.who().isEmpty() && !w.fear().isEmpty())
                    : java.util.Optional.<WhoIsWorried.Worry>empty();
            if (whole.isPresent()) {
                // Read as who and a fear, only questioned (a hope, no child named): both kept as the worker gave them.
                return progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withWorry(whole.get().who(),
                        whole.get().verb(), whole.get().fear())), List.of(note(Step.WORRY, child, false, true)));
            }
            if (asGiven && WhoIsWorried.soundsLikeAFear(value)) {
                // Kept as the fear; who is asked next, and that answer is limited in its turn.
                return flow.stay(state.withCurrentWorry(w -> w.withWorry(null, null, WhoIsWorried.fearAlone(value))),
                        CoachWording.worryWhoNext());
            }
            // A list of people with notes about each is kept as the people ("the nurse who referred" the nurse).
            String who = asGiven ? WhoIsWorried.listed(value).orElse(value) : WorryAnswers.NOT_KNOWN_YET;
            return flow.stay(state.withCurrentWorry(w -> w.withWorry(who, WhoIsWorried.verbFor(who), null)),
                    note(Step.WORRY, child, !asGiven, true).text() + " " + CoachWording.worryFearNext(
                            asGiven ? who : "the people worried", child));
        }
        var whole = kept.whoIsWorried() == null
                ? state.withCurrentWorry(w -> w.withWorry(value, WhoIsWorried.verbFor(value), kept.fear()))
                : state.withCurrentWorry(w -> w.withWorry(kept.whoIsWorried(), kept.worriedVerb(), value));
        return progress.advanceFromWorryStep(whole, List.of(note(Step.WORRY, child, !asGiven, true)));
    }

    private CoachTurn accept(MappingState state) {
        boolean statement = state.step() == Step.REVIEW_STATEMENT;
        var accepted = state.withCurrentWorry(statement ? WorryAnswers::acceptStatement : WorryAnswers::acceptGoal);
        var kept = List.<CoachReply>of(new CoachReply.Note(CoachWording.REVIEW_KEPT));
        return statement ? flow.moveTo(accepted, Step.REVIEW_GOAL, state.worry(), kept) : progress.afterGoalAccepted(accepted, kept);
    }

    private static CoachReply.Note note(Step step, String child, boolean notKnown, boolean reworkable) {
        return new CoachReply.Note(notKnown ? CoachWording.keptToFindOut(step, child, reworkable)
                : CoachWording.keptAsGiven(step, child, reworkable));
    }

    /** The answer as typed, on one line with single spaces: nothing else about it changes. */
    static String tidy(String typed) {
        return typed == null ? "" : typed.strip().replaceAll("\\s+", " ");
    }
}
