package org.practiceassistant.channel.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.Bot;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Status;

class BotBuiltAfterStartupTest {

    private static final Bot BOT = turn -> CompletableFuture.completedFuture(null);

    @Test
    void theBotIsBuiltOnceTheApplicationServesAndItsHealthThenTurnsUp() throws Exception {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("practiceBot", BOT);
        BotBuiltAfterStartup bot = new BotBuiltAfterStartup(beans.getBeanProvider(Bot.class));
        // Before the application serves: not built, and not holding readiness down.
        assertThat(bot.health().getStatus()).isEqualTo(Status.UNKNOWN);

        bot.onApplicationEvent(ready());

        assertThat(awaitSettled(bot)).isEqualTo(Status.UP);
        assertThat(bot.bot()).isSameAs(BOT);
    }

    @Test
    void aBotThatCannotBeBuiltIsDownSoReadinessIsToo() throws Exception {
        BotBuiltAfterStartup bot = new BotBuiltAfterStartup(new StaticListableBeanFactory().getBeanProvider(Bot.class));

        bot.onApplicationEvent(ready());

        assertThat(awaitSettled(bot)).isEqualTo(Status.DOWN);
    }

    private static ApplicationReadyEvent ready() {
        return new ApplicationReadyEvent(new SpringApplication(), new String[0], null, Duration.ZERO);
    }

    private static Status awaitSettled(BotBuiltAfterStartup bot) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (bot.health().getStatus() == Status.UNKNOWN && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        return bot.health().getStatus();
    }
}
