package org.practiceassistant.benchmark;

import com.github.tomakehurst.wiremock.extension.Parameters;
import com.github.tomakehurst.wiremock.extension.ServeEventListener;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The moment each turn's first reply reached the connector (WireMock), keyed by the activity it answers:
 * the SDK posts a reply to {@code /v3/conversations/{conversation}/activities/{replyToId}}. Taken before
 * WireMock matches the request, so it is the arrival, not the connector's answer. Typing indicators are
 * counted apart: under saturation the bot sends them for slow turns, which is extra work worth seeing; so
 * are requests to the login authority's token endpoint when the bot runs with credentials.
 */
final class ConnectorArrivals implements ServeEventListener {

    private static final String ACTIVITIES = "/activities/";

    /** The bot's apologies for a turn it could not finish (over its time budget, or failed): errors to a user. */
    private static final List<String> APOLOGIES = List.of("that took me too long", "something went wrong on my side");

    /** When a turn's first reply arrived, and whether it was an apology instead of an answer. */
    record Arrival(long nanos, boolean apology) {}

    private final Map<String, Arrival> firstReplyAt = new ConcurrentHashMap<>();
    private final AtomicLong typingIndicators = new AtomicLong();
    private final AtomicLong tokenRequests = new AtomicLong();

    @Override
    public void beforeMatch(ServeEvent event, Parameters parameters) {
        long now = System.nanoTime();
        String url = event.getRequest().getUrl();
        if (url.contains("/oauth2/")) {
            tokenRequests.incrementAndGet();
            return;
        }
        int at = url.lastIndexOf(ACTIVITIES);
        if (at < 0) {
            return;
        }
        String body = event.getRequest().getBodyAsString();
        if (body.contains("\"type\":\"typing\"")) {
            typingIndicators.incrementAndGet();
            return;
        }
        boolean apology = APOLOGIES.stream().anyMatch(body::contains);
        firstReplyAt.putIfAbsent(url.substring(at + ACTIVITIES.length()), new Arrival(now, apology));
    }

    /** The first reply to {@code activityId} (arrival in System.nanoTime), or null if none came; forgets it. */
    Arrival takeFirstReply(String activityId) {
        return firstReplyAt.remove(activityId);
    }

    long typingIndicators() {
        return typingIndicators.get();
    }

    /** Requests for an outbound token (signed mode): the bot should fetch one and reuse it until it expires. */
    long tokenRequests() {
        return tokenRequests.get();
    }

    @Override
    public boolean applyGlobally() {
        return true;
    }

    @Override
    public String getName() {
        return "connector-arrivals";
    }
}
