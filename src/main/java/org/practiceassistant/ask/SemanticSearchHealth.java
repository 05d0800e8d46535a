package org.practiceassistant.ask;

import java.util.Locale;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.stereotype.Component;

/**
 * "semanticSearch" health: UP once questions are ranked by meaning too, UNKNOWN while the model warms
 * up, is switched off, or could not load. Never DOWN and not part of readiness: Ask answers by words
 * alone meanwhile, so an instance without it still serves.
 */
@Component("semanticSearchHealthIndicator")
class SemanticSearchHealth implements HealthIndicator {

    private final SemanticSearch meaning;

    SemanticSearchHealth(SemanticSearch meaning) {
        this.meaning = meaning;
    }

    @Override
    public Health health() {
        SemanticSearch.State state = meaning.state();
        Status status = state == SemanticSearch.State.READY ? Status.UP : Status.UNKNOWN;
        return Health.status(status).withDetail("state", state.name().toLowerCase(Locale.ROOT)).build();
    }
}
