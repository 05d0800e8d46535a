package org.practiceassistant.system.metrics;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MetricsConfiguration {

    /** Static: a post-processor is created before other beans, and must not pull them in early. */
    @Bean
    static MeteredFeatures meteredFeatures(ObjectProvider<AssistantMetrics> metrics) {
        return new MeteredFeatures(metrics);
    }
}
