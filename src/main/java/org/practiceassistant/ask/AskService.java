package org.practiceassistant.ask;

/** Answers practice questions from the knowledge pack, quoting and citing the passages. */
public interface AskService {

    /** Default number of passages returned when the caller does not say. */
    int DEFAULT_LIMIT = 3;

    /** The longest question taken, in characters, by every way in (the bot and {@code /api/ask}). */
    int MAX_QUESTION_LENGTH = 2_000;

    /**
     * Answers a question.
     *
     * @param question what the practitioner asked; not blank (a pasted link's or e-mail address's characters are not searched)
     * @param limit    the most passages to return, 1 to 10
     * @return passages sorted by relevance, best first; {@code found} is false when nothing in the pack
     *     answers the question well enough
     */
    default AskResult ask(String question, int limit) {
        return ask(question, limit, false);
    }

    /**
     * Answers a question, its misspelt words corrected first unless {@code asTyped} (the words exactly
     * as typed, for when a correction was wrong); {@link AskResult#corrections()} says what was corrected.
     */
    AskResult ask(String question, int limit, boolean asTyped);

    /**
     * Whether {@code passageId} names a passage of the pack: a "was this helpful?" vote is kept only for passages an answer
     * can show, so a forged or stale vote puts nothing in front of the content owners.
     */
    boolean knowsPassage(String passageId);
}
