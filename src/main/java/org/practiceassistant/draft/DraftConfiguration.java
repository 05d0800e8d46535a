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
    DraftFeature draftFeature(MappingCoach coach, KnowledgePack pack, ObjectProvider<Clock> clock,
                              AssistantMetrics metrics) {
        var template = pack.template(PLAN_TEMPLATE).orElseThrow(() -> new IllegalStateException(
                "the knowledge pack has no " + PLAN_TEMPLATE + " template; the drafting coach lays the plan out from it"));
        return new DraftFeature(coach, new ChildAndFamilyPlan(template), clock.getIfAvailable(Clock::systemUTC),
                metrics);
    }

    /** The pack's Child and Family Plan template, which the Word document follows. */
    static final String PLAN_TEMPLATE = "child-and-family-plan";
}
