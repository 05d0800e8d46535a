package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.conversation.UserInput;

/**
 * Issue 12: the Child and Family Plan each blind8 worker (a tuning set since the thirteenth round) ends with, read back by
 * Check as a worker would attach it. Every finished mapping sends a plan, and the plan's jargon criterion is met in 10 of
 * the 12 (0 before the worker's own answers carried the list's plain words); floor a little under. Counts only.
 */
class PlansReadBackTest {

    @Test
    void everyBlind8WorkerGetsAPlanThatCheckReadsWithoutTheListsLetters() {
        var worker = new SimulatedWorker(RealChecker.draftFeature());
        int plans = 0;
        int plainWords = 0;
        for (var persona : Persona.all(Persona.BLIND8)) {
            var files = new ArrayList<Reply.File>();
            worker.play(persona, line -> { }, reply -> {
                if (reply instanceof Reply.File file) {
                    files.add(file);
                }
            });
            if (files.isEmpty()) {
                continue;
            }
            plans++;
            Reply.File file = files.getLast();
            var report = (Reply.Report) RealChecker.checkFeature().start("check",
                    new UserInput.Document(file.name(), file.mediaType(), file.content(), "")).replies().stream()
                    .filter(Reply.Report.class::isInstance).findFirst().orElseThrow();
            plainWords += report.items().stream().anyMatch(i -> i.heading().equals(CriterionId.JARGON_FREE.label())
                    && i.status().equals("Met")) ? 1 : 0;
        }
        System.out.printf("blind8 plans read back: %d plans, plan jargon criterion met in %d%n", plans, plainWords);
        assertThat(plans).isEqualTo(12);
        assertThat(plainWords).isGreaterThanOrEqualTo(9);
    }
}
