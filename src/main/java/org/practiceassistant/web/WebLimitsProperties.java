package org.practiceassistant.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on what any request may send ({@code assistant.web.*}).
 *
 * @param maxBodySize request bodies larger than this are refused with 413 before any of them is parsed;
 *                    the largest legitimate request (a 20,000-character message as a Bot Framework
 *                    activity) is well under 1 MB
 */
@ConfigurationProperties("assistant.web")
public record WebLimitsProperties(@DefaultValue("1MB") DataSize maxBodySize) {

    public WebLimitsProperties {
        if (maxBodySize.toBytes() < 1) {
            throw new IllegalArgumentException("assistant.web.max-body-size must be positive");
        }
    }
}
