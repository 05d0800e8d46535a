package org.practiceassistant.check.entry;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings for the checker ({@code assistant.check.*}).
 *
 * @param jargonFile the editable jargon list (YAML); a local authority can point this at its own
 * @param maxTextLength longest draft accepted, in characters (a long plan is about 20,000)
 * @param timeBudget    how long one check may take before it stops and the user is told (a two-page plan
 *                      takes a few milliseconds; 50,000 characters of anything well under a second)
 */
@ConfigurationProperties("assistant.check")
public record CheckProperties(
        @DefaultValue("file:knowledge/jargon.yaml") Resource jargonFile,
        @DefaultValue("50000") int maxTextLength,
        @DefaultValue("2s") Duration timeBudget) {

    public CheckProperties {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("assistant.check.max-text-length must be positive");
        }
        if (timeBudget == null || timeBudget.isNegative() || timeBudget.isZero()) {
            throw new IllegalArgumentException("assistant.check.time-budget must be positive");
        }
    }
}
