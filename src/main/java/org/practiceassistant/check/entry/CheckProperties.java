package org.practiceassistant.check.entry;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Settings for the checker ({@code assistant.check.*}).
 *
 * @param jargonFile the editable jargon list (YAML); a local authority can point this at its own
 * @param maxTextLength longest draft accepted, in characters (a long plan is about 20,000)
 */
@ConfigurationProperties("assistant.check")
public record CheckProperties(
        @DefaultValue("file:knowledge/jargon.yaml") Resource jargonFile,
        @DefaultValue("50000") int maxTextLength) {

    public CheckProperties {
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("assistant.check.max-text-length must be positive");
        }
    }
}
