package org.practiceassistant.channel.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.practiceassistant.channel.FeedbackProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Was this helpful?" votes for content owners to review: an append-only JSON-lines file, one vote per
 * line ({@code {"at":...,"passageIds":[...],"vote":"helpful","comment":""}}), readable with any text tool
 * or {@link #read()}. It records which passages the answer showed and the vote, and a comment only when
 * the user wrote one; never the question, never who voted. Bounded: votes older than the retention are
 * removed, and the file stops growing at its maximum size.
 */
public final class FeedbackLog {

    private static final Logger log = LoggerFactory.getLogger(FeedbackLog.class);

    /**
     * One vote.
     *
     * @param at         when it was given
     * @param passageIds the passages the answer showed, best first
     * @param vote       {@code helpful} or {@code not-helpful}
     * @param comment    what the user chose to write, or empty
     */
    public record Vote(Instant at, List<String> passageIds, String vote, String comment) {
        public Vote {
            Objects.requireNonNull(at, "at");
            passageIds = List.copyOf(passageIds);
            Objects.requireNonNull(vote, "vote");
            comment = comment == null ? "" : comment;
        }
    }

    private final Path file;
    private final FeedbackProperties properties;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();
    private Instant nextPrune = Instant.MIN;

    public FeedbackLog(Path file, FeedbackProperties properties, Clock clock) {
        this.file = file.toAbsolutePath();
        this.properties = properties;
        this.clock = clock;
    }

    /** Appends one vote (unless the file is full); safe to call from several turns at once. */
    public synchronized void record(Vote vote) {
        try {
            pruneIfDue();
            String line = json.writeValueAsString(vote) + "\n";
            long size = Files.exists(file) ? Files.size(file) : 0;
            if (size + line.length() > properties.maxFileSize().toBytes()) {
                log.warn("feedback file is full ({} bytes): vote not kept until old votes are removed", size);
                return;
            }
            Files.createDirectories(file.getParent());
            Files.writeString(file, line, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to the feedback file " + file, e);
        }
    }

    /** Every vote kept, oldest first; empty when there is no file yet. */
    public synchronized List<Vote> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(line -> !line.isBlank()).map(line -> json.readValue(line, Vote.class)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the feedback file " + file, e);
        }
    }

    /** Removes votes older than the retention now; done by itself at most once a day when votes are recorded. */
    public synchronized void prune() {
        if (!Files.exists(file)) {
            return;
        }
        Instant oldest = clock.instant().minus(properties.retention());
        List<Vote> kept = read().stream().filter(vote -> !vote.at().isBefore(oldest)).toList();
        try {
            Path fresh = Files.createTempFile(file.getParent(), "feedback", ".tmp");
            StringBuilder text = new StringBuilder();
            for (Vote vote : kept) {
                text.append(json.writeValueAsString(vote)).append('\n');
            }
            Files.writeString(fresh, text, StandardCharsets.UTF_8);
            Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not prune the feedback file " + file, e);
        }
    }

    private void pruneIfDue() {
        Instant now = clock.instant();
        if (now.isBefore(nextPrune)) {
            return;
        }
        nextPrune = now.plus(java.time.Duration.ofDays(1));
        try {
            prune();
        } catch (RuntimeException e) {
            // An unreadable old file (an earlier format) must not stop today's votes.
            log.warn("feedback file could not be pruned: {}", e.getClass().getSimpleName());
        }
    }

    public Path file() {
        return file;
    }
}
