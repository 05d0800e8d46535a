package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.practiceassistant.conversation.UserInput;
import org.practiceassistant.system.metrics.AssistantMetrics;

/**
 * The plan writer's warm-up keeps off the first turns after start-up: nothing runs when the bot is built, it starts when
 * the first mapping's opening reply is made, or after a quiet while with no mapping, and it runs once.
 */
class PlanWriterWarmUpTest {

    private final List<String> ran = new CopyOnWriteArrayList<>();
    /* Run where it is started, so what ran is known when the call returns. */
    private final PlanWriterWarmUp warmUp = new PlanWriterWarmUp(() -> ran.add("warm-up"), Runnable::run);

    @Test
    void buildingTheBotStartsNothingTheFirstMappingStartsItOnce() {
        warmUp.startAfter(Duration.ofHours(1));
        DraftFeature feature = new DraftFeature(CoachFixtures.coach(), RealChecker.plan(), Clock.fixed(CoachFixtures.T0, ZoneOffset.UTC),
                AssistantMetrics.notPublished(), warmUp);
        assertThat(ran).as("nothing beside the first turns").isEmpty();

        var opening = feature.start("draft", new UserInput.Text(""));
        assertThat(opening.replies()).as("the opening reply is made").isNotEmpty();
        assertThat(ran).containsExactly("warm-up");

        feature.start("draft", new UserInput.Text(""));
        assertThat(ran).as("once per application").containsExactly("warm-up");
    }

    @Test
    void aQuietWhileWithNoMappingStartsItAndAMappingAfterStartsNoSecond() throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        PlanWriterWarmUp timed = new PlanWriterWarmUp(() -> {
            ran.add("warm-up");
            done.countDown();
        }, Runnable::run);
        long before = System.nanoTime();
        timed.startAfter(Duration.ofMillis(300));
        assertThat(timed.started()).as("not before the quiet while has passed").isFalse();

        assertThat(done.await(30, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(System.nanoTime() - before)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
        timed.mappingStarted();
        assertThat(ran).containsExactly("warm-up");
    }
}
