package org.practiceassistant.ask;

import java.util.List;

/**
 * The answer to one question.
 *
 * @param found      whether the pack covers the question
 * @param answers    the passages that answer it, best first (empty when not found)
 * @param didYouMean close topics to offer when the question is not covered or is a close call
 * @param conflicts  points on which the answering sources disagree, each source named (usually empty)
 * @param searchedFor the question as searched when misspelt words were corrected first; empty when none were
 * @param corrections the words corrected before searching, each as typed and as searched (usually empty)
 * @param notes      what the answer must say before the passages, for example that the documents set no
 *                   timescale for what was asked (usually empty)
 */
public record AskResult(boolean found, List<Answer> answers, List<String> didYouMean, List<Conflict> conflicts,
                        String searchedFor, List<Spelled.Correction> corrections, List<String> notes) {

    public AskResult {
        answers = List.copyOf(answers);
        didYouMean = List.copyOf(didYouMean);
        conflicts = List.copyOf(conflicts);
        corrections = List.copyOf(corrections);
        searchedFor = corrections.isEmpty() ? "" : searchedFor;
        notes = List.copyOf(notes);
    }

    public AskResult(boolean found, List<Answer> answers, List<String> didYouMean, List<Conflict> conflicts,
                     String searchedFor, List<Spelled.Correction> corrections) {
        this(found, answers, didYouMean, conflicts, searchedFor, corrections, List.of());
    }

    public AskResult(boolean found, List<Answer> answers, List<String> didYouMean, List<Conflict> conflicts) {
        this(found, answers, didYouMean, conflicts, "", List.of());
    }

    public AskResult(boolean found, List<Answer> answers, List<String> didYouMean) {
        this(found, answers, didYouMean, List.of());
    }

    /** The same answer, saying which words were corrected before it was searched for. */
    AskResult correcting(Spelled spelled) {
        return spelled.changed()
                ? new AskResult(found, answers, didYouMean, conflicts, spelled.searched(), spelled.corrections(), notes) : this;
    }

    /** The same answer with these notes. */
    AskResult noting(List<String> added) {
        return added.isEmpty() ? this : new AskResult(found, answers, didYouMean, conflicts, searchedFor, corrections, added);
    }

    /** The honest answer when the pack does not cover a question. */
    public static AskResult notFound(List<String> didYouMean) {
        return new AskResult(false, List.of(), didYouMean, List.of());
    }
}
