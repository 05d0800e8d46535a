package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.practiceassistant.system.BotClient;
import org.practiceassistant.system.PackagedApp;

/**
 * The packaged application with its Blob Storage state store gone: users get a plain message, the
 * application stays up, and it carries on by itself once the store is back.
 */
class StateStoreDownIT {

    private static final String QUESTION = "What is a safety goal?";

    @Test
    void usersAreToldPlainlyAndTheApplicationRecoversWhenTheStoreReturns() throws Exception {
        Azurite store = Azurite.start();
        int storePort = store.port();
        String connectionString = store.connectionString();
        try (PackagedApp app = PackagedApp.jarApp()
                .property("assistant.state.store", "blob")
                .property("assistant.state.blob.connection-string", connectionString)
                .property("assistant.state.blob.container", "state-" + UUID.randomUUID())
                .start();
             BotClient bot = new BotClient(app.uri("/api/messages"), "http://127.0.0.1:9/unused")) {
            var conversation = BotClient.Conversation.newOne();
            assertThat(BotClient.textOf(bot.say(conversation, QUESTION))).doesNotContain("can't reach");

            store.close();
            String whileDown = BotClient.textOf(bot.say(conversation, QUESTION));
            assertThat(whileDown).contains("I can't reach the place where I keep our conversation just now");
            try (HttpClient client = HttpClient.newHttpClient()) {
                assertThat(client.send(HttpRequest.newBuilder(app.uri("/actuator/health/liveness")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode()).as("still alive").isEqualTo(200);
            }

            store = Azurite.start(storePort);
            String afterwards = BotClient.textOf(bot.say(conversation, QUESTION));
            assertThat(afterwards).doesNotContain("can't reach").isNotBlank();
        } finally {
            store.close();
        }
    }
}
