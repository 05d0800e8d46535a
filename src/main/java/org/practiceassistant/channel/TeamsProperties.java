package org.practiceassistant.channel;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Teams channel ({@code assistant.teams.*}). application.yaml maps the Bot Framework's conventional names
 * ({@code MicrosoftAppId}, {@code MicrosoftAppPassword}, {@code MicrosoftAppTenantId},
 * {@code MicrosoftAppType}, {@code BotOpenIdMetadata}) onto these, so either spelling works as an
 * environment variable or a property.
 *
 * @param appId            the Azure Bot's app (client) id; blank means anonymous mode
 * @param appPassword      the app's client secret; blank means anonymous mode
 * @param appTenantId      the Entra tenant of a single-tenant registration: outbound tokens then come from
 *                         that tenant's authority, and the tenant is allowed in
 * @param appType          {@code SingleTenant} (what Azure creates today) or {@code MultiTenant}
 * @param allowedTenants   tenants whose users may use the bot when it runs with credentials (the app's
 *                         own tenant is always included)
 * @param openIdMetadata   where inbound tokens' signing keys are published; blank for the Bot Framework's
 *                         own (tests point it at a local server)
 * @param loginAuthority   the Entra login host outbound tokens are requested from
 * @param limits           message size, time and retry limits
 * @param feedback         where "Was this helpful?" votes are kept
 */
@ConfigurationProperties("assistant.teams")
public record TeamsProperties(
        @DefaultValue("") String appId,
        @DefaultValue("") String appPassword,
        @DefaultValue("") String appTenantId,
        @DefaultValue("SingleTenant") String appType,
        @DefaultValue List<String> allowedTenants,
        @DefaultValue("") String openIdMetadata,
        @DefaultValue("https://login.microsoftonline.com") URI loginAuthority,
        @DefaultValue Limits limits,
        @DefaultValue Feedback feedback) {

    public TeamsProperties {
        appId = appId.strip();
        appPassword = appPassword.strip();
        appTenantId = appTenantId.strip();
        appType = appType.strip();
        allowedTenants = allowedTenants.stream().map(String::strip).filter(t -> !t.isEmpty()).toList();
        openIdMetadata = openIdMetadata.strip();
        if (appId.isEmpty() != appPassword.isEmpty()) {
            throw new IllegalArgumentException(
                    "Set both MicrosoftAppId and MicrosoftAppPassword (authenticated) or neither (anonymous, local only)");
        }
        if (!appType.equalsIgnoreCase("SingleTenant") && !appType.equalsIgnoreCase("MultiTenant")) {
            throw new IllegalArgumentException("MicrosoftAppType must be SingleTenant or MultiTenant, not " + appType);
        }
        if (!appId.isEmpty() && appType.equalsIgnoreCase("SingleTenant") && appTenantId.isEmpty()) {
            throw new IllegalArgumentException("A SingleTenant bot needs MicrosoftAppTenantId");
        }
        if (!appId.isEmpty() && tenantsAllowed(allowedTenants, appTenantId).isEmpty()) {
            throw new IllegalArgumentException(
                    "With credentials, say which tenants may use the bot: MicrosoftAppTenantId or assistant.teams.allowed-tenants");
        }
        if (!"https".equalsIgnoreCase(loginAuthority.getScheme())) {
            throw new IllegalArgumentException("assistant.teams.login-authority must be an https URL, not " + loginAuthority);
        }
    }

    /** True when credentials are configured: inbound tokens are then checked and replies carry a token. */
    public boolean authenticated() {
        return !appId.isEmpty();
    }

    /** The tenants allowed in: the app's own tenant and the configured list. */
    public Set<String> tenantsAllowed() {
        return tenantsAllowed(allowedTenants, appTenantId);
    }

    private static Set<String> tenantsAllowed(List<String> allowedTenants, String appTenantId) {
        Set<String> tenants = new LinkedHashSet<>(allowedTenants);
        if (!appTenantId.isEmpty()) {
            tenants.add(appTenantId);
        }
        return Set.copyOf(tenants);
    }

    /** The tenant outbound tokens are requested from: the app's tenant, or the Bot Framework's for multi-tenant apps. */
    public String tokenTenant() {
        return appTenantId.isEmpty() ? "botframework.com" : appTenantId;
    }

    @Override
    public String toString() {
        // The secret never reaches a log.
        return "TeamsProperties[appId=" + appId + ", appTenantId=" + appTenantId + ", appType=" + appType
                + ", allowedTenants=" + allowedTenants + ", authenticated=" + authenticated() + "]";
    }

    /**
     * @param maxRequestSize    bodies larger than this are refused before parsing (413)
     * @param maxMessageLength  longer messages get a polite refusal instead of an answer
     * @param maxReplySize      replies are trimmed to stay under this (Teams refuses messages over about 80 KB)
     * @param turnBudget        work on one turn is cut off after this, well inside Teams' 15 s retry window
     * @param typingDelay       a typing indicator is shown when a turn takes longer than this
     * @param duplicateWindow   a retried activity (same id) within this window is handled once
     * @param maxAttachmentSize attached files larger than this are not downloaded
     */
    public record Limits(
            @DefaultValue("1MB") DataSize maxRequestSize,
            @DefaultValue("20000") int maxMessageLength,
            @DefaultValue("76KB") DataSize maxReplySize,
            @DefaultValue("10s") Duration turnBudget,
            @DefaultValue("700ms") Duration typingDelay,
            @DefaultValue("15m") Duration duplicateWindow,
            @DefaultValue("4MB") DataSize maxAttachmentSize) {

        public Limits {
            if (maxMessageLength < 1) {
                throw new IllegalArgumentException("assistant.teams.limits.max-message-length must be positive");
            }
            if (turnBudget.compareTo(Duration.ofSeconds(14)) > 0) {
                throw new IllegalArgumentException("assistant.teams.limits.turn-budget must stay under Teams' 15 s window");
            }
        }
    }

    /** @param file an append-only JSON-lines file, one vote per line, for content owners to review */
    public record Feedback(@DefaultValue("data/feedback.jsonl") Path file) {}
}
