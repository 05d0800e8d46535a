package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceassistant.channel.turn.UserMessageReader;
import org.practiceassistant.channel.turn.PracticeBot;
import org.practiceassistant.channel.turn.TeamsFileDownload;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Activities a stranger or a broken client sends, through the real controller, adapter and bot (anonymous
 * mode): each gets a correct answer (a 4xx with a problem body, or a reply that helps), never a 5xx or an
 * apology, and nothing is fetched that a check did not ask for. WireMock plays the connector, the tenant's
 * SharePoint ({@code localhost}, allowed) and a host that is not allowed ({@code 127.0.0.1}, the same
 * server under another name).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "assistant.attachments.allowed-hosts=localhost", "assistant.rate-limit.enabled=false"})
@ExtendWith(OutputCaptureExtension.class)
class HostileActivitiesTest extends ConversationTest {

    @RegisterExtension
    static WireMockExtension peers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Override
    String connectorUrl() {
        return peers.baseUrl();
    }

    @BeforeEach
    void stubThePeers() {
        ChannelPeers.connector(peers);
        peers.stubFor(get(anyUrl()).willReturn(aResponse().withStatus(404)));
    }

    @Test
    void nullEntitiesAttachmentsAndMembersAreIgnoredNotAnApology() {
        assertAnswered(message("what is a fire drill?").set("entities", Arrays.asList(null, Map.of("type", "clientInfo"))));
        assertAnswered(message("what is a fire drill?").set("attachments", Arrays.asList((Object) null)));
        TestActivities update = TestActivities.of("conversationUpdate", serviceUrl, conversation)
                .set("membersAdded", Arrays.asList(null, Map.of("id", "29:user-1")));
        assertThat(bot.post(update.json()).statusCode()).isEqualTo(200);
        assertThat(textsSentTo(update)).noneMatch(text -> text.contains("went wrong"));
    }

    @Test
    void activityTypesAreReadInAnyCase() {
        assertAnswered(message("what is a fire drill?").set("type", "Message"));
        assertAnswered(message("what is a fire drill?").set("type", "MESSAGE"));
    }

    @Test
    void aLoneSurrogateIsAnsweredNotAnApology() {
        assertAnswered(message("what is a fire drill? \ud83d"));
        assertAnswered(message("\udc00"));
    }

    @Test
    void anActionExecuteInvokeGetsAnInvokeResponse() {
        TestActivities invoke = TestActivities.of("invoke", serviceUrl, conversation).set("name", "adaptiveCard/action")
                .set("value", Map.of("action", Map.of("type", "Action.Execute", "verb", "x", "data", Map.of())));

        HttpResponse<String> response = bot.post(invoke.json());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(BotEndpoint.json(response.body()).path("statusCode").asInt()).isEqualTo(200);
        assertThat(response.body()).contains(PracticeBot.CARD_ACTION_NOT_USED);
        assertThat(textsSentTo(invoke)).noneMatch(text -> text.contains("went wrong"));
    }

    @Test
    void anInvokeNobodyHandlesIs400NotTheSdks501() {
        TestActivities invoke = TestActivities.of("invoke", serviceUrl, conversation).set("name", "task/fetch");

        assertProblem(bot.post(invoke.json()), 400, "invoke");
    }

    @Test
    void anotherChannelOrAServiceUrlOffThisMachineIs400AndNothingIsSent() {
        assertProblem(bot.post(message("hi").set("channelId", "slack").json()), 400, "channel");
        TestActivities elsewhere = TestActivities.message("hi", "http://169.254.169.254/latest/", conversation);
        assertProblem(bot.post(elsewhere.json()), 400, "loopback");
        assertThat(peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")))).isEmpty();
    }

    @Test
    void aHugeIdIsRefusedAndNeverLogged(CapturedOutput output) {
        String id = "Jane-Doe-" + "x".repeat(300_000);

        assertProblem(bot.post(message("hi").set("id", id).json()), 400, "id");
        assertThat(output.getAll()).doesNotContain("Jane-Doe").doesNotContain("xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx");
        assertThat(output.getAll().lines()).allMatch(line -> line.length() < 20_000);
    }

    @Test
    void aFileWithAMessageThatIsNotACheckIsNotFetched() {
        List<String> texts = send(attachment("hello", peers.baseUrl() + "/files/plan.docx"));

        assertThat(texts).containsExactly(PracticeBot.FILE_NOT_FOR_CHECK);
        assertThat(peers.findAll(getRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aFileOnAHostNotAllowedIsNotFetchedAndTheReplyDoesNotDescribeIt() {
        String notAllowed = "http://127.0.0.1:" + peers.getPort() + "/files/plan.docx";

        List<String> texts = send(attachment("check", notAllowed));

        assertThat(texts).containsExactly(TeamsFileDownload.NOT_FETCHED);
        assertThat(peers.findAll(getRequestedFor(anyUrl()))).isEmpty();
    }

    @Test
    void aRedirectOffTheAllowListIsNotFollowed() {
        peers.stubFor(get(urlPathEqualTo("/files/moved.docx")).willReturn(aResponse().withStatus(302)
                .withHeader("Location", "http://127.0.0.1:" + peers.getPort() + "/internal/secret")));

        List<String> texts = send(attachment("check", peers.baseUrl() + "/files/moved.docx"));

        assertThat(texts).containsExactly(TeamsFileDownload.NOT_FETCHED);
        assertThat(peers.findAll(getRequestedFor(urlPathEqualTo("/internal/secret")))).isEmpty();
    }

    @Test
    void whatADownloadAnsweredIsNotToldToTheSender() {
        List<String> texts = send(attachment("check", peers.baseUrl() + "/files/missing.docx"));

        assertThat(texts).containsExactly(TeamsFileDownload.NOT_FETCHED);
        assertThat(String.join(" ", texts)).doesNotContain("404").doesNotContain("Exception");
    }

    @Test
    void aFileBiggerThanTheLimitIsCutOffWhileStreaming() {
        peers.stubFor(get(urlPathEqualTo("/files/huge.docx")).willReturn(aResponse().withStatus(200)
                .withBody(new byte[5 * 1024 * 1024]).withChunkedDribbleDelay(50, 500)));

        List<String> texts = send(attachment("check", peers.baseUrl() + "/files/huge.docx"));

        assertThat(texts).singleElement().satisfies(text -> assertThat(text).contains("larger than 4 MB"));
    }

    @Test
    void aHangingConnectorCannotHoldATurnPastTheDeadline() {
        peers.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse().withStatus(200)
                .withFixedDelay(20_000).withBody("{\"id\":\"late\"}")));
        long started = System.nanoTime();

        HttpResponse<String> response = bot.post(message("what is a fire drill?").json());

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(response.statusCode()).isLessThan(500);
        assertThat(took).isLessThan(Duration.ofSeconds(13));
    }

    private TestActivities message(String text) {
        return TestActivities.message(text, serviceUrl, conversation);
    }

    private TestActivities attachment(String text, String downloadUrl) {
        return message(text).set("attachments", List.of(Map.of("contentType", UserMessageReader.TEAMS_FILE, "name", "plan.docx",
                "content", Map.of("downloadUrl", downloadUrl, "uniqueId", UUID.randomUUID().toString(), "fileType", "docx"))));
    }

    private List<String> send(TestActivities activity) {
        HttpResponse<String> response = bot.post(activity.json());
        assertThat(response.statusCode()).isEqualTo(200);
        return textsSentTo(activity);
    }

    private void assertAnswered(TestActivities activity) {
        List<String> texts = send(activity);
        assertThat(texts).isNotEmpty().noneMatch(text -> text.contains("went wrong"));
    }

    private List<String> textsSentTo(TestActivities activity) {
        return peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities/.*")))
                .stream().map(request -> BotEndpoint.json(request.getBodyAsString()))
                .filter(reply -> reply.path("replyToId").asText().equals(activity.id()) && reply.path("type").asText().equals("message"))
                .map(reply -> reply.path("text").asText() + reply.path("attachments").toString()).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailMentions) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        JsonNode problem = BotEndpoint.json(response.body());
        assertThat(problem.path("detail").asText()).contains(detailMentions);
    }
}
