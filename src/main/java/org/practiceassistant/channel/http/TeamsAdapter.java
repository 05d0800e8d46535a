package org.practiceassistant.channel.http;

import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.practiceassistant.channel.TeamsProperties;
import org.practiceassistant.channel.turn.TurnErrorReply;

/**
 * The SDK's HTTP adapter, configured from {@link TeamsProperties} instead of string-keyed properties, with
 * outbound tokens from the configured tenant's authority ({@link AuthorityAppCredentials}).
 */
public final class TeamsAdapter extends BotFrameworkHttpAdapter {

    private final TeamsProperties settings;
    private final ConnectorClients connectors;

    public TeamsAdapter(TeamsProperties settings, List<Middleware> middleware, TurnErrorReply onError, ConnectorClients connectors) {
        super(new SimpleCredentialProvider(
                settings.authenticated() ? settings.appId() : null,
                settings.authenticated() ? settings.appPassword() : null),
                new SimpleChannelProvider());
        this.settings = settings;
        this.connectors = connectors;
        if (!settings.openIdMetadata().isEmpty()) {
            // Static in the SDK: the last adapter built wins, which is fine with one adapter per process.
            ChannelValidation.setOpenIdMetaDataUrl(settings.openIdMetadata());
        }
        middleware.forEach(this::use);
        setOnTurnError(onError::reply);
    }

    @Override
    protected CompletableFuture<AppCredentials> buildAppCredentials(String appId, String scope) {
        return CompletableFuture.completedFuture(new AuthorityAppCredentials(
                appId, settings.appPassword(), settings.tokenTenant(), settings.loginAuthority(), scope));
    }

    /** Replies go through our connector clients, which retry 429, 5xx and time-outs (see {@link ConnectorClients}). */
    @Override
    protected CompletableFuture<ConnectorClient> getOrCreateConnectorClient(String serviceUrl, AppCredentials credentials) {
        try {
            return CompletableFuture.completedFuture(connectors.forServiceUrl(new URI(serviceUrl).toURL().toString(), credentials));
        } catch (URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Invalid service URL", e));
        }
    }
}
