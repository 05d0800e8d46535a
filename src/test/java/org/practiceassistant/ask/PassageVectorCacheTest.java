package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Passage vectors on disk: read back exactly, never for other texts, and a broken file is a miss, not a crash. */
class PassageVectorCacheTest {

    @TempDir
    Path folder;

    private static final List<String> TEXTS = List.of("Handbook › Glossary: genogram", "Handbook › Transfers: new worker");
    private static final List<float[]> VECTORS = List.of(new float[] {0.6f, 0.8f, 0}, new float[] {0, -1, 0.25f});

    @Test
    void readsBackWhatItWrote() {
        new PassageVectorCache(folder).write(TEXTS, VECTORS);

        List<float[]> read = new PassageVectorCache(folder).read(TEXTS).orElseThrow();

        assertThat(read).hasSize(2);
        assertThat(read.get(0)).containsExactly(0.6f, 0.8f, 0);
        assertThat(read.get(1)).containsExactly(0, -1, 0.25f);
    }

    /** The container image's vectors: read from a folder that cannot be written, another pack cached where it can be. */
    @Test
    void readsAPrebuiltFolderFirstAndWritesOnlyTheWritableOne() throws Exception {
        Path prebuilt = folder.resolve("image");
        Path writable = folder.resolve("temp");
        new PassageVectorCache(prebuilt).write(TEXTS, VECTORS);
        List<String> otherPack = List.of(TEXTS.get(0), "Handbook › Transfers: a new worker");
        PassageVectorCache cache = new PassageVectorCache(writable, Optional.of(prebuilt));

        assertThat(cache.read(TEXTS)).hasValueSatisfying(read -> assertThat(read.get(1)).containsExactly(0, -1, 0.25f));
        assertThat(cache.read(otherPack)).isEmpty();
        cache.write(otherPack, VECTORS);

        assertThat(cache.read(otherPack)).isPresent();
        assertThat(cache.read(TEXTS)).as("the prebuilt file is not removed as stale").isPresent();
        try (var files = Files.list(prebuilt)) {
            assertThat(files).hasSize(1);
        }
        try (var files = Files.list(writable)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void writesFilesEveryUserCanRead() throws Exception {
        new PassageVectorCache(folder).write(TEXTS, VECTORS);

        try (var files = Files.list(folder)) {
            assertThat(Files.getPosixFilePermissions(files.findFirst().orElseThrow()))
                    .as("the image build writes as root, the container reads as its own user")
                    .contains(PosixFilePermission.OTHERS_READ);
        }
    }

    @Test
    void hitsWhateverOrderTheTextsComeIn() {
        new PassageVectorCache(folder).write(TEXTS, VECTORS);

        List<float[]> read = new PassageVectorCache(folder).read(TEXTS.reversed()).orElseThrow();

        assertThat(read.get(0)).containsExactly(0, -1, 0.25f);
        assertThat(read.get(1)).containsExactly(0.6f, 0.8f, 0);
    }

    @Test
    void anEditedPackLeavesOneFileNotOnePerEdit() throws Exception {
        PassageVectorCache cache = new PassageVectorCache(folder);
        cache.write(TEXTS, VECTORS);
        Files.writeString(folder.resolve("unrelated.txt"), "kept");

        cache.write(List.of(TEXTS.get(0), "Handbook › Transfers: a new worker"), VECTORS);

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .hasSize(2).contains("unrelated.txt").anyMatch(name -> name.endsWith(".vectors"));
        }
        assertThat(cache.read(TEXTS)).isEmpty();
        assertThat(cache.read(List.of(TEXTS.get(0), "Handbook › Transfers: a new worker"))).isPresent();
    }

    @Test
    void missesWhenAnyTextChanged() {
        PassageVectorCache cache = new PassageVectorCache(folder);
        cache.write(TEXTS, VECTORS);

        assertThat(cache.read(List.of(TEXTS.get(0), "Handbook › Transfers: a new worker"))).isEmpty();
        assertThat(cache.read(TEXTS.subList(0, 1))).isEmpty();
    }

    @Test
    void aTruncatedFileIsAMiss() throws Exception {
        PassageVectorCache cache = new PassageVectorCache(folder);
        cache.write(TEXTS, VECTORS);
        try (var files = Files.list(folder)) {
            Path file = files.findFirst().orElseThrow();
            byte[] bytes = Files.readAllBytes(file);
            Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length - 6));
        }

        assertThat(cache.read(TEXTS)).isEmpty();
    }

    @Test
    void anUnwritableFolderIsNotAFailure() throws Exception {
        Path notAFolder = Files.writeString(folder.resolve("file"), "x");

        new PassageVectorCache(notAFolder).write(TEXTS, VECTORS);

        assertThat(new PassageVectorCache(notAFolder).read(TEXTS)).isEmpty();
    }
}
