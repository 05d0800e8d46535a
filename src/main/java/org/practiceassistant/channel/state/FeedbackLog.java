package org.practiceassistant.channel.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * "Was this helpful?" votes for content owners to review: an append-only JSON-lines file, one vote per
 * line ({@code {"at":...,"answerId":...,"vote":"helpful","question":...}}), readable with any text tool
 * or {@link #read()}. It records the question, the answer's passage id and the vote; never who voted.
 */
public final class FeedbackLog {

    /**
     * One vote.
     *
     * @param at       when it was given
     * @param answerId the passage id of the answer voted on
     * @param vote     {@code helpful} or {@code not-helpful}
     * @param question the question that was asked
     */
    public record Vote(Instant at, String answerId, String vote, String question) {
        public Vote {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(answerId, "answerId");
            Objects.requireNonNull(vote, "vote");
            Objects.requireNonNull(question, "question");
        }
    }

    private final Path file;
    private final JsonMapper json = JsonMapper.builder().build();

    public FeedbackLog(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** Appends one vote; safe to call from several turns at once. */
    public synchronized void record(Vote vote) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writeValueAsString(vote) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not append to the feedback file " + file, e);
        }
    }

    /** Every vote recorded so far, oldest first; empty when there is no file yet. */
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

    public Path file() {
        return file;
    }
}
