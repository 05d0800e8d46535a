package org.practiceassistant.check.entry;

import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.jargon.JargonLoader;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.knowledge.PackResource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.FileSystemResource;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckProperties.class)
class CheckConfiguration {

    /** The pack's jargon list when its manifest names one, else {@code assistant.check.jargon-file}. */
    @Bean
    JargonList jargonList(KnowledgePack pack, CheckProperties properties) {
        return pack.resource("jargon").map(PackResource::file)
                .map(file -> JargonLoader.load(file.toString(), new FileSystemResource(file)))
                .orElseGet(() -> JargonLoader.load(properties.jargonFile().getDescription(), properties.jargonFile()));
    }
}
