package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.practiceassistant.channel.cards.WelcomeCard;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One welcome per conversation however the installation and members-added events arrive: the sequence
 * the Microsoft 365 Agents Playground really sends (recorded from it, see
 * {@code src/test/resources/channel/agents-playground-install.jsonl}), in either order, one after the
 * other or at the same moment, and many at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "assistant.rate-limit.enabled=false")
class WelcomeOnceConversationTest extends ConnectorConversationTest {

    /** What the Playground posted when its page opened a personal chat: installationUpdate, then conversationUpdate 14 ms later. */
    static final String RECORDED = "/channel/agents-playground-install.jsonl";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void thePlaygroundsRecordedSequenceArrivingAtOnceWelcomesOnce() throws Exception {
        // Twenty fresh conversations: each pair races as the Playground's did (before the fix, one in two welcomed twice).
        for (int round = 0; round < 20; round++) {
            String id = newConversation();
            postAllAtOnce(recorded(id));
            assertThat(welcomesIn(id)).as("welcomes in round %d", round).isEqualTo(1);
        }
    }

    @Test
    void inEitherOrderOneAfterTheOtherTheSecondEventWelcomesNoMore() throws Exception {
        String installedFirst = newConversation();
        for (String activity : recorded(installedFirst)) {
            assertThat(bot.post(activity).statusCode()).isEqualTo(200);
        }
        String joinedFirst = newConversation();
        for (String activity : recorded(joinedFirst).reversed()) {
            assertThat(bot.post(activity).statusCode()).isEqualTo(200);
        }

        assertThat(welcomesIn(installedFirst)).isEqualTo(1);
        assertThat(welcomesIn(joinedFirst)).isEqualTo(1);
    }

    @Test
    void manyInstallationAndMembersAddedEventsAtOnceWelcomeOnce() throws Exception {
        String id = newConversation();
        List<String> recorded = recorded(id);
        List<String> burst = new ArrayList<>();
        for (int copy = 0; copy < 5; copy++) {
            for (String activity : recorded) {
                burst.add(withNewId(activity));
            }
        }

        postAllAtOnce(burst);

        assertThat(welcomesIn(id)).isEqualTo(1);
    }

    private static String newConversation() {
        return "playground-" + UUID.randomUUID();
    }

    /** The recorded activities, in the order sent, for conversation {@code id}, replying to this test's connector. */
    private List<String> recorded(String id) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(RECORDED)) {
            List<String> activities = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                ObjectNode activity = (ObjectNode) JSON.readTree(line);
                activity.put("serviceUrl", serviceUrl);
                ((ObjectNode) activity.get("conversation")).put("id", id);
                activities.add(withNewId(JSON.writeValueAsString(activity)));
            }
            return activities;
        }
    }

    /** The same activity with a new id: a new event, not a retry of one already handled. */
    private static String withNewId(String activity) {
        ObjectNode copy = (ObjectNode) JSON.readTree(activity);
        copy.put("id", UUID.randomUUID().toString());
        return JSON.writeValueAsString(copy);
    }

    /** Posts every activity from its own thread, all released at the same moment; each must be accepted. */
    private void postAllAtOnce(List<String> activities) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService threads = Executors.newFixedThreadPool(activities.size())) {
            List<CompletableFuture<Integer>> posted = activities.stream().map(activity -> CompletableFuture.supplyAsync(() -> {
                awaitQuietly(start);
                return bot.post(activity).statusCode();
            }, threads)).toList();
            start.countDown();
            for (CompletableFuture<Integer> status : posted) {
                assertThat(status.get()).isEqualTo(200);
            }
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Welcome cards the connector received for conversation {@code id}. */
    private long welcomesIn(String id) {
        return connector.findAll(postRequestedFor(urlPathMatching("/v3/conversations/" + id + "/activities.*"))).stream()
                .map(request -> JSON.readTree(request.getBodyAsString()))
                .filter(reply -> isWelcome(reply))
                .count();
    }

    private static boolean isWelcome(JsonNode reply) {
        String card = reply.path("attachments").path(0).path("content").toString();
        return card.contains("Hello") && card.contains(WelcomeCard.EXAMPLE_QUESTIONS.getFirst());
    }

}
