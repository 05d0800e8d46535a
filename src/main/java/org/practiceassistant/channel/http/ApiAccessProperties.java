package org.practiceassistant.channel.http;

import java.net.URI;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call the HTTP API ({@code /api/ask}, {@code /api/check}) ({@code assistant.api.*}).
 *
 * <p>Without bot credentials (anonymous, local mode) the API is open to callers on the loopback only. With
 * credentials it is switched off unless {@code enabled}, and then needs a Microsoft Entra ID bearer token
 * issued by the bot's tenant for this API (issuer and audience checked, signature against the tenant's
 * published keys, an expiry required).
 *
 * @param enabled   with credentials, whether the API answers at all (off by default: users come through Teams)
 * @param issuer    the tokens' issuer; blank for the tenant's Entra ID v2.0 issuer,
 *                  {@code <login authority>/<tenant>/v2.0}
 * @param audiences accepted {@code aud} values; empty for the bot's app id and {@code api://<app id>}
 * @param jwkSetUri where the signing keys are published; blank for the tenant's
 *                  {@code <login authority>/<tenant>/discovery/v2.0/keys}
 */
@ConfigurationProperties("assistant.api")
public record ApiAccessProperties(
        @DefaultValue("false") boolean enabled,
        @DefaultValue("") String issuer,
        @DefaultValue List<String> audiences,
        @DefaultValue("") String jwkSetUri) {

    public ApiAccessProperties {
        issuer = issuer.strip();
        jwkSetUri = jwkSetUri.strip();
        audiences = audiences.stream().map(String::strip).filter(a -> !a.isEmpty()).toList();
    }

    String issuerFor(URI loginAuthority, String tenant) {
        return issuer.isEmpty() ? base(loginAuthority) + "/" + tenant + "/v2.0" : issuer;
    }

    String jwkSetUriFor(URI loginAuthority, String tenant) {
        return jwkSetUri.isEmpty() ? base(loginAuthority) + "/" + tenant + "/discovery/v2.0/keys" : jwkSetUri;
    }

    List<String> audiencesFor(String appId) {
        return audiences.isEmpty() ? List.of(appId, "api://" + appId) : audiences;
    }

    private static String base(URI loginAuthority) {
        String text = loginAuthority.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
