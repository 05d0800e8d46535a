package org.practiceassistant.ask;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passage vectors kept on disk between starts: embedding every passage takes seconds of CPU, loading
 * them back takes milliseconds. A file is named by a hash of the model and of every text embedded, so
 * an edited pack or another model simply misses the cache; it never reads stale vectors.
 *
 * <p>The key and the file do not depend on the order the texts come in: texts are hashed and stored
 * sorted, and handed back in the caller's order. (The passages once came from a map whose iteration
 * order changed from start to start, so the key changed too and the cache never hit.) Writing a file
 * removes the files of earlier keys for this model, so an edited pack leaves one file, not one per edit.
 *
 * <p>A cache may also have a folder written ahead, when the container image was built with its own pack: read before
 * the writable folder, never written, so it can be read-only; another pack misses it and is cached in the writable
 * folder as before. Files are written readable by every user: the image build writes them as root, the container
 * reads them as its own user.
 *
 * <p>The vectors are of the knowledge pack's public guidance only, never of anything a user typed.
 * A cache that cannot be read or written is a warning and a slower start, not a failure.
 */
final class PassageVectorCache {

    private static final Logger log = LoggerFactory.getLogger(PassageVectorCache.class);

    private static final String SUFFIX = ".vectors";

    private static final Set<PosixFilePermission> READABLE_BY_ALL = PosixFilePermissions.fromString("rw-r--r--");

    private final Path directory;
    private final Optional<Path> prebuilt;

    PassageVectorCache(Path directory) {
        this(directory, Optional.empty());
    }

    /** With {@code prebuilt}, a folder of vectors written ahead (the image build's), read first and never written. */
    PassageVectorCache(Path directory, Optional<Path> prebuilt) {
        this.directory = directory;
        this.prebuilt = prebuilt;
    }

    Optional<List<float[]>> read(List<String> texts) {
        Integer[] sorted = sortedOrder(texts);
        Path name = file(texts, sorted).getFileName();
        return prebuilt.flatMap(folder -> read(folder.resolve(name), sorted))
                .or(() -> read(directory.resolve(name), sorted));
    }

    private Optional<List<float[]>> read(Path file, Integer[] sorted) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            int count = in.readInt();
            int dimensions = in.readInt();
            if (count != sorted.length) {
                return Optional.empty();
            }
            float[][] vectors = new float[count][];
            for (int i = 0; i < count; i++) {
                float[] vector = new float[dimensions];
                for (int d = 0; d < dimensions; d++) {
                    vector[d] = in.readFloat();
                }
                vectors[sorted[i]] = vector;
            }
            return Optional.of(Arrays.asList(vectors));
        } catch (IOException e) {
            log.warn("Cannot read the passage vector cache {} ({}); embedding the passages again unless another cache folder has them", file, e.toString());
            return Optional.empty();
        }
    }

    void write(List<String> texts, List<float[]> vectors) {
        Integer[] sorted = sortedOrder(texts);
        Path file = file(texts, sorted);
        try {
            Files.createDirectories(directory);
            Path partial = Files.createTempFile(directory, "vectors", ".partial");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(partial)))) {
                out.writeInt(vectors.size());
                out.writeInt(vectors.isEmpty() ? 0 : vectors.getFirst().length);
                for (Integer position : sorted) {
                    for (float value : vectors.get(position)) {
                        out.writeFloat(value);
                    }
                }
            }
            if (partial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(partial, READABLE_BY_ALL);
            }
            // Another instance sharing the folder may write the same file at once: whole files only, never a half.
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            removeStale(file);
        } catch (IOException | RuntimeException e) {
            log.warn("Cannot write the passage vector cache in {} ({}); the next start embeds the passages again",
                    directory, e.toString());
        }
    }

    /** Removes this model's files of other keys: vectors of a pack as it was before an edit are never read again. */
    private void removeStale(Path current) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, SentenceEmbedder.MODEL_ID + "-*" + SUFFIX)) {
            for (Path file : files) {
                if (!file.getFileName().equals(current.getFileName())) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** The positions of the texts in sorted order: the order they are hashed and stored in. */
    private static Integer[] sortedOrder(List<String> texts) {
        Integer[] order = new Integer[texts.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparing(texts::get));
        return order;
    }

    private Path file(List<String> texts, Integer[] sorted) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(SentenceEmbedder.MODEL_ID.getBytes(StandardCharsets.UTF_8));
            for (Integer position : sorted) {
                digest.update((byte) 0);
                digest.update(texts.get(position).getBytes(StandardCharsets.UTF_8));
            }
            return directory.resolve(SentenceEmbedder.MODEL_ID + "-" + HexFormat.of().formatHex(digest.digest(), 0, 12) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
