package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.junit.Stubbing;

/** The Bot Framework's side of a conversation, served by WireMock: connector, OpenID metadata and keys, token endpoint. */
final class ChannelPeers {

    static final String OPENID_PATH = "/v1/.well-known/openidconfiguration";

    private ChannelPeers() {}

    /** The connector accepts every reply. */
    static void connector(Stubbing server) {
        server.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody("{\"id\":\"reply-1\"}")));
    }

    /** OpenID metadata at {@link #OPENID_PATH} and the channel's signing keys beside it. */
    static void openIdAndKeys(Stubbing server, String httpBaseUrl, SignedTokens channel) {
        server.stubFor(get(urlPathEqualTo(OPENID_PATH)).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody(SignedTokens.openIdConfiguration(httpBaseUrl + "/v1/.well-known/keys"))));
        server.stubFor(get(urlPathEqualTo("/v1/.well-known/keys")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json").withBody(channel.jwks(TestActivities.CHANNEL))));
    }

    /** The tenant's token endpoint hands out {@code token}. */
    static void tokenEndpoint(Stubbing server, String tenant, String token) {
        server.stubFor(post(urlPathEqualTo("/" + tenant + "/oauth2/v2.0/token")).willReturn(aResponse()
                .withHeader("Content-Type", "application/json")
                .withBody("{\"token_type\":\"Bearer\",\"expires_in\":3600,\"access_token\":\"" + token + "\"}")));
    }
}
