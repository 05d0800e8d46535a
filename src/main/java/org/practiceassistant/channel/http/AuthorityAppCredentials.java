package org.practiceassistant.channel.http;

import com.microsoft.aad.msal4j.ClientCredentialFactory;
import com.microsoft.aad.msal4j.ClientCredentialParameters;
import com.microsoft.aad.msal4j.ConfidentialClientApplication;
import com.microsoft.bot.connector.authentication.AuthenticationException;
import com.microsoft.bot.connector.authentication.Authenticator;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.Set;

/**
 * The bot's credentials for outbound replies, with the token requested from a configurable login authority
 * and tenant: single-tenant registrations (the only kind Azure creates now) must use their own tenant's
 * authority, and tests point the authority at a local server. The SDK's own credentials hard-code the
 * public login host.
 */
public final class AuthorityAppCredentials extends MicrosoftAppCredentials {

    private static final String MICROSOFT_LOGIN_HOST = "login.microsoftonline.com";
    private static final int HTTP_TIMEOUT_MILLIS = 5_000;

    private final URI loginAuthority;

    public AuthorityAppCredentials(String appId, String appPassword, String tenant, URI loginAuthority, String scope) {
        super(appId, appPassword, tenant, scope);
        this.loginAuthority = loginAuthority;
    }

    @Override
    public String oAuthEndpoint() {
        String base = loginAuthority.toString().replaceAll("/+$", "");
        return base + "/" + getChannelAuthTenant();
    }

    @Override
    protected Authenticator buildAuthenticator() throws MalformedURLException {
        ConfidentialClientApplication app = ConfidentialClientApplication
                .builder(getAppId(), ClientCredentialFactory.createFromSecret(getAppPassword()))
                .authority(oAuthEndpoint())
                // Instance discovery asks Microsoft's host about the authority; a host of our own choosing
                // (a test server) is not known there, and needs no discovery.
                .instanceDiscovery(MICROSOFT_LOGIN_HOST.equalsIgnoreCase(loginAuthority.getHost()))
                .connectTimeoutForDefaultHttpClient(HTTP_TIMEOUT_MILLIS)
                .readTimeoutForDefaultHttpClient(HTTP_TIMEOUT_MILLIS)
                .build();
        ClientCredentialParameters parameters = ClientCredentialParameters.builder(Set.of(oAuthScope())).build();
        return () -> app.acquireToken(parameters).exceptionally(failure -> {
            throw new AuthenticationException(failure);
        });
    }
}
