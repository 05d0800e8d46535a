package org.practiceassistant.channel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.practiceassistant.ask.Answer;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.AskService;

/**
 * Stands in for Ask in channel tests: knows two questions exactly, covers nothing else, and can be made
 * slow to exercise the typing indicator and the turn budget.
 */
final class FakeAskService implements AskService {

    static final String VISIT_QUESTION = "How soon do I visit after a referral?";
    static final String VISIT_PASSAGE = "Children must be seen within 24 hours of a child protection referral being accepted.";
    static final String VISIT_ANSWER_ID = "handbook/child-protection#3";
    static final String VISIT_SECTION = "Practice handbook › Child Protection › Timescales";
    static final String OFF_TOPIC = "What is the capital of France?";

    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);

    void delayAnswers(Duration by) {
        delay.set(by);
    }

    @Override
    public AskResult ask(String question, int limit) {
        try {
            Thread.sleep(delay.get().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (VISIT_QUESTION.equals(question)) {
            return new AskResult(true, List.of(
                    new Answer(VISIT_ANSWER_ID, VISIT_PASSAGE, "Practice handbook", VISIT_SECTION, 9.5),
                    new Answer("handbook/child-protection#4", "A strategy discussion is held within one working day.",
                            "Practice handbook", "Practice handbook › Child Protection › Strategy discussions", 7.1)),
                    List.of());
        }
        return new AskResult(false, List.of(), List.of("Visiting timescales", "Core groups"));
    }
}
