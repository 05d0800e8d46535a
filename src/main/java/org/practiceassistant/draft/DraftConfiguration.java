package org.practiceassistant.draft;

import java.time.Clock;
import org.practiceassistant.check.DraftChecker;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.conversation.ConversationProperties;
import org.practiceassistant.knowledge.KnowledgePack;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the coach to the knowledge pack, the shared checker and jargon list, and the bot. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DraftProperties.class, ConversationProperties.class})
class DraftConfiguration {

    @Bean
    MappingCoach mappingCoach(KnowledgePack pack, JargonList jargon, DraftChecker checker, DraftProperties properties,
            ConversationProperties conversation) {
        return new MappingCoach(new PackCoachGuidance(pack), new JargonListSpotter(jargon), checker,
                new DraftSettings(properties.maxAnswerLength(), conversation.idleTimeout()));
    }

    @Bean
    DraftFeature draftFeature(MappingCoach coach, ObjectProvider<Clock> clock, AssistantMetrics metrics) {
        return new DraftFeature(coach, clock.getIfAvailable(Clock::systemUTC), metrics);
    }
}
