package org.practiceassistant.knowledge;

import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * A knowledge pack file is malformed or missing. The message names the file, the line (when known)
 * and the problem, so a content owner can fix the file without reading code.
 */
public class KnowledgePackException extends RuntimeException {

    private final Path file;
    private final int line;

    /**
     * @param line 1-based, or 0 when the problem is not on one line (a missing file)
     */
    public KnowledgePackException(Path file, int line, String problem) {
        this(file, line, problem, null);
    }

    public KnowledgePackException(Path file, int line, String problem, Throwable cause) {
        super(name(file) + (line > 0 ? " line " + line : "") + ": " + problem, cause);
        this.file = file;
        this.line = line;
    }

    /**
     * A file on disk by its path; a file of the pack embedded in the application jar by its URI, which
     * names the jar and the entry (for example {@code jar:file:///app/application.jar!/knowledge/pack.yaml}).
     */
    static String name(Path file) {
        return file.getFileSystem() == FileSystems.getDefault() ? file.toString() : file.toUri().toString();
    }

    public Path file() {
        return file;
    }

    /** 1-based line of the problem, or 0 when it is not on one line. */
    public int line() {
        return line;
    }
}
