package org.practiceassistant.channel;

import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.ChannelValidation;
import com.microsoft.bot.connector.authentication.SimpleChannelProvider;
import com.microsoft.bot.connector.authentication.SimpleCredentialProvider;
import com.microsoft.bot.integration.BotFrameworkHttpAdapter;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The SDK's HTTP adapter, configured from {@link TeamsSettings} instead of string-keyed properties, with
 * outbound tokens from the configured tenant's authority ({@link AuthorityAppCredentials}).
 */
final class TeamsAdapter extends BotFrameworkHttpAdapter {

    private final TeamsSettings settings;

    TeamsAdapter(TeamsSettings settings, List<Middleware> middleware, TurnErrorReply onError) {
        super(new SimpleCredentialProvider(
                settings.authenticated() ? settings.appId() : null,
                settings.authenticated() ? settings.appPassword() : null),
                new SimpleChannelProvider());
        this.settings = settings;
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
}
