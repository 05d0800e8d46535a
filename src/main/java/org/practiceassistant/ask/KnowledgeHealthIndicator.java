package org.practiceassistant.ask;

import org.practiceassistant.knowledge.KnowledgePack;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "knowledge" health, part of the readiness group: up only when the pack is loaded and the question
 * index answers. A fixed probe question is asked, so the check exercises the real search path without
 * touching anyone's case data.
 */
@Component("knowledge")
class KnowledgeHealthIndicator implements HealthIndicator {

    static final String PROBE_QUESTION = "What is a safety goal?";

    private final ObjectProvider<KnowledgePack> pack;
    private final ObjectProvider<AskService> ask;

    KnowledgeHealthIndicator(ObjectProvider<KnowledgePack> pack, ObjectProvider<AskService> ask) {
        this.pack = pack;
        this.ask = ask;
    }

    @Override
    public Health health() {
        KnowledgePack loaded = pack.getIfAvailable();
        if (loaded == null) {
            return Health.down().withDetail("pack", "not loaded").build();
        }
        Health.Builder health = Health.up()
            .withDetail("documents", loaded.documents().size())
            .withDetail("passages", loaded.passages().size());
        AskService index = ask.getIfAvailable();
        if (index == null) {
            return health.withDetail("index", "no question service in this build").build();
        }
        try {
            index.ask(PROBE_QUESTION, 1);
            return health.withDetail("index", "answering").build();
        } catch (RuntimeException e) {
            return Health.down().withDetail("index", e.getClass().getSimpleName()).build();
        }
    }
}
