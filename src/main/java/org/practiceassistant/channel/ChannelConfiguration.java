package org.practiceassistant.channel;

import com.microsoft.bot.builder.Bot;
import com.microsoft.bot.builder.MemoryStorage;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.Storage;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.practiceassistant.ask.AskService;
import org.practiceassistant.channel.cards.ReplySizeLimit;
import org.practiceassistant.channel.http.ConnectorClients;
import org.practiceassistant.channel.http.SdkThreadsClassLoaderFix;
import org.practiceassistant.channel.http.TeamsAdapter;
import org.practiceassistant.channel.http.TenantAllowList;
import org.practiceassistant.channel.state.ConversationStore;
import org.practiceassistant.channel.state.FeedbackLog;
import org.practiceassistant.channel.turn.DuplicateActivityFilter;
import org.practiceassistant.channel.turn.UserMessageReader;
import org.practiceassistant.channel.turn.PracticeBot;
import org.practiceassistant.channel.turn.Router;
import org.practiceassistant.channel.turn.TeamsFileDownload;
import org.practiceassistant.channel.turn.TeamsFileOffer;
import org.practiceassistant.channel.turn.TurnBudget;
import org.practiceassistant.channel.turn.TurnDeadlines;
import org.practiceassistant.channel.turn.TurnErrorReply;
import org.practiceassistant.channel.turn.TurnMetricsMiddleware;
import org.practiceassistant.channel.turn.TypingIndicator;
import org.practiceassistant.channel.turn.UserRateLimitMiddleware;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.ConversationProperties;
import org.practiceassistant.system.connector.ConnectorRetryInterceptor;
import org.practiceassistant.system.connector.ConnectorRetryProperties;
import org.practiceassistant.system.metrics.AssistantMetrics.HeldInMemory;
import org.practiceassistant.system.metrics.AssistantMetrics;
import org.practiceassistant.system.ratelimit.RateLimitProperties;
import org.practiceassistant.system.ratelimit.UserRateLimiter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/** Wires the Teams channel: the SDK adapter, state, the bot and its helpers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({TeamsProperties.class, ConversationProperties.class, ConnectorRetryProperties.class,
        RateLimitProperties.class, AttachmentProperties.class, TurnProperties.class, InboundProperties.class,
        FeedbackProperties.class})
class ChannelConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ChannelConfiguration.class);

    /**
     * Where conversation and user state live. The one place to change it: a bean of type {@link Storage}
     * marked {@code @Primary} elsewhere replaces this one. A replacement must round-trip values the way
     * {@link MemoryStorage} does (Jackson with default typing), because feature state is stored as its
     * own record type.
     */
    @Bean
    Storage conversationStorage() {
        return new MemoryStorage();
    }

    @Bean
    ConversationStore conversationStore(Storage storage) {
        return new ConversationStore(storage);
    }

    @Bean
    FeedbackLog feedbackLog(TeamsProperties settings, FeedbackProperties properties) {
        return new FeedbackLog(settings.feedback().file(), properties, Clock.systemUTC());
    }

    @Bean
    TurnDeadlines turnDeadlines(TurnProperties turn) {
        return new TurnDeadlines(turn, Clock.systemUTC());
    }

    @Bean(destroyMethod = "close")
    TurnBudget turnBudget(TeamsProperties settings) {
        return new TurnBudget(settings.limits().turnBudget());
    }

    @Bean(destroyMethod = "close")
    TypingIndicator typingIndicator(TeamsProperties settings) {
        return new TypingIndicator(settings.limits().typingDelay());
    }

    @Bean
    TeamsAdapter teamsAdapter(TeamsProperties settings, AssistantMetrics metrics, UserRateLimiter rateLimiter,
            ConnectorRetryProperties connectorRetry, TurnDeadlines deadlines) {
        SdkThreadsClassLoaderFix.installAndVerify();
        List<Middleware> middleware = new ArrayList<>();
        // Ops: every turn timed and counted; a user over the rate limit is refused before anything else.
        middleware.add(new TurnMetricsMiddleware(metrics));
        middleware.add(new UserRateLimitMiddleware(rateLimiter));
        if (settings.authenticated()) {
            middleware.add(new TenantAllowList(settings.tenantsAllowed()));
            log.info("Teams channel: authenticated as app {} ({}, token tenant {}); tenants allowed: {}",
                    settings.appId(), settings.appType(), settings.tokenTenant(), settings.tenantsAllowed());
        } else {
            log.warn("Teams channel: ANONYMOUS mode (no MicrosoftAppId/MicrosoftAppPassword): requests to "
                    + "/api/messages are not authenticated. Use only on a developer machine.");
        }
        DuplicateActivityFilter duplicates = new DuplicateActivityFilter(settings.limits().duplicateWindow());
        middleware.add(duplicates);
        metrics.watchSize(HeldInMemory.RECENT_ACTIVITIES, duplicates, DuplicateActivityFilter::size);
        metrics.watchSize(HeldInMemory.RATE_LIMITED_USERS, rateLimiter, UserRateLimiter::trackedUsers);
        return new TeamsAdapter(settings, middleware, new TurnErrorReply(deadlines),
                new ConnectorClients(new ConnectorRetryInterceptor(connectorRetry, metrics, deadlines), connectorRetry));
    }

    /** Lazy: built just after start-up, with the drafting coach, or by the first message if it comes sooner (BotBuiltAfterStartup). */
    @Bean
    @Lazy
    Bot practiceBot(ConversationStore conversations, ObjectProvider<AskService> ask,
            ObjectProvider<ConversationFeature<?>> features, FeedbackLog feedback, TurnBudget budget,
            TypingIndicator typing, TeamsProperties settings, ConversationProperties conversation, AssistantMetrics metrics,
            AttachmentProperties attachments, TurnDeadlines deadlines, TeamsFileOffer fileOffer) {
        Router router = new Router(features.orderedStream().toList(), settings.limits().maxMessageLength());
        TeamsFileDownload files = new TeamsFileDownload(settings.limits().maxAttachmentSize().toBytes(), attachments);
        if (!files.enabled()) {
            log.warn("Attached files: no host allowed (assistant.attachments.tenant-name / allowed-hosts), so none is fetched");
        }
        return new PracticeBot(conversations, router, ask, feedback, new UserMessageReader(files), budget, typing,
                new ReplySizeLimit(settings.limits().maxReplySize().toBytes()), conversation.idleTimeout(), Clock.systemUTC(),
                metrics, deadlines, fileOffer);
    }

    /** Documents the bot offers in Teams are held here until the user accepts or declines them. */
    @Bean
    @Lazy
    TeamsFileOffer teamsFileOffer(TeamsProperties settings, AttachmentProperties attachments) {
        return new TeamsFileOffer(settings.authenticated(), attachments);
    }
}
