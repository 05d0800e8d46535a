package org.practiceassistant.knowledge;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Loads the knowledge pack once, at start-up, so a malformed pack stops the application before it serves:
 * the folder {@code assistant.knowledge.path} names, or else the pack embedded in the application.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(KnowledgeProperties.class)
class KnowledgeConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KnowledgeConfiguration.class);

    @Bean
    KnowledgePack knowledgePack(KnowledgeProperties properties) {
        long started = System.nanoTime();
        Path folder = properties.folder()
                .orElseGet(() -> EmbeddedPack.folder(KnowledgeConfiguration.class.getClassLoader()));
        KnowledgePack pack = new KnowledgePackLoader().load(folder);
        log.info("Knowledge pack loaded from {}{}: {} documents, {} passages, {} rubric criteria in {} ms",
                properties.folder().isPresent() ? "" : "the application (embedded) at ",
                KnowledgePackException.name(folder.toAbsolutePath().normalize()), pack.documents().size(),
                pack.passages().size(), pack.rubric().criteria().count(), (System.nanoTime() - started) / 1_000_000);
        return pack;
    }
}
