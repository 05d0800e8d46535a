package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The bot with real-style credentials: every inbound token is checked against signing keys published by a
 * local OpenID server, replies carry a token fetched from the tenant's login authority, and only allowed
 * tenants get service. WireMock plays the channel's OpenID/JWKS endpoints (http), the Entra login
 * authority (https, as MSAL insists) and the connector that receives replies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(OutputCaptureExtension.class)
class AuthenticatedConversationTest extends ConversationTest {

    static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    static final String APP_SECRET = "test-secret";
    static final String OUTBOUND_TOKEN = "outbound-token-for-replies";

    static {
        TestTls.trustInThisJvm();
    }

    @RegisterExtension
    static WireMockExtension peers = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()
            .dynamicHttpsPort().keystorePath(TestTls.keystore().toString()).keystoreType("PKCS12")
            .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD)).build();

    static final SignedTokens channel = new SignedTokens();

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.teams.app-id", () -> APP_ID);
        registry.add("assistant.teams.app-password", () -> APP_SECRET);
        registry.add("assistant.teams.app-tenant-id", () -> TestActivities.TENANT);
        registry.add("assistant.teams.app-type", () -> "SingleTenant");
        registry.add("assistant.teams.open-id-metadata", () -> peers.getRuntimeInfo().getHttpBaseUrl() + ChannelPeers.OPENID_PATH);
        registry.add("assistant.teams.login-authority", () -> "https://localhost:" + peers.getRuntimeInfo().getHttpsPort());
        registry.add("assistant.teams.feedback.file", () -> "target/feedback-auth-" + UUID.randomUUID() + ".jsonl");
    }

    @Override
    String connectorUrl() {
        return peers.getRuntimeInfo().getHttpBaseUrl();
    }

    @BeforeEach
    void stubThePeers() {
        ChannelPeers.openIdAndKeys(peers, peers.getRuntimeInfo().getHttpBaseUrl(), channel);
        ChannelPeers.tokenEndpoint(peers, TestActivities.TENANT, OUTBOUND_TOKEN);
        ChannelPeers.connector(peers);
    }

    @Test
    void aValidTokenIsAcceptedAndTheReplyCarriesATokenFromTheTenantsAuthority() {
        TestActivities question = TestActivities.message(AnonymousConversationTest.FIRE_DRILL, serviceUrl, conversation);

        HttpResponse<String> response = bot.post(question.json(), channel.valid(APP_ID, serviceUrl));

        assertThat(response.statusCode()).isEqualTo(200);
        List<LoggedRequest> replies = repliesTo(question);
        assertThat(replies).hasSize(1);
        assertThat(replies.getFirst().getHeader("Authorization")).isEqualTo("Bearer " + OUTBOUND_TOKEN);
        assertThat(replies.getFirst().getBodyAsString()).contains("creatively rehearse the plan");
        peers.verify(postRequestedFor(urlPathEqualTo("/" + TestActivities.TENANT + "/oauth2/v2.0/token"))
                .withRequestBody(containing("client_id=" + APP_ID))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("https%3A%2F%2Fapi.botframework.com%2F.default")));
    }

    @Test
    void noAuthorizationHeaderIs401() {
        assertUnauthorized(bot.post(message().json()));
    }

    @Test
    void aMalformedTokenIs401() {
        assertUnauthorized(bot.post(message().json(), "not.a-jwt"));
        assertUnauthorized(bot.post(message().json(), "garbage"));
        assertUnauthorized(bot.postWithAuthorization(message().json(), "Basic dXNlcjpwYXNz"));
    }

    @Test
    void aTokenSignedWithAnotherKeyIs401() {
        assertUnauthorized(bot.post(message().json(), channel.signedWithUnpublishedKey(APP_ID, serviceUrl)));
    }

    @Test
    void aTokenForAnotherBotIs401() {
        assertUnauthorized(bot.post(message().json(), channel.valid("another-bot", serviceUrl)));
    }

    @Test
    void aTokenFromAnotherIssuerIs401() {
        assertUnauthorized(bot.post(message().json(), channel.withIssuer("https://sts.example.com", APP_ID, serviceUrl)));
    }

    @Test
    void anExpiredTokenIs401() {
        assertUnauthorized(bot.post(message().json(), channel.expired(APP_ID, serviceUrl)));
    }

    @Test
    void aTokenThatNeverExpiresIs401() {
        assertUnauthorized(bot.post(message().json(), channel.withoutExpiry(APP_ID, serviceUrl)));
    }

    @Test
    void anUnauthenticatedRequestIsLoggedAsABoundedSummaryWithoutItsIdOrType(CapturedOutput output) {
        String sentinel = "Zebedee-Child-Name";
        TestActivities forged = message().set("id", sentinel + "-" + "y".repeat(200)).set("type", "Message " + sentinel);

        assertUnauthorized(bot.post(forged.json()));
        assertUnauthorized(bot.post(forged.json(), channel.signedWithUnpublishedKey(APP_ID, serviceUrl)));

        assertThat(output.getAll()).contains("activity refused: not authenticated").doesNotContain(sentinel);
    }

    @Test
    void aTokenForAnotherServiceUrlIs401() {
        assertUnauthorized(bot.post(message().json(), channel.valid(APP_ID, "https://smba.trafficmanager.net/emea/")));
    }

    @Test
    void aTenantNotOnTheAllowListGetsNoServiceAndOnlyItsIdIsLogged(CapturedOutput output) {
        TestActivities outsider = message().tenant("tenant-elsewhere");

        HttpResponse<String> response = bot.post(outsider.json(), channel.valid(APP_ID, serviceUrl));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(repliesTo(outsider)).isEmpty();
        assertThat(output.getAll()).contains("from tenant tenant-elsewhere which is not on the allow-list")
                .doesNotContain(AnonymousConversationTest.FIRE_DRILL);
    }

    private TestActivities message() {
        return TestActivities.message(AnonymousConversationTest.FIRE_DRILL, serviceUrl, conversation);
    }

    private void assertUnauthorized(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body()).doesNotContain("Exception");
        assertThat(peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*")))).isEmpty();
    }

    private List<LoggedRequest> repliesTo(TestActivities activity) {
        // Typing indicators (a slow machine shows them) are not replies.
        return peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities/" + activity.id())))
                .stream().filter(request -> !BotEndpoint.json(request.getBodyAsString()).path("type").asText().equals("typing"))
                .toList();
    }
}
