package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.practiceassistant.channel.turn.TeamsFileOffer;
import org.practiceassistant.draft.TwoWorryMapping;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The Child and Family Plan reaching a Teams personal chat the way Teams lets a bot send a file: a consent
 * card, the bytes PUT to the upload URL on accept, then a file info card. Through the real controller and
 * SDK adapter with credentials; WireMock plays the channel's token peers, the connector, and the user's
 * OneDrive (localhost is on the attachment host allow-list; 127.0.0.1 is not).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"assistant.rate-limit.enabled=false", "assistant.attachments.allowed-hosts=localhost"})
@ExtendWith(OutputCaptureExtension.class)
class TeamsFileConsentConversationTest extends ConversationTest {

    static {
        TestTls.trustInThisJvm();
    }

    @RegisterExtension
    static WireMockExtension peers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .dynamicHttpsPort().keystorePath(TestTls.keystore().toString()).keystoreType("PKCS12")
            .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD)).build();

    static final SignedTokens channel = new SignedTokens();

    @Autowired
    TeamsFileOffer offers;

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.teams.app-id", () -> AuthenticatedConversationTest.APP_ID);
        registry.add("assistant.teams.app-password", () -> AuthenticatedConversationTest.APP_SECRET);
        registry.add("assistant.teams.app-tenant-id", () -> TestActivities.TENANT);
        registry.add("assistant.teams.app-type", () -> "SingleTenant");
        registry.add("assistant.teams.open-id-metadata", () -> peers.getRuntimeInfo().getHttpBaseUrl() + ChannelPeers.OPENID_PATH);
        registry.add("assistant.teams.login-authority", () -> "https://localhost:" + peers.getRuntimeInfo().getHttpsPort());
    }

    @Override
    String connectorUrl() {
        return peers.getRuntimeInfo().getHttpBaseUrl();
    }

    @BeforeEach
    void stubThePeers() {
        ChannelPeers.openIdAndKeys(peers, peers.getRuntimeInfo().getHttpBaseUrl(), channel);
        ChannelPeers.tokenEndpoint(peers, TestActivities.TENANT, AuthenticatedConversationTest.OUTBOUND_TOKEN);
        ChannelPeers.connector(peers);
        peers.stubFor(put(urlPathMatching("/onedrive/.*")).willReturn(aResponse().withStatus(201)));
    }

    @Test
    void acceptingTheConsentCardUploadsTheWordDocumentAndSendsAFileInfoCard(CapturedOutput output) throws Exception {
        JsonNode consent = consentCardForThePlanSoFar();
        assertThat(consent.path("name").asText()).isEqualTo("child-and-family-plan.docx");
        JsonNode card = consent.path("content");
        assertThat(card.path("sizeInBytes").asLong()).isPositive();
        assertThat(card.path("description").asText()).isNotBlank();
        assertThat(card.path("acceptContext").path("consentId").asText()).isNotBlank();
        assertThat(offers.heldCount()).isPositive();

        String uploadUrl = peers.getRuntimeInfo().getHttpBaseUrl() + "/onedrive/upload-session-1";
        TestActivities accept = answer("accept", card.path("acceptContext"), uploadUrl);
        HttpResponse<String> response = post(accept);

        assertThat(response.statusCode()).isEqualTo(200);
        List<LoggedRequest> uploads = peers.findAll(putRequestedFor(urlPathEqualTo("/onedrive/upload-session-1")));
        assertThat(uploads).hasSize(1);
        byte[] docx = uploads.getFirst().getBody();
        assertThat(uploads.getFirst().getHeader("Content-Range")).isEqualTo("bytes 0-" + (docx.length - 1) + "/" + docx.length);
        assertThat((long) docx.length).isEqualTo(card.path("sizeInBytes").asLong());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(new XWPFWordExtractor(document).getText()).contains("Case details")
                    .contains("The social worker and the nursery are worried that if nothing changes, Ella will be hurt");
        }
        JsonNode info = repliesTo(accept).stream().flatMap(r -> r.path("attachments").valueStream())
                .filter(a -> a.path("contentType").asText().equals("application/vnd.microsoft.teams.card.file.info"))
                .findFirst().orElseThrow();
        assertThat(info.path("contentUrl").asText()).isEqualTo("https://contoso-my.sharepoint.com/personal/plan.docx");
        assertThat(info.path("name").asText()).isEqualTo("child-and-family-plan.docx");
        assertThat(info.path("content").path("uniqueId").asText()).isEqualTo("unique-1");
        assertThat(info.path("content").path("fileType").asText()).isEqualTo("docx");
        assertThat(offers.heldCount()).as("removed once uploaded").isZero();
        assertThat(output.getAll()).doesNotContain("Ella will be hurt");

        TestActivities again = answer("accept", card.path("acceptContext"), uploadUrl);
        assertThat(post(again).statusCode()).isEqualTo(200);
        assertThat(texts(again)).contains("no longer hold that document");
        assertThat(peers.findAll(putRequestedFor(urlPathEqualTo("/onedrive/upload-session-1")))).hasSize(1);
    }

    @Test
    void anAcceptFromAnotherConversationGetsNothingAndLeavesTheOfferToItsOwner() {
        JsonNode card = consentCardForThePlanSoFar().path("content");
        String uploadUrl = peers.getRuntimeInfo().getHttpBaseUrl() + "/onedrive/upload-session-2";
        String owner = conversation;

        conversation = owner + "-someone-else";
        TestActivities forged = answer("accept", card.path("acceptContext"), uploadUrl);
        assertThat(post(forged).statusCode()).isEqualTo(200);
        assertThat(texts(forged)).contains("no longer hold that document");
        assertThat(peers.findAll(putRequestedFor(urlPathMatching("/onedrive/.*")))).isEmpty();
        assertThat(offers.heldCount()).as("still held for its owner").isPositive();

        conversation = owner;
        TestActivities accept = answer("accept", card.path("acceptContext"), uploadUrl);
        assertThat(post(accept).statusCode()).isEqualTo(200);
        assertThat(peers.findAll(putRequestedFor(urlPathEqualTo("/onedrive/upload-session-2")))).hasSize(1);
    }

    @Test
    void decliningSaysSoAndUploadsNothing() {
        JsonNode card = consentCardForThePlanSoFar().path("content");

        TestActivities decline = answer("decline", card.path("declineContext"), null);
        assertThat(post(decline).statusCode()).isEqualTo(200);

        assertThat(texts(decline)).contains(TeamsFileOffer.DECLINED.substring(0, 30));
        assertThat(peers.findAll(putRequestedFor(urlPathMatching("/onedrive/.*")))).isEmpty();
        assertThat(offers.heldCount()).isZero();
    }

    @Test
    void anUploadUrlOffTheAllowListIsRefused() {
        JsonNode card = consentCardForThePlanSoFar().path("content");
        String elsewhere = "http://127.0.0.1:" + peers.getRuntimeInfo().getHttpPort() + "/onedrive/elsewhere";

        TestActivities accept = answer("accept", card.path("acceptContext"), elsewhere);
        assertThat(post(accept).statusCode()).isEqualTo(200);

        assertThat(peers.findAll(anyRequestedFor(urlPathMatching("/onedrive/.*")))).isEmpty();
        assertThat(texts(accept)).contains("couldn't save the document").doesNotContain("file.info");
    }

    /** Plays the mapping to the first agreed pair, asks for the plan, and returns the consent card attachment. */
    private JsonNode consentCardForThePlanSoFar() {
        say("draft");
        List<String> answers = TwoWorryMapping.ANSWERS;
        for (int i = 0; i <= 12; i++) {
            say(answers.get(i));
        }
        TestActivities plan = say("plan");
        List<JsonNode> attachments = repliesTo(plan).stream().flatMap(r -> r.path("attachments").valueStream()).toList();
        assertThat(attachments.toString()).as("no inline file in Teams").doesNotContain("data:");
        return attachments.stream()
                .filter(a -> a.path("contentType").asText().equals("application/vnd.microsoft.teams.card.file.consent"))
                .findFirst().orElseThrow(() -> new AssertionError("no consent card in " + attachments));
    }

    private TestActivities answer(String action, JsonNode context, String uploadUrl) {
        Map<String, Object> value = new java.util.LinkedHashMap<>();
        value.put("type", "fileUpload");
        value.put("action", action);
        value.put("context", Map.of("consentId", context.path("consentId").asText()));
        if (uploadUrl != null) {
            value.put("uploadInfo", Map.of("name", "child-and-family-plan.docx", "uploadUrl", uploadUrl,
                    "contentUrl", "https://contoso-my.sharepoint.com/personal/plan.docx", "uniqueId", "unique-1",
                    "fileType", "docx"));
        }
        return TestActivities.of("invoke", serviceUrl, conversation).set("name", "fileConsent/invoke").set("value", value);
    }

    private TestActivities say(String text) {
        TestActivities activity = TestActivities.message(text, serviceUrl, conversation);
        assertThat(post(activity).statusCode()).isEqualTo(200);
        return activity;
    }

    private HttpResponse<String> post(TestActivities activity) {
        return bot.post(activity.json(), channel.valid(AuthenticatedConversationTest.APP_ID, serviceUrl));
    }

    private String texts(TestActivities activity) {
        return repliesTo(activity).stream().map(JsonNode::toString).collect(Collectors.joining("\n"));
    }

    private List<JsonNode> repliesTo(TestActivities activity) {
        var replies = new ArrayList<JsonNode>();
        peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities/" + activity.id())))
                .stream().map(r -> BotEndpoint.json(r.getBodyAsString()))
                .filter(reply -> !reply.path("type").asText().equals("typing"))
                .forEach(replies::add);
        return replies;
    }
}
