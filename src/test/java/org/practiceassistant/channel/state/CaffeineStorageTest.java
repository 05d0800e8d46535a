package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.bot.builder.Storage;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CaffeineStorageTest extends StorageContractTest {

    private final CaffeineStorage storage = new CaffeineStorage(10_000, Duration.ofHours(4));

    @Override
    protected Storage storage() {
        return storage;
    }

    @Test
    void holdsNoMoreThanItsMaximum() {
        var bounded = new CaffeineStorage(10, Duration.ofHours(4));
        for (int i = 0; i < 200; i++) {
            bounded.write(Map.of("conversation-" + i, new HashMap<>(Map.of("turn", i)))).join();
        }
        assertThat(bounded.size()).isLessThanOrEqualTo(10);
    }

    @Test
    void forgetsAConversationIdleForLongerThanTheExpiry() {
        var now = new AtomicLong();
        var expiring = new CaffeineStorage(100, Duration.ofHours(4), now::get);
        expiring.write(Map.of("idle", new HashMap<>(Map.of("step", "one")),
            "busy", new HashMap<>(Map.of("step", "one")))).join();

        now.addAndGet(Duration.ofHours(3).toNanos());
        assertThat(expiring.read(new String[] {"busy"}).join()).containsKey("busy");
        now.addAndGet(Duration.ofHours(2).toNanos());

        assertThat(expiring.read(new String[] {"idle", "busy"}).join())
            .as("idle for 5 h is gone; used 2 h ago is kept").containsOnlyKeys("busy");
    }
}
