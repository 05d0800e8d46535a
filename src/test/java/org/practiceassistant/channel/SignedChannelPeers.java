package org.practiceassistant.channel;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

/**
 * The Bot Framework's authentication side for a packaged application started from another package (the
 * load benchmark): OpenID metadata and signing keys for inbound tokens, and the tenant's token endpoint
 * for outbound ones (on HTTPS, as msal4j insists), all served by one WireMock server.
 */
public final class SignedChannelPeers {

    public static final String APP_ID = "99999999-8888-7777-6666-555555555555";
    private static final String OUTBOUND_TOKEN = "load-outbound-token";

    private final SignedTokens channel = new SignedTokens();
    private final WireMockServer server;
    private final String tenant;

    /** Serves the peers on {@code server}, which must have been built with {@link #withHttps}. */
    public SignedChannelPeers(WireMockServer server, String tenant) {
        this.server = server;
        this.tenant = tenant;
        ChannelPeers.openIdAndKeys(server, server.baseUrl(), channel);
        ChannelPeers.tokenEndpoint(server, tenant, OUTBOUND_TOKEN);
    }

    /**
     * Adds the HTTPS port (self-signed certificate) the stand-in login authority needs: the default port
     * 443 when it is free, as for Microsoft's login host. msal4j's token cache misses for an authority
     * with an explicit port (measured: one token request per reply instead of one per hour), so any other
     * port measures a test artifact; {@link #tokensCached()} says which it was.
     */
    public static WireMockConfiguration withHttps(WireMockConfiguration options) {
        return options.httpsPort(defaultHttpsPortIsFree() ? 443 : 0).keystorePath(TestTls.keystore().toString()).keystoreType("PKCS12")
                .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD);
    }

    /** The Bot Framework's conventional settings for a single-tenant bot using these peers. */
    public Map<String, String> environment() {
        return Map.of(
                "MicrosoftAppId", APP_ID,
                "MicrosoftAppPassword", "load-secret",
                "MicrosoftAppTenantId", tenant,
                "MicrosoftAppType", "SingleTenant",
                "BotOpenIdMetadata", server.baseUrl() + ChannelPeers.OPENID_PATH,
                "ASSISTANT_TEAMS_LOGINAUTHORITY", server.httpsPort() == 443 ? "https://localhost" : "https://localhost:" + server.httpsPort());
    }

    /** Whether the application can keep its outbound token between replies (see {@link #withHttps}). */
    public boolean tokensCached() {
        return server.httpsPort() == 443;
    }

    private static boolean defaultHttpsPortIsFree() {
        try (ServerSocket socket = new ServerSocket(443)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** JVM options so the application trusts the stand-in login authority's certificate. */
    public List<String> jvmOptions() {
        return List.of("-Djavax.net.ssl.trustStore=" + TestTls.truststore(),
                "-Djavax.net.ssl.trustStorePassword=" + TestTls.PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12");
    }

    /** A token as the channel would send it with activities for {@code serviceUrl}, valid for an hour. */
    public String token(String serviceUrl) {
        return channel.valid(APP_ID, serviceUrl);
    }
}
