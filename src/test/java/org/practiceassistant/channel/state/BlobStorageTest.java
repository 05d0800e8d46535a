package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.builder.Storage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The Blob Storage store against Azurite, a real Azure Storage emulator. */
class BlobStorageTest extends StorageContractTest {

    private final String container = "state-" + UUID.randomUUID();
    private final Storage storage = blobStorage(Azurite.shared(), container, Clock.systemUTC());

    static BlobStorage blobStorage(Azurite azurite, String container, Clock clock) {
        var settings = new StateStoreProperties.Blob(azurite.connectionString(), container, Duration.ofSeconds(3), 1);
        return new BlobStorage(StateStoreConfiguration.containerClient(settings), Duration.ofHours(4),
            settings.timeout(), clock);
    }

    @Override
    protected Storage storage() {
        return storage;
    }

    @Test
    void twoInstancesSharingTheContainerSeeEachOthersState() {
        var other = blobStorage(Azurite.shared(), container, Clock.systemUTC());
        storage.write(Map.of("conversation", new HashMap<>(Map.of("step", "dangers")))).join();

        @SuppressWarnings("unchecked")
        var seen = (Map<String, Object>) other.read(new String[] {"conversation"}).join().get("conversation");
        assertThat(seen.get("step")).isEqualTo("dangers");

        seen.put("step", "safety goal");
        other.write(Map.of("conversation", seen)).join();
        @SuppressWarnings("unchecked")
        var back = (Map<String, Object>) storage.read(new String[] {"conversation"}).join().get("conversation");
        assertThat(back.get("step")).isEqualTo("safety goal");
    }

    @Test
    void aContainerThatWentAwayIsMadeAgainOnTheNextWrite() {
        storage.write(Map.of("conversation", new HashMap<>(Map.of("step", "dangers")))).join();
        var settings = new StateStoreProperties.Blob(Azurite.shared().connectionString(), container, Duration.ofSeconds(3), 1);
        StateStoreConfiguration.containerClient(settings).delete();

        storage.write(Map.of("conversation", new HashMap<>(Map.of("step", "goals")))).join();

        @SuppressWarnings("unchecked")
        var stored = (Map<String, Object>) storage.read(new String[] {"conversation"}).join().get("conversation");
        assertThat(stored.get("step")).isEqualTo("goals");
    }

    @Test
    void stateUnwrittenForLongerThanTheExpiryIsGone() {
        storage.write(Map.of("conversation", new HashMap<>(Map.of("step", "dangers")))).join();
        var fiveHoursLater = Clock.fixed(Instant.now().plus(Duration.ofHours(5)), ZoneOffset.UTC);
        var later = blobStorage(Azurite.shared(), container, fiveHoursLater);

        assertThat(later.read(new String[] {"conversation"}).join()).isEmpty();
        assertThat(storage.read(new String[] {"conversation"}).join())
            .as("the expired blob was deleted, not just hidden").isEmpty();
    }

    @Test
    void aStoreThatIsDownFailsTheTurnWithAPlainReasonAndNoContent() {
        Azurite ownEmulator = Azurite.start();
        var orphan = blobStorage(ownEmulator, container, Clock.systemUTC());
        ownEmulator.close();

        long start = System.nanoTime();
        assertThatThrownBy(() -> orphan.write(Map.of("conversation", new HashMap<>(Map.of("answer", "Zebedee Quarrington")))).join())
            .hasCauseInstanceOf(StateStoreUnavailableException.class)
            .cause().hasMessageContaining("unavailable (write)").hasMessageNotContaining("Zebedee");
        assertThatThrownBy(() -> orphan.read(new String[] {"conversation"}).join())
            .hasCauseInstanceOf(StateStoreUnavailableException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("well inside Teams' 15 s").isLessThan(Duration.ofSeconds(14));
    }
}
