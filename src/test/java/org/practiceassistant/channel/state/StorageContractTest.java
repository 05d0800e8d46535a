package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.microsoft.bot.builder.Storage;
import com.microsoft.bot.builder.StoreItem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * What every conversation state store must do, whatever it keeps its data in: the SDK's storage
 * semantics (its ETag rules included) and our guarantee that concurrent turns never silently lose an
 * answer. Each store's test extends this with the store built on its real backend.
 */
abstract class StorageContractTest {

    /** A store item as the SDK's own storage tests use one. */
    public static final class Counter implements StoreItem {
        private String eTag;
        public int count;

        public Counter() {}

        Counter(int count) {
            this.count = count;
        }

        @Override
        @JsonProperty("eTag")
        public String getETag() {
            return eTag;
        }

        @Override
        @JsonProperty("eTag")
        public void setETag(String withETag) {
            eTag = withETag;
        }
    }

    /** Stands for a feature's record kept in conversation state (a guided mapping's progress, say). */
    public record MappingProgress(String step, List<String> answers) {}

    protected abstract Storage storage();

    private final String key = "msteams/conversations/" + UUID.randomUUID();

    private Map<String, Object> read(String... keys) {
        return storage().read(keys).join();
    }

    private void write(String k, Object value) {
        Map<String, Object> changes = new HashMap<>();
        changes.put(k, value);
        storage().write(changes).join();
    }

    @Test
    void readsNothingForKeysNeverWritten() {
        assertThat(read(key, key + "/other")).isEmpty();
    }

    @Test
    void returnsTheTypesThatWereWritten() {
        Map<String, Object> state = new HashMap<>();
        state.put("mapping", new MappingProgress("dangers", List.of("first answer")));
        state.put("turns", 3);
        write(key, state);

        @SuppressWarnings("unchecked")
        var loaded = (Map<String, Object>) read(key).get(key);

        assertThat(loaded.get("mapping")).isEqualTo(new MappingProgress("dangers", List.of("first answer")));
        assertThat(loaded.get("turns")).isEqualTo(3);
        assertThat(loaded.get("eTag")).as("a map read from the store carries its version").isInstanceOf(String.class);
    }

    @Test
    void storeItemsFollowTheSdkETagRules() {
        write(key, new Counter(1));
        var loaded = (Counter) read(key).get(key);
        assertThat(loaded.getETag()).isNotBlank();

        loaded.count = 2;
        String readWith = loaded.getETag();
        write(key, loaded);
        var reloaded = (Counter) read(key).get(key);
        assertThat(reloaded.count).isEqualTo(2);
        assertThat(reloaded.getETag()).isNotEqualTo(readWith);

        var stale = new Counter(99);
        stale.setETag(readWith);
        assertThatThrownBy(() -> write(key, stale)).hasCauseInstanceOf(StateConflictException.class)
            .hasMessageContaining("eTag conflict");

        var empty = new Counter(98);
        empty.setETag("");
        assertThatThrownBy(() -> write(key, empty)).hasCauseInstanceOf(StateConflictException.class);
        assertThat(((Counter) read(key).get(key)).count).isEqualTo(2);

        var wildcard = new Counter(100);
        wildcard.setETag("*");
        write(key, wildcard);
        assertThat(((Counter) read(key).get(key)).count).isEqualTo(100);
    }

    @Test
    void aSecondTurnWritingFromAnOlderReadIsRejected() {
        write(key, new HashMap<>(Map.of("answers", List.of())));
        @SuppressWarnings("unchecked")
        var first = (Map<String, Object>) read(key).get(key);
        @SuppressWarnings("unchecked")
        var second = (Map<String, Object>) read(key).get(key);

        first.put("answers", List.of("answer from turn one"));
        write(key, first);
        second.put("answers", List.of("answer from turn two"));

        assertThatThrownBy(() -> write(key, second)).hasCauseInstanceOf(StateConflictException.class);
        @SuppressWarnings("unchecked")
        var stored = (Map<String, Object>) read(key).get(key);
        assertThat(stored.get("answers")).isEqualTo(List.of("answer from turn one"));
    }

    @Test
    void savingTwiceInOneTurnIsNotAConflict() {
        write(key, new HashMap<>(Map.of("step", "one")));
        @SuppressWarnings("unchecked")
        var state = (Map<String, Object>) read(key).get(key);
        state.put("step", "two");
        write(key, state);
        state.put("step", "three");
        write(key, state);

        @SuppressWarnings("unchecked")
        var stored = (Map<String, Object>) read(key).get(key);
        assertThat(stored.get("step")).isEqualTo("three");
    }

    @Test
    void concurrentTurnsThatRetryOnConflictKeepEveryAnswer() throws Exception {
        write(key, new HashMap<>(Map.of("answers", List.of())));
        int turns = 8;
        ExecutorService pool = Executors.newFixedThreadPool(turns);
        try {
            List<Future<Integer>> conflicts = new ArrayList<>();
            // Every turn reads before any saves, so they overlap however the machine schedules the threads.
            CountDownLatch allRead = new CountDownLatch(turns);
            for (int i = 0; i < turns; i++) {
                String answer = "answer " + i;
                conflicts.add(pool.submit(() -> appendRetryingOnConflict(answer, allRead)));
            }
            int conflictsSeen = 0;
            for (Future<Integer> f : conflicts) {
                conflictsSeen += f.get();
            }
            @SuppressWarnings("unchecked")
            var stored = (Map<String, Object>) read(key).get(key);
            List<Object> expected = IntStream.range(0, turns).mapToObj(i -> (Object) ("answer " + i)).toList();
            assertThat((List<Object>) stored.get("answers")).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(conflictsSeen).as("conflicts detected (the turns really overlapped)").isPositive();
        } finally {
            pool.shutdownNow();
        }
    }

    /** A turn that reads, adds its answer and saves, and starts again if another turn saved first. */
    private int appendRetryingOnConflict(String answer, CountDownLatch allRead) throws InterruptedException {
        int conflicts = 0;
        while (true) {
            @SuppressWarnings("unchecked")
            var state = (Map<String, Object>) read(key).get(key);
            var answers = new ArrayList<Object>((List<?>) state.get("answers"));
            answers.add(answer);
            state.put("answers", answers);
            if (conflicts == 0) {
                allRead.countDown();
                allRead.await(30, TimeUnit.SECONDS);
            }
            try {
                write(key, state);
                return conflicts;
            } catch (CompletionException e) {
                assertThat(e.getCause()).isInstanceOf(StateConflictException.class);
                conflicts++;
            }
        }
    }

    @Test
    void aMapWithoutItsVersionOverwritesAsWhenStateIsCleared() {
        write(key, new HashMap<>(Map.of("step", "one")));
        write(key, new HashMap<>(Map.of("step", "cleared")));
        @SuppressWarnings("unchecked")
        var stored = (Map<String, Object>) read(key).get(key);
        assertThat(stored.get("step")).isEqualTo("cleared");
    }

    @Test
    void deleteForgetsAtOnce() {
        write(key, new HashMap<>(Map.of("step", "one")));
        write(key + "/user", new Counter(1));
        storage().delete(new String[] {key, key + "/user"}).join();
        assertThat(read(key, key + "/user")).isEmpty();
    }

    @Test
    void whatATurnReadsIsItsOwnCopy() {
        write(key, new HashMap<>(Map.of("step", "one")));
        @SuppressWarnings("unchecked")
        var state = (Map<String, Object>) read(key).get(key);
        state.put("step", "changed but never saved");
        @SuppressWarnings("unchecked")
        var stored = (Map<String, Object>) read(key).get(key);
        assertThat(stored.get("step")).isEqualTo("one");
    }
}
