package org.practiceassistant.knowledge;

import java.nio.file.Path;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the knowledge pack is.
 *
 * @param path the pack folder (the one holding {@code pack.yaml}), a relative one resolved against the
 *             working directory; unset or blank, the pack the application carries in its jar is used.
 *             A string, not a {@link Path}: Spring would resolve a relative {@code Path} against the class
 *             path first, and the class path now holds a {@code knowledge/} folder of its own.
 */
@ConfigurationProperties("assistant.knowledge")
public record KnowledgeProperties(String path) {

    /** The configured folder, or empty for the embedded pack. */
    public Optional<Path> folder() {
        return Optional.ofNullable(path).filter(folder -> !folder.isBlank()).map(folder -> Path.of(folder.strip()));
    }
}
