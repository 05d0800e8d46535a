package org.practiceassistant.check.jargon;

/** The jargon file cannot be used; the message names the file and line so an editor can fix it. */
public class JargonFileException extends RuntimeException {

    public JargonFileException(String file, int line, String problem) {
        super(file + " line " + line + ": " + problem);
    }

    public JargonFileException(String file, int line, String problem, Throwable cause) {
        super(file + " line " + line + ": " + problem, cause);
    }
}
