package org.practiceassistant.channel.state;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.practiceassistant.PracticeAssistantApplication;
import org.practiceassistant.system.BotClient;
import org.practiceassistant.system.CollectingFeature;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Application instances sharing one Blob Storage container (Azurite). Two answers of one conversation
 * arriving at the same moment on two instances: a feature that waits for both turns to have read the
 * state makes the overlap certain rather than likely; one answer is saved, the other user is told, in
 * plain words, to send it again; nothing is lost silently. And {@code forget} erases the conversation
 * from the shared store at once.
 */
class SharedBlobStateTest {

    /** Both turns must have read the conversation before either may answer. */
    static final CyclicBarrier BOTH_TURNS_READ = new CyclicBarrier(2);

    @Configuration(proxyBeanMethods = false)
    static class WithCollectingFeature {
        @Bean
        CollectingFeature collectingFeature() {
            return new CollectingFeature(() -> {
                try {
                    BOTH_TURNS_READ.await(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();

    private BotClient startInstance(String container) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(PracticeAssistantApplication.class,
                WithCollectingFeature.class)
            // Arguments, not default properties: they must win over application.yaml (port 3978).
            .run("--server.port=0", "--server.address=127.0.0.1",
                "--assistant.state.store=blob",
                "--assistant.state.blob.connection-string=" + Azurite.shared().connectionString(),
                "--assistant.state.blob.container=" + container,
                "--assistant.teams.limits.turn-budget=12s");
        instances.add(context);
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        return new BotClient(java.net.URI.create("http://127.0.0.1:" + port + "/api/messages"), "http://127.0.0.1:9/unused");
    }

    @AfterEach
    void stopInstances() {
        instances.forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void twoAnswersAtOnceOnTwoInstancesKeepOneAndAskForTheOtherAgain() throws Exception {
        String container = "state-" + UUID.randomUUID();
        BotClient first = startInstance(container);
        BotClient second = startInstance(container);
        var conversation = BotClient.Conversation.newOne();
        first.say(conversation, "collect");

        String replyA;
        String replyB;
        try (ExecutorService both = Executors.newFixedThreadPool(2)) {
            Future<List<JsonNode>> a = both.submit(() -> first.say(conversation, "together: answer A"));
            Future<List<JsonNode>> b = both.submit(() -> second.say(conversation, "together: answer B"));
            replyA = BotClient.textOf(a.get(30, TimeUnit.SECONDS));
            replyB = BotClient.textOf(b.get(30, TimeUnit.SECONDS));
        }

        assertThat(List.of(replyA, replyB)).as("one turn saved, the other detected the conflict")
            .anyMatch(reply -> reply.contains("Noted answer 1."))
            .anyMatch(reply -> reply.contains("Two of your messages reached me at the same moment"));
        assertThat(BotClient.textOf(second.say(conversation, "how many"))).contains("Answers kept: 1");

        String resent = replyA.contains("Noted") ? "answer B again" : "answer A again";
        assertThat(BotClient.textOf(first.say(conversation, resent))).contains("Noted answer 2.");
        assertThat(BotClient.textOf(second.say(conversation, "how many"))).contains("Answers kept: 2");
    }

    @Test
    void forgetErasesTheConversationAndUserFromTheSharedStoreAtOnce() throws Exception {
        String container = "state-" + UUID.randomUUID();
        BotClient instance = startInstance(container);
        var conversation = BotClient.Conversation.newOne();
        instance.say(conversation, "collect");
        instance.say(conversation, "an answer with case detail");
        var blobs = StateStoreConfiguration.containerClient(
            new StateStoreProperties.Blob(Azurite.shared().connectionString(), container, java.time.Duration.ofSeconds(5), 1));
        assertThat(blobs.listBlobs().stream().map(b -> b.getName()).toList())
            .anyMatch(name -> name.contains(java.net.URLEncoder.encode(conversation.id(), java.nio.charset.StandardCharsets.UTF_8)));

        instance.say(conversation, "forget");

        assertThat(blobs.listBlobs().stream().map(b -> b.getName()).toList()).isEmpty();
    }
}
