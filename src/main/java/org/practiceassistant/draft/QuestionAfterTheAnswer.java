package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An answer with the worker's own question after it ("... and last Thursday it bled? is that the kind of thing you
 * mean?", "... mum will burn out and not manage, is that ok?"). A coach answers the question first and never writes it
 * into the statement: the answer is read without it, and the reply opens by saying whether the answer does what the step
 * asks (kept) or not yet (the re-ask that follows says what is missing), before any note about its words (jargon).
 * Before, the question was kept inside the composed statement, or a jargon prompt came first and the question was never
 * answered.
 */
final class QuestionAfterTheAnswer {

    /** The answer the worker gave and the question they asked after it. */
    record Asked(String answer, String question) {}

    /** How a question to the coach about what was just said opens. */
    private static final List<String> OPENINGS = List.of("is ", "isn't ", "isnt ", "are ", "does ", "do ", "did ",
            "will ", "would ", "should ", "can ", "could ", "am i ", "have i ", "what ", "how ", "which ", "or ", "right");
    /** Openings that make the part before a question a question too. */
    private static final List<String> ALSO_QUESTIONS = List.of("why ", "where ", "when ", "who ", "so what ", "so how ");
    /** A question longer than this is more than a check on the answer. */
    private static final int QUESTION_MAX_WORDS = 12;
    /** An answer shorter than this is no answer beside the question: the whole message is the question (help). */
    private static final int ANSWER_MIN_WORDS = 4;

    private QuestionAfterTheAnswer() {
    }

    /**
     * The answer and the question at its end, when the message ends with a short question after an answer of a few
     * words; empty otherwise. One pass back from the end, so linear in the message.
     */
    static Optional<Asked> of(String text) {
        String typed = text.strip();
        if (!typed.endsWith("?")) {
            return Optional.empty();
        }
        int end = typed.length() - 1;
        while (end > 0 && typed.charAt(end - 1) == '?') {
            end--;
        }
        int cut = -1;
        for (int i = end - 1; i > 0; i--) {
            char c = typed.charAt(i);
            if (c == '?' || c == '.' || c == ',' || c == '!' || c == ';' || c == '\n') {
                cut = i;
                break;
            }
        }
        if (cut < 0) {
            return Optional.empty();
        }
        String question = typed.substring(cut + 1).strip();
        String answer = typed.substring(0, cut).strip();
        String asked = ForgivingMatch.normalise(question) + " ";
        String before = ForgivingMatch.normalise(answer) + " ";
        // "what counts as a complicating factor? is being tired one?": two questions, no answer (help, as before).
        if (question.isEmpty() || question.split("\\s+").length > QUESTION_MAX_WORDS
                || OPENINGS.stream().noneMatch(asked::startsWith) || answer.split("\\s+").length < ANSWER_MIN_WORDS
                || OPENINGS.stream().anyMatch(before::startsWith) || ALSO_QUESTIONS.stream().anyMatch(before::startsWith)) {
            return Optional.empty();
        }
        // "... last Thursday it bled? is that the kind of thing you mean?": the answer's own question mark goes too.
        while (answer.endsWith("?")) {
            answer = answer.substring(0, answer.length() - 1).strip();
        }
        return Optional.of(new Asked(answer, question));
    }

    /** The turn for the answer read without its question, opening with the answer to the question. */
    static CoachTurn answered(MappingState before, CoachTurn read) {
        if (read.next().isEmpty()) {
            return read;
        }
        boolean kept = !ReAskLimit.samePlace(before, read.next().get());
        var replies = new ArrayList<CoachReply>();
        replies.add(new CoachReply.Note(kept ? CoachWording.QUESTION_AFTER_A_KEPT_ANSWER : CoachWording.QUESTION_AFTER_AN_ANSWER));
        replies.addAll(read.replies());
        return new CoachTurn(read.next(), replies);
    }
}
