package org.practiceassistant.channel.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.connector.ConnectorClient;
import com.microsoft.bot.connector.authentication.AppCredentials;
import com.microsoft.bot.connector.authentication.MicrosoftAppCredentials;
import com.microsoft.bot.connector.rest.RestConnectorClient;
import com.microsoft.bot.restclient.retry.ExponentialBackoffRetryStrategy;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import org.practiceassistant.system.connector.ConnectorRetryInterceptor;
import org.practiceassistant.system.connector.ConnectorRetryProperties;

/**
 * The connector clients replies are sent through, one per service URL and credentials, built like the
 * SDK's own but with our retry policy ({@link ConnectorRetryInterceptor}: 429 with {@code Retry-After},
 * 5xx, time-outs), time-outs that fit Teams' 15 s turn (the SDK waits up to 60 s to connect and 120 s
 * for an answer), the SDK's immediate-retry handler switched off, and more than OkHttp's default five
 * replies in flight to one connector host.
 */
public final class ConnectorClients {

    private static final ExponentialBackoffRetryStrategy NO_SDK_RETRIES = new ExponentialBackoffRetryStrategy(0, 0, 0, 0);

    private final ConnectorRetryInterceptor retry;
    private final ConnectorRetryProperties properties;
    private final Dispatcher dispatcher = new Dispatcher();
    // Bounded: service URLs come from activities; in practice there are a handful per region.
    private final Cache<String, ConnectorClient> clients = Caffeine.newBuilder().maximumSize(1_000).build();

    public ConnectorClients(ConnectorRetryInterceptor retry, ConnectorRetryProperties properties) {
        this.retry = retry;
        this.properties = properties;
        // Room for a few connector hosts (regions) at once.
        dispatcher.setMaxRequests(properties.maxRequestsPerHost() * 4);
        dispatcher.setMaxRequestsPerHost(properties.maxRequestsPerHost());
    }

    ConnectorClient forServiceUrl(String serviceUrl, AppCredentials credentials) {
        AppCredentials effective = credentials != null ? credentials : MicrosoftAppCredentials.empty();
        String key = serviceUrl + '|' + effective.getAppId() + '|' + effective.oAuthScope();
        return clients.get(key, k -> new RestConnectorClient(RestConnectorClient.getDefaultRestClientBuilder(serviceUrl, effective)
            .withInterceptor(retry)
            .withRetryStrategy(NO_SDK_RETRIES)
            .withConnectionTimeout(properties.connectTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .withReadTimeout(properties.readTimeout().toMillis(), TimeUnit.MILLISECONDS)
            .withDispatcher(dispatcher)
            .build()));
    }
}
