package org.practiceassistant.channel.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.builder.Middleware;
import com.microsoft.bot.builder.NextDelegate;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Serialization;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.practiceassistant.system.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * With real credentials, only the configured tenants get service. Any Teams tenant can install a bot
 * whose app id it learns, so restricting tenants is the bot's own job. Activities from other tenants (or
 * with no tenant) get no reply at all; the log names the tenant id only.
 */
public final class TenantAllowList implements Middleware {

    private static final Logger log = LoggerFactory.getLogger(TenantAllowList.class);

    private final Set<String> allowed;

    public TenantAllowList(Set<String> allowed) {
        this.allowed = Set.copyOf(allowed);
    }

    @Override
    public CompletableFuture<Void> onTurn(TurnContext turn, NextDelegate next) {
        String tenant = tenantOf(turn.getActivity());
        if (tenant != null && allowed.contains(tenant)) {
            return next.next();
        }
        log.warn("activity {} from tenant {} which is not on the allow-list: no service",
                LogText.id(turn.getActivity().getId()), LogText.id(tenant));
        return CompletableFuture.completedFuture(null);
    }

    /** Teams puts the tenant in channelData.tenant.id; newer activities also carry conversation.tenantId. */
    static String tenantOf(Activity activity) {
        if (activity.getConversation() != null && activity.getConversation().getTenantId() != null
                && !activity.getConversation().getTenantId().isBlank()) {
            return activity.getConversation().getTenantId();
        }
        if (activity.getChannelData() == null) {
            return null;
        }
        JsonNode id = Serialization.objectToTree(activity.getChannelData()).path("tenant").path("id");
        return id.isTextual() && !id.asText().isBlank() ? id.asText() : null;
    }
}
