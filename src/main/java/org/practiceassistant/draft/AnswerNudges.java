package org.practiceassistant.draft;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.draft.AnswerReview.Nudge;

/**
 * The gentle re-asks about an answer before it is kept: {@link AnswerReview}'s (one word, jargon, a service given as
 * a goal) and the checker's own judgement of the answers it can judge alone. An answer sent again after a waivable
 * nudge is the worker standing by it, and is kept.
 */
final class AnswerNudges {

    /**
     * Answers the checker can judge on their own (what happened, the timescale), before they are built into
     * a statement or goal: the criterion is run on the answer (after {@code lead}) and a failure asks again
     * with the criterion's own advice, so the coach and Check never disagree about what is missing.
     */
    private record Probe(DraftKind kind, CriterionId criterion, UnaryOperator<String> asWritten, boolean ownAdvice) {}

    /*
     * What the people will be doing is judged as Check judges a goal: "doing her course in the day" or "referral done"
     * says nothing others could see, so the coach asks once, plainly, for what they will be seen doing.
     */
    private static final Map<Step, Probe> PROBES = Map.of(
            Step.DOING, new Probe(DraftKind.SAFETY_GOAL, CriterionId.OBSERVABLE_BEHAVIOUR, StatementComposer::sentence, true),
            Step.HARM, new Probe(DraftKind.DANGER_STATEMENT, CriterionId.SPECIFIC_BEHAVIOUR, UnaryOperator.identity(), false),
            Step.TIMESCALE, new Probe(DraftKind.SAFETY_GOAL, CriterionId.TIMESCALE,
                    answer -> "This will " + StatementComposer.timescale(answer) + ".", true));

    private final DraftChecker checker;
    private final AnswerReview review;

    AnswerNudges(DraftChecker checker, AnswerReview review) {
        this.checker = checker;
        this.review = review;
    }

    /** The first gentle check an answer fails, unless the worker already sent it once and stands by it. */
    Optional<Nudge> nudgeFor(MappingState state, String text) {
        return review.problemWith(state.step(), text, state.childNames())
                .or(() -> askedAboutDoing(state) ? Optional.empty() : probe(state.step(), asComposed(state, text), state.childNames()))
                .or(() -> state.step() == Step.NEXT_STEPS ? nextStepMissing(text) : Optional.empty())
                .filter(n -> !(n.waivable() && standsBy(state, text)));
    }

    /*
     * Next steps become the plan's who / what / by when rows (ActionLines): an action nobody is named for, as Check reads
     * a row (PlanActionReading), is asked about once, the first such action quoted, with its when if that is missing too.
     * An action with its person but no date is left: a worker often has none yet, and asking about every one would
     * hold up the end of the mapping.
     */
    private static Optional<Nudge> nextStepMissing(String text) {
        for (ActionLines.Action action : ActionLines.of(text)) {
            String missing = org.practiceassistant.check.rules.PlanActionReading.missing(action.what(), action.who(), action.when());
            if (missing.startsWith("who")) {
                return Optional.of(new Nudge(CoachWording.nextStepMissing(action.what().isBlank() ? action.said() : action.what(),
                        missing), true));
            }
        }
        return Optional.empty();
    }

    /*
     * What people will be doing is judged as the goal will say it: "Grandma Jean picks Ella up" is composed "Grandma Jean
     * will pick Ella up" (DoingInTheFuture), so it is not asked about for the tense the goal does not keep. The names are
     * the children's and the words of this worry's network answer.
     */
    private static String asComposed(MappingState state, String text) {
        if (state.step() != Step.DOING) {
            return text;
        }
        var names = new java.util.ArrayList<String>();
        state.children().forEach(c -> names.add(c.firstName()));
        String network = state.currentWorry().network();
        if (network != null) {
            names.addAll(List.of(network.split("[^\\p{L}']+")));
        }
        return DoingInTheFuture.said(text, names);
    }

    private static String ownAdvice(Step step, String childNames) {
        return step == Step.DOING ? CoachWording.seenDoing(childNames) : CoachWording.goodAnswer(step, "");
    }

    /** True when the coach has asked once about this worry's "doing" answer, kept while it waits for a better one. */
    static boolean askedAboutDoing(MappingState state) {
        String kept = state.currentWorry().doing();
        return state.step() == Step.DOING && kept != null && !WorryAnswers.NOT_KNOWN_YET.equals(kept)
                && state.nudgedAnswer() == kept.hashCode();
    }

    private Optional<Nudge> probe(Step step, String text, String childNames) {
        Probe probe = PROBES.get(step);
        if (probe == null || step == Step.TIMESCALE && Timescales.namesATime(text)) {
            return Optional.empty();
        }
        return checker.check(probe.kind(), probe.asWritten().apply(text)).checks().stream()
                .filter(c -> c.criterion() == probe.criterion() && c.status() == CheckStatus.FAIL)
                .findFirst()
                .map(c -> new Nudge((probe.ownAdvice() ? ownAdvice(step, childNames) : c.advice())
                        + (step == Step.TIMESCALE && Timescales.isOpenEnded(text) ? CoachWording.OPEN_ENDED_AGAIN : CoachWording.KEEP_IT),
                        true));
    }

    /**
     * Who is worried as Check reads it in a statement ("the professionals are worried that ..." names nobody): asked once
     * who they are, by role or name, so the coach and Check agree. Sent again, it is kept.
     */
    Optional<Nudge> whoUnnamed(String who, String verb, String childNames) {
        String probe = StatementComposer.sentence(who) + " " + (verb == null || verb.isBlank() ? "are" : verb)
                + " worried that " + childNames + " will be hurt.";
        return checker.check(DraftKind.DANGER_STATEMENT, probe).checks().stream()
                .filter(c -> c.criterion() == CriterionId.WHO_IS_WORRIED && c.status() == CheckStatus.FAIL)
                .findFirst().map(c -> new Nudge(CoachWording.whoUnnamed(childNames), true));
    }

    /** True when the worker sends again the answer the coach last asked them about. */
    static boolean standsBy(MappingState state, String text) {
        return state.nudgedAnswer() != 0 && state.nudgedAnswer() == text.hashCode();
    }

    /** Stays at the step with the nudge, remembering the answer so that sending it again keeps it. */
    static CoachTurn nudged(MappingState state, String text, Nudge nudge) {
        var remembered = state.with(c -> c.nudgedAnswer = nudge.waivable() ? text.hashCode() : 0);
        return CoachTurn.continueWith(remembered, List.of(new CoachReply.Note(nudge.text())));
    }
}
