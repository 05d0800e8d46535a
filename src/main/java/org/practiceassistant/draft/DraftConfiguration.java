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
import org.springframework.context.annotation.Lazy;

/** Wires the coach to the knowledge pack, the shared checker and jargon list, and the bot. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DraftProperties.class, ConversationProperties.class})
class DraftConfiguration {

    /**
     * Lazy, with the feature: only the Teams bot uses the coach, and it is built just after start-up (its word lists
     * and classes take most of a second that Ask's first answer does not need). The pack and the jargon list it reads
     * are loaded and checked before the application serves, as ever.
     */
    @Bean
    @Lazy
    MappingCoach mappingCoach(KnowledgePack pack, JargonList jargon, DraftChecker checker, DraftProperties properties,
            ConversationProperties conversation) {
        return new MappingCoach(new PackCoachGuidance(pack), new JargonListSpotter(jargon), checker,
                new DraftSettings(properties.maxAnswerLength(), conversation.idleTimeout()));
    }

    @Bean
    @Lazy
    DraftFeature draftFeature(MappingCoach coach, ChildAndFamilyPlan plan, ObjectProvider<Clock> clock,
                              AssistantMetrics metrics) {
        // Built with the bot just after start-up (BotBuiltAfterStartup), while the first turns may be waiting: the plan
        // writer's classes load later, when the first mapping begins or after a quiet minute (PlanWriterWarmUp says why),
        // not in the last turn of the first mapping, whose time budget they could use up under load.
        PlanWriterWarmUp warmUp = PlanWriterWarmUp.ofThePlanWriter();
        warmUp.startAfter(PlanWriterWarmUp.QUIET_AFTER_START);
        return new DraftFeature(coach, plan, clock.getIfAvailable(Clock::systemUTC), metrics, warmUp);
    }

    /** Not lazy: a pack without the plan's template stops start-up, as before the coach was built after it. */
    @Bean
    ChildAndFamilyPlan childAndFamilyPlan(KnowledgePack pack) {
        var template = pack.template(PLAN_TEMPLATE).orElseThrow(() -> new IllegalStateException(
                "the knowledge pack has no " + PLAN_TEMPLATE + " template; the drafting coach lays the plan out from it"));
        return new ChildAndFamilyPlan(template);
    }

    /** The pack's Child and Family Plan template, which the Word document follows. */
    static final String PLAN_TEMPLATE = "child-and-family-plan";
}
