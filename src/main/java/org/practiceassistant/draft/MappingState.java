package org.practiceassistant.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Where one worker is in one mapping. Immutable; the coach returns a new state for every turn. Plain
 * records, lists and enums only, so the bot's state store can serialise it with its own JSON mapper.
 *
 * @param lastActivityMillis when the worker last answered (epoch milliseconds), for the idle time-out; a
 *                           number rather than an {@code Instant} so no date module is needed to store it
 * @param serviceArea        chosen service, or null before the first answer
 * @param vocabulary         the words for that service, or null before the first answer
 * @param children           the children the mapping is about
 * @param worries            one entry per worry so far; the current worry is {@code worries.get(worry)}
 * @param worry              index of the current worry
 * @param step               the question being asked
 * @param history            the positions answered so far, latest last, for {@code back}
 * @param bottomLines        the bottom lines, or null when skipped or not yet asked
 * @param nextSteps          next steps, or null before that step
 * @param contingency        what happens, and who steps in, if the plan is not kept; null when skipped
 * @param childVoice         what the children have said, or null when skipped or not yet asked
 * @param identity           identity and culture the plan must take into account, or null when skipped
 * @param sharedWith         who the plan is gone through with and who has a copy, or null when skipped
 * @param returnTo           after reworking one answer, the review to go back to; null otherwise
 * @param pending            whether the next message is the worker's own wording or a rework choice
 * @param nudgedAnswer       hash of the last answer the coach questioned (0 for none): sending the same
 *                           answer again means the worker stands by it, so it is kept
 * @param reAsks             how many times in a row the coach has asked the current question again after an answer
 *                           ({@link ReAskLimit}: never a third time)
 * @param reAsked            the last answer the coach asked again about at this question, or null: the same (or nearly
 *                           the same) sent again is the worker standing by it
 * @param answersAtStep      answers in a row at the current step, whatever part of it they kept: a step of two halves
 *                           (the worry step's who and fear) is left after {@link ReAskLimit#MAX_AT_ONE_STEP} even if its
 *                           halves come and go
 * @param resumeAt           while an earlier worry is worded again after a change of service ("rework 1"), where the
 *                           worker was, to go back to once its goal is accepted; null otherwise
 */
public record MappingState(
        long lastActivityMillis,
        ServiceArea serviceArea,
        MappingWords vocabulary,
        List<Child> children,
        List<WorryAnswers> worries,
        int worry,
        Step step,
        List<Position> history,
        String bottomLines,
        String nextSteps,
        String contingency,
        String childVoice,
        String identity,
        String sharedWith,
        Step returnTo,
        Pending pending,
        int nudgedAnswer,
        int reAsks,
        String reAsked,
        int answersAtStep,
        Position resumeAt) {

    /** What the coach waits for besides an answer to the step's question. */
    public enum Pending { NONE, OWN_WORDING, REWORK_CHOICE }

    public MappingState {
        Objects.requireNonNull(step, "step");
        children = children == null ? List.of() : List.copyOf(children);
        worries = worries == null || worries.isEmpty() ? List.of(WorryAnswers.empty()) : List.copyOf(worries);
        history = history == null ? List.of() : List.copyOf(history);
        pending = pending == null ? Pending.NONE : pending;
        if (worry < 0 || worry >= worries.size()) {
            throw new IllegalArgumentException("worry index " + worry + " outside 0.." + (worries.size() - 1));
        }
        if (step != Step.SERVICE_AREA && vocabulary == null) {
            throw new IllegalArgumentException("the vocabulary is set before step " + step);
        }
    }

    /** A new mapping at its first question. */
    public static MappingState begin(Instant now) {
        return new MappingState(now.toEpochMilli(), null, null, List.of(), List.of(), 0, Step.SERVICE_AREA, List.of(),
                null, null, null, null, null, null, null, Pending.NONE, 0, 0, null, 0, null);
    }

    public Instant lastActivity() {
        return Instant.ofEpochMilli(lastActivityMillis);
    }

    public WorryAnswers currentWorry() {
        return worries.get(worry);
    }

    public Position position() {
        return new Position(step, step.perWorry() ? worry : 0);
    }

    /** The children's first names as a statement would say them: "Ella", "Ella and Sam", "Ella, Sam and Kai". */
    public String childNames() {
        return names(children);
    }

    /**
     * The children one worry is about: those its answers name, or all of them when it names none (a goal
     * for Sam's school attendance should not promise that Ella is safe too) or speaks of them all ("all 3 kids
     * will be living in a house that makes them poorly").
     */
    public String childNamesFor(WorryAnswers answers) {
        return names(childrenFor(answers));
    }

    /** The children one worry is about, as {@link #childNamesFor} names them. */
    public List<Child> childrenFor(WorryAnswers answers) {
        String said = ((answers.fear() == null ? "" : answers.fear()) + " " + (answers.harm() == null ? "" : answers.harm()))
                .toLowerCase(Locale.ROOT);
        String padded = " " + said.replaceAll("[^\\p{L}\\d]+", " ") + " ";
        if (ALL_THE_CHILDREN.stream().anyMatch(padded::contains)) {
            return children;
        }
        List<Child> named = children.stream()
                .filter(c -> said.matches("(?s).*\\b" + Pattern.quote(
                        c.firstName().toLowerCase(Locale.ROOT)) + "\\b.*"))
                .toList();
        return named.isEmpty() ? children : named;
    }

    /** Words for every child of the mapping at once. */
    private static final List<String> ALL_THE_CHILDREN = List.of(" kids ", " children ", " all 3 ", " all three ",
            " all of them ", " siblings ", " both of them ");

    private static String names(List<Child> children) {
        List<String> names = children.stream().map(Child::firstName).toList();
        if (names.isEmpty()) {
            return "the child";
        }
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /** A copy with some fields changed; keeps the many small transitions in the coach readable. */
    public MappingState with(Consumer<Changes> change) {
        var c = new Changes(this);
        change.accept(c);
        return new MappingState(c.lastActivityMillis, c.serviceArea, c.vocabulary, c.children, c.worries, c.worry, c.step,
                c.history, c.bottomLines, c.nextSteps, c.contingency, c.childVoice, c.identity, c.sharedWith, c.returnTo, c.pending,
                c.nudgedAnswer, c.reAsks, c.reAsked, c.answersAtStep, c.resumeAt);
    }

    /** The answer to a step asked once per mapping with free text (bottom lines, next steps, ...), or null. */
    public String mappingAnswer(Step step) {
        return switch (step) {
            case BOTTOM_LINES -> bottomLines;
            case NEXT_STEPS -> nextSteps;
            case CONTINGENCY -> contingency;
            case CHILD_VOICE -> childVoice;
            case IDENTITY -> identity;
            case SHARED_WITH -> sharedWith;
            default -> null;
        };
    }

    /** A copy with the answer to a free-text step asked once per mapping; null clears it (skipped). */
    public MappingState withMappingAnswer(Step step, String value) {
        return with(c -> {
            switch (step) {
                case BOTTOM_LINES -> c.bottomLines = value;
                case NEXT_STEPS -> c.nextSteps = value;
                case CONTINGENCY -> c.contingency = value;
                case CHILD_VOICE -> c.childVoice = value;
                case IDENTITY -> c.identity = value;
                case SHARED_WITH -> c.sharedWith = value;
                default -> throw new IllegalArgumentException("step " + step + " is not a free-text mapping step");
            }
        });
    }

    /** The current worry with one change applied. */
    public MappingState withCurrentWorry(UnaryOperator<WorryAnswers> change) {
        var updated = new ArrayList<>(worries);
        updated.set(worry, change.apply(currentWorry()));
        return with(c -> c.worries = updated);
    }

    /** Mutable mirror of the fields, used only inside {@link #with}. */
    public static final class Changes {
        public long lastActivityMillis;
        public ServiceArea serviceArea;
        public MappingWords vocabulary;
        public List<Child> children;
        public List<WorryAnswers> worries;
        public int worry;
        public Step step;
        public List<Position> history;
        public String bottomLines;
        public String nextSteps;
        public String contingency;
        public String childVoice;
        public String identity;
        public String sharedWith;
        public Step returnTo;
        public Pending pending;
        public int nudgedAnswer;
        public int reAsks;
        public String reAsked;
        public int answersAtStep;
        public Position resumeAt;

        private Changes(MappingState s) {
            lastActivityMillis = s.lastActivityMillis;
            serviceArea = s.serviceArea;
            vocabulary = s.vocabulary;
            children = s.children;
            worries = s.worries;
            worry = s.worry;
            step = s.step;
            history = s.history;
            bottomLines = s.bottomLines;
            nextSteps = s.nextSteps;
            contingency = s.contingency;
            childVoice = s.childVoice;
            identity = s.identity;
            sharedWith = s.sharedWith;
            returnTo = s.returnTo;
            pending = s.pending;
            nudgedAnswer = s.nudgedAnswer;
            reAsks = s.reAsks;
            reAsked = s.reAsked;
            answersAtStep = s.answersAtStep;
            resumeAt = s.resumeAt;
        }
    }
}
