package org.practiceassistant.ask;

import java.util.List;

/**
 * The answer to one question.
 *
 * @param found      whether the pack covers the question
 * @param answers    the passages that answer it, best first (empty when not found)
 * @param didYouMean close topics to offer when the question is not covered or is a close call
 */
public record AskResult(boolean found, List<Answer> answers, List<String> didYouMean) {

    public AskResult {
        answers = List.copyOf(answers);
        didYouMean = List.copyOf(didYouMean);
    }
}
