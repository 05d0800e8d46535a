package org.practiceassistant.knowledge;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the knowledge pack is.
 *
 * @param path the pack folder (the one holding {@code pack.yaml}); relative paths are resolved
 *             against the working directory, so the default suits running from the repository root
 */
@ConfigurationProperties("assistant.knowledge")
public record KnowledgeProperties(@DefaultValue("knowledge") Path path) {
}
