package org.practiceassistant.check;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CheckProperties.class)
class CheckConfiguration {

    @Bean
    JargonList jargonList(CheckProperties properties) {
        return JargonLoader.load(properties.jargonFile().getDescription(), properties.jargonFile());
    }
}
