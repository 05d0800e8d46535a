package org.practiceassistant.channel;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.practiceassistant.ask.Answer;
import org.practiceassistant.ask.AskResult;
import org.practiceassistant.ask.AskService;

/** Stands in for Ask where a test needs it slow: answers every question with one passage, after a set delay. */
final class FakeAskService implements AskService {

    static final String VISIT_QUESTION = "How soon do I visit after a referral?";

    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);

    void delayAnswers(Duration by) {
        delay.set(by);
    }

    @Override
    public boolean knowsPassage(String passageId) {
        return "handbook/child-protection#3".equals(passageId);
    }

    @Override
    public AskResult ask(String question, int limit, boolean asTyped) {
        try {
            Thread.sleep(delay.get().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return new AskResult(true, List.of(new Answer("handbook/child-protection#3",
                "Children must be seen within 24 hours of a child protection referral being accepted.",
                "Practice handbook", "Practice handbook › Child Protection › Timescales", 9.5)), List.of());
    }
}
