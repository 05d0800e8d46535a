package org.practiceassistant.draft;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Never a dead end, by construction rather than by reading each new kind of answer: the coach asks a question again at
 * most twice, and never again about the same answer.
 *
 * <p>Every answer the readers ({@link StepAnswers} and the rest) leave at the same place (the same step, worry, pending
 * choice and, at the worry step, the same half kept) is a re-ask. Then:
 * <ul>
 *   <li>at a free-text step, the same answer, or nearly the same, sent after a re-ask is the worker standing by it: it
 *   is kept as given ({@link KeptAsGiven}), with a word on what could still be better, and the mapping moves on (a
 *   choice has nothing to keep as given, so it is asked again, more plainly);</li>
 *   <li>a third answer after two re-asks moves on too: kept as given when the readers only questioned it (a waivable
 *   nudge: jargon, too short, a service as a goal), else kept as not known yet with a prompt to find out.</li>
 * </ul>
 * A real coach does the same: asks twice at most, then writes down what the worker said and comes back to it later.
 * Requests of the worker's own (help, example, back, which words, an aside, an empty message) are not answers and
 * leave the count as it is.
 */
final class ReAskLimit {

    /** Re-asks at one place before the next answer is kept whatever it is. */
    static final int MAX_RE_ASKS = 2;
    /**
     * Answers in a row at one step, whatever part of it they kept: the worry step's two halves, each asked up to three
     * times. A step whose halves come and go (who kept, then replaced by a fear alone) is left at this count all the same.
     */
    static final int MAX_AT_ONE_STEP = 2 * (MAX_RE_ASKS + 1);
    /** Share of words two answers have in common (of all the words in either) for them to be the same answer. */
    private static final double NEARLY_THE_SAME = 0.8;

    private final KeptAsGiven keep;

    ReAskLimit(KeptAsGiven keep) {
        this.keep = keep;
    }

    /**
     * The turn to give for an answer at {@code before}, given the one the readers made ({@code read}).
     *
     * @param notKnown the answer said the worker does not know ("not sure", "idk")
     */
    CoachTurn limit(MappingState before, String text, CoachTurn read, boolean notKnown) {
        if (read.next().isEmpty()) {
            return read;
        }
        MappingState after = read.next().get();
        int atStep = sameStep(before, after) ? before.answersAtStep() + 1 : 0;
        if (!samePlace(before, after) && atStep < MAX_AT_ONE_STEP) {
            return new CoachTurn(read.next().map(s -> s.with(c -> {
                c.reAsks = 0;
                c.reAsked = null;
                c.answersAtStep = atStep;
            })), read.replies());
        }
        // A choice (a service, yes or no, accept) has nothing to keep as given, nor has "not sure": each is asked again, the
        // second time saying more plainly what to do (why the step is needed, how to pause), then kept as not known yet.
        boolean standsBy = !notKnown && before.step().isFreeText() && before.pending() == MappingState.Pending.NONE
                && before.reAsks() > 0 && nearlyTheSame(before.reAsked(), text) && samePlace(before, after);
        if (standsBy || before.reAsks() >= MAX_RE_ASKS || atStep >= MAX_AT_ONE_STEP) {
            // The readers may have kept part of the answer while asking (what people will be doing, a frequency): kept on.
            boolean questioned = after.nudgedAnswer() != 0 && after.nudgedAnswer() == text.hashCode();
            boolean usable = !notKnown && (standsBy || questioned);
            return keep.keep(after.with(c -> {
                c.reAsks = 0;
                c.reAsked = null;
                c.nudgedAnswer = 0;
                c.answersAtStep = 0;
            }), text, usable);
        }
        return new CoachTurn(read.next().map(s -> s.with(c -> {
            c.reAsks = before.reAsks() + 1;
            c.reAsked = text;
            c.answersAtStep = atStep;
        })), read.replies());
    }

    /**
     * The turn for one of the worker's own requests (help, an example, back, which words): no answer, so no count; a
     * request that moved the mapping ("back") leaves the count behind with the question it was for.
     */
    static CoachTurn request(MappingState before, CoachTurn read) {
        return read.next().filter(after -> !sameStep(before, after))
                .map(after -> new CoachTurn(Optional.of(after.with(c -> {
                    c.reAsks = 0;
                    c.reAsked = null;
                    c.answersAtStep = 0;
                })), read.replies()))
                .orElse(read);
    }

    /** What a refused "skip" leaves as the question's last answer, so "skip" said again there counts. */
    private static final String SKIP = "skip";

    /**
     * Whether "skip" at {@code state} is the worker's own request: at a step that cannot be skipped, the first time at a
     * question not yet asked again. Said again, or after a re-ask, it is an answer, so "skip" every time still moves on.
     */
    static boolean skipIsARequest(MappingState state) {
        return !state.step().optional() && state.reAsks() == 0 && !SKIP.equals(state.reAsked());
    }

    /** The turn for a "skip" that was a request: no count, but remembered at this question ({@link #skipIsARequest}). */
    static CoachTurn skipRefused(MappingState before, CoachTurn read) {
        CoachTurn turn = request(before, read);
        return new CoachTurn(turn.next().filter(after -> samePlace(before, after)).map(after -> after.with(c -> c.reAsked = SKIP))
                .or(turn::next), turn.replies());
    }

    /** Still at the same step of the same worry, whatever halves of it are kept. */
    private static boolean sameStep(MappingState before, MappingState after) {
        return before.step() == after.step() && before.worry() == after.worry() && before.pending() == after.pending()
                && before.returnTo() == after.returnTo() && before.worries().size() == after.worries().size();
    }

    /** The same question still asked: the same step of the same worry, waiting for the same thing. */
    static boolean samePlace(MappingState before, MappingState after) {
        return sameStep(before, after) && halvesKept(before) == halvesKept(after);
    }

    /** At the worry step, which of its two halves (who, the fear) are kept: each kept half is progress. */
    private static int halvesKept(MappingState state) {
        if (state.step() != Step.WORRY) {
            return 0;
        }
        WorryAnswers kept = state.currentWorry();
        return (kept.whoIsWorried() != null ? 1 : 0) + (kept.fear() != null ? 2 : 0);
    }

    /**
     * Two answers are the same when most of their words are ("nan, mum and school" and "nan mum and the school"): a
     * worker standing by an answer retypes it, with a typo or a word more. Linear in the answers' length.
     */
    static boolean nearlyTheSame(String earlier, String now) {
        if (earlier == null || now == null) {
            return false;
        }
        Set<String> a = words(earlier);
        Set<String> b = words(now);
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() && b.isEmpty() && !earlier.isBlank();
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        Set<String> either = new HashSet<>(a);
        either.addAll(b);
        return (double) both.size() / either.size() >= NEARLY_THE_SAME;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
