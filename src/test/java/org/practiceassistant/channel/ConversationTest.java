package org.practiceassistant.channel;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every conversation test against the running application needs: the bot's endpoint, the address
 * of the stand-in Bot Framework connector that replies go to, and a new conversation for each test.
 */
abstract class ConversationTest {

    @LocalServerPort
    int port;

    BotEndpoint bot;
    String serviceUrl;
    String conversation;

    /** The base URL of the WireMock server standing in for the connector. */
    abstract String connectorUrl();

    @BeforeEach
    void startConversation() {
        bot = new BotEndpoint(port);
        serviceUrl = connectorUrl() + "/";
        conversation = "a:" + getClass().getSimpleName() + "-" + UUID.randomUUID();
    }
}
