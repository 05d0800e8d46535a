package org.practiceassistant.channel;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where attached files may be fetched from ({@code assistant.attachments.*}). A file a user attaches in
 * Teams arrives as a link to the tenant's SharePoint (OneDrive for Business); the bot fetches nothing
 * else, whatever host an activity names.
 *
 * @param tenantName   the tenant's SharePoint name ({@code contoso} for {@code contoso.sharepoint.com}): its
 *                     SharePoint and OneDrive hosts are allowed ({@code contoso.sharepoint.com},
 *                     {@code contoso-my.sharepoint.com})
 * @param allowedHosts further hosts allowed exactly (no wildcards); with neither setting no file is fetched
 * @param timeout      the most one download may take, redirects and body included
 * @param maxRedirects redirects followed, each to an allowed host only
 */
@ConfigurationProperties("assistant.attachments")
public record AttachmentProperties(
        @DefaultValue("") String tenantName,
        @DefaultValue List<String> allowedHosts,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("3") int maxRedirects) {

    public AttachmentProperties {
        tenantName = tenantName.strip().toLowerCase(Locale.ROOT);
        allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).filter(h -> !h.isEmpty()).toList();
        if (!tenantName.matches("[a-z0-9-]{0,63}")) {
            throw new IllegalArgumentException("assistant.attachments.tenant-name must be the tenant's SharePoint name, like contoso");
        }
        if (timeout.isNegative() || timeout.isZero() || maxRedirects < 0) {
            throw new IllegalArgumentException("assistant.attachments: timeout must be positive and max-redirects not negative");
        }
    }

    /** Every host a file may come from, lower case. */
    public Set<String> hosts() {
        Stream<String> tenant = tenantName.isEmpty() ? Stream.empty()
                : Stream.of(tenantName + ".sharepoint.com", tenantName + "-my.sharepoint.com");
        return Stream.concat(tenant, allowedHosts.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
