package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import org.practiceassistant.draft.MappingState.Pending;

/**
 * "I don't know": an answer that only gives context (complicating factors, what is working well, bottom
 * lines) is listed as not known yet and the mapping goes on; any other step says how to find out and
 * asks again, since the statement or goal cannot be written without it.
 */
final class NotKnownAnswers {

    /* Remembered after "not sure" at the timescale: a second "not sure" leaves it to agree. No text hashes to it in practice. */
    private static final int NOT_KNOWN_TWICE = "\u0000not known\u0000".hashCode();

    private final Transitions flow;
    private final StepTemplates templates;
    private final MappingProgress progress;

    NotKnownAnswers(Transitions flow, StepTemplates templates, MappingProgress progress) {
        this.flow = flow;
        this.templates = templates;
        this.progress = progress;
    }

    CoachTurn notKnown(MappingState state) {
        if (state.pending() == Pending.OWN_WORDING) {
            return flow.stay(state, CoachWording.OWN_WORDING_EMPTY);
        }
        Step step = state.step();
        if (AnswerNudges.askedAboutDoing(state)) {
            // "Not sure" after the coach asked what people will be seen doing: their first answer stands.
            return progress.advanceFromWorryStep(state);
        }
        return switch (step) {
            case COMPLICATING_FACTORS, WORKING_WELL -> progress.advanceFromWorryStep(
                    state.withCurrentWorry(w -> w.withAnswer(step, WorryAnswers.NOT_KNOWN_YET)),
                    List.of(new CoachReply.Note(CoachWording.keptAsNotKnown(templates.shortTitle(step, state), step,
                            state.childNames()))));
            // Bottom lines are few by design: none known is none set. The child's views, identity and who has
            // the plan are listed as to find out, so the plan shows the gap rather than an answer.
            case BOTTOM_LINES, CONTINGENCY, CHILD_VOICE, IDENTITY, SHARED_WITH -> progress.afterMappingText(
                    state.withMappingAnswer(step, step == Step.BOTTOM_LINES ? null : WorryAnswers.NOT_KNOWN_YET),
                    List.of(new CoachReply.Note(CoachWording.keptAsNotKnown(templates.shortTitle(step, state), step,
                            state.childNames(), StepTemplates.onlyBabies(state)))));
            // A timescale is agreed with the family: said twice, it is left to agree, and the goal says so.
            // Scores are asked for again once; said twice, this worry's scores are left to find out.
            case SCORES -> state.nudgedAnswer() == NOT_KNOWN_TWICE
                    ? progress.afterScores(state.withCurrentWorry(w -> w.withScores(List.of())), List.of(new CoachReply.Note(
                            CoachWording.keptAsNotKnown("everyone's score", step, state.childNames()))))
                    : CoachTurn.continueWith(state.with(c -> c.nudgedAnswer = NOT_KNOWN_TWICE), List.of(new CoachReply.Note(
                            CoachWording.findOut(step, state.childNames(), templates.vocabularyOrDefault(state))
                                    + CoachWording.SCORES_SAY_AGAIN)));
            case TIMESCALE -> state.nudgedAnswer() == NOT_KNOWN_TWICE
                    ? progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(step, WorryAnswers.NOT_KNOWN_YET)),
                            List.of(new CoachReply.Note(CoachWording.TIMESCALE_TO_AGREE)))
                    : CoachTurn.continueWith(state.with(c -> c.nudgedAnswer = NOT_KNOWN_TWICE), List.of(new CoachReply.Note(
                            CoachWording.findOut(step, state.childNames(), templates.vocabularyOrDefault(state))
                                    + CoachWording.TIMESCALE_SAY_AGAIN)));
            // Who will act and what they will do come from the family: "not sure" twice is kept as to find out, so a
            // worker new to the case finishes the mapping and the goal says what is still to agree.
            case NETWORK, DOING -> state.nudgedAnswer() == NOT_KNOWN_TWICE
                    ? progress.advanceFromWorryStep(state.withCurrentWorry(w -> w.withAnswer(step, WorryAnswers.NOT_KNOWN_YET)),
                            List.of(new CoachReply.Note(CoachWording.keptAsNotKnown(templates.shortTitle(step, state), step,
                                    state.childNames()))))
                    : CoachTurn.continueWith(state.with(c -> c.nudgedAnswer = NOT_KNOWN_TWICE), List.of(new CoachReply.Note(
                            CoachWording.findOut(step, state.childNames(), templates.vocabularyOrDefault(state))
                                    + CoachWording.SAY_AGAIN_TO_FIND_OUT)));
            default -> {
                var replies = new ArrayList<CoachReply>();
                boolean again = state.nudgedAnswer() == NOT_KNOWN_TWICE;
                // Said again, the same advice would be no help: say why the step cannot be left and how to pause.
                replies.add(new CoachReply.Note(again ? CoachWording.notKnownAgain(step, state.childNames())
                        : CoachWording.findOut(step, state.childNames(), templates.vocabularyOrDefault(state))));
                if (!StepTemplates.options(state).isEmpty()) {
                    replies.add(templates.prompt(state)); // the buttons again, with the answers to choose from
                }
                yield CoachTurn.continueWith(state.with(c -> c.nudgedAnswer = NOT_KNOWN_TWICE), replies);
            }
        };
    }
}
