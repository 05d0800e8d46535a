package org.practiceassistant.web;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The HTTP API of a bot with credentials and {@code assistant.api.enabled}: only Entra ID tokens of the
 * bot's tenant, for this API, signed with a key the tenant publishes (WireMock serves the JWKS), pass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiWithCredentialsTest {

    static final String APP_ID = "11111111-2222-3333-4444-555555555555";
    static final String TENANT = "tenant-allowed";
    static final String ISSUER = "https://login.microsoftonline.com/" + TENANT + "/v2.0";
    static final String QUESTION = "{\"question\":\"what is a fire drill?\"}";

    @RegisterExtension
    static WireMockExtension entra = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static final EntraTokens tokens = new EntraTokens(ISSUER, "api://" + APP_ID);

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        registry.add("assistant.teams.app-id", () -> APP_ID);
        registry.add("assistant.teams.app-password", () -> "secret");
        registry.add("assistant.teams.app-tenant-id", () -> TENANT);
        registry.add("assistant.api.enabled", () -> "true");
        registry.add("assistant.api.jwk-set-uri", () -> entra.getRuntimeInfo().getHttpBaseUrl() + "/keys");
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void publishTheKeys() {
        entra.stubFor(get(urlPathEqualTo("/keys")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(tokens.jwks())));
    }

    private HttpResponse<String> ask(String token) {
        return Http.postJson("http://localhost:" + port + "/api/ask", QUESTION, token);
    }

    @Test
    void aTokenOfTheTenantForThisApiIsAnswered() {
        HttpResponse<String> response = ask(tokens.valid());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"found\":true");
    }

    @Test
    void theAppIdItselfIsAnAcceptedAudience() {
        assertThat(ask(tokens.with(token -> token.withAudience(APP_ID))).statusCode()).isEqualTo(200);
    }

    @Test
    void noTokenIs401WithAProblemBody() {
        assertRefused(ask(null));
        assertRefused(Http.postJson("http://localhost:" + port + "/api/check", "{\"kind\":\"plan\",\"text\":\"x\"}", null));
    }

    @Test
    void tokensThatAreNotTheTenantsForThisApiAre401() {
        assertRefused(ask(tokens.signedWithUnpublishedKey()));
        assertRefused(ask(tokens.with(token -> token.withIssuer("https://login.microsoftonline.com/another-tenant/v2.0"))));
        assertRefused(ask(tokens.with(token -> token.withAudience("api://another-app"))));
        assertRefused(ask(tokens.with(token -> token.withExpiresAt(Date.from(Instant.now().minusSeconds(3600))))));
        assertRefused(ask("not-a-jwt"));
    }

    @Test
    void aTokenThatNeverExpiresIs401() {
        assertRefused(ask(tokens.withoutExpiry()));
    }

    @Test
    void theBotEndpointKeepsItsOwnTokenCheckAndThePageStaysPublic() {
        HttpResponse<String> messages = Http.postJson("http://localhost:" + port + "/api/messages",
                "{\"type\":\"message\",\"serviceUrl\":\"https://smba.trafficmanager.net/emea/\",\"channelId\":\"msteams\","
                        + "\"conversation\":{\"id\":\"c\"},\"from\":{\"id\":\"u\"}}", tokens.valid());
        assertThat(messages.statusCode()).isEqualTo(401);
        assertThat(messages.body()).contains("bot").doesNotContain("Entra");
        assertThat(Http.get("http://localhost:" + port + "/").statusCode()).isEqualTo(200);
        assertThat(Http.get("http://localhost:" + port + "/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    private static void assertRefused(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body()).contains("Entra ID bearer token").doesNotContain("found");
    }
}
