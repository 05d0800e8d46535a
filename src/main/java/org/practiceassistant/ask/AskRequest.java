package org.practiceassistant.ask;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.practiceassistant.system.text.WellFormedText;

/**
 * The body of {@code POST /api/ask}.
 *
 * @param question what the practitioner asks
 * @param limit    the most passages to return; {@link AskService#DEFAULT_LIMIT} when absent
 * @param asTyped  true to search the words exactly as typed, without correcting their spelling
 */
record AskRequest(
        @NotBlank(message = "must not be blank") @Size(max = AskService.MAX_QUESTION_LENGTH, message = "must be at most 2,000 characters") String question,
        @Min(value = 1, message = "must be between 1 and 10") @Max(value = 10, message = "must be between 1 and 10") Integer limit,
        Boolean asTyped) {

    AskRequest(String question, Integer limit) {
        this(question, limit, null);
    }

    boolean asTypedOrDefault() {
        return Boolean.TRUE.equals(asTyped);
    }


    AskRequest {
        question = WellFormedText.of(question);
    }

    int limitOrDefault() {
        return limit == null ? AskService.DEFAULT_LIMIT : limit;
    }

    /** Says how long the question is, never what it says: the framework logs request bodies at debug level. */
    @Override
    public String toString() {
        return "AskRequest[question=" + (question == null ? "none" : question.length() + " chars") + ", limit=" + limit + ", asTyped=" + asTyped + "]";
    }
}
