package org.practiceassistant.channel;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Plays the Bot Framework channel's part in tests: publishes a signing key as a JWKS (with the
 * {@code endorsements} the SDK checks against the channel id) and signs tokens like the ones Teams sends.
 */
final class SignedTokens {

    static final String ISSUER = "https://api.botframework.com";
    static final String KEY_ID = "test-key-1";

    private final KeyPair published = newKeyPair();
    private final KeyPair unpublished = newKeyPair();

    /** The JWKS document: one RSA key, endorsed for the given channels. */
    String jwks(String... channels) {
        RSAPublicKey key = (RSAPublicKey) published.getPublic();
        StringBuilder endorsements = new StringBuilder();
        for (String channel : channels) {
            endorsements.append(endorsements.isEmpty() ? "" : ",").append('"').append(channel).append('"');
        }
        return """
                {"keys":[{"kty":"RSA","use":"sig","kid":"%s","n":"%s","e":"%s","endorsements":[%s]}]}"""
                .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()), endorsements);
    }

    static String openIdConfiguration(String jwksUri) {
        return """
                {"issuer":"%s","authorization_endpoint":"https://invalid.example","jwks_uri":"%s",
                 "id_token_signing_alg_values_supported":["RS256"],"token_endpoint_auth_methods_supported":["private_key_jwt"]}"""
                .formatted(ISSUER, jwksUri);
    }

    /** A token as the channel would send it for this bot and service URL, valid for an hour. */
    String valid(String appId, String serviceUrl) {
        return sign(published, ISSUER, appId, serviceUrl, Instant.now().plusSeconds(3600));
    }

    String signedWithUnpublishedKey(String appId, String serviceUrl) {
        return sign(unpublished, ISSUER, appId, serviceUrl, Instant.now().plusSeconds(3600));
    }

    String withIssuer(String issuer, String appId, String serviceUrl) {
        return sign(published, issuer, appId, serviceUrl, Instant.now().plusSeconds(3600));
    }

    /** Expired well beyond the SDK's five minutes of allowed clock skew. */
    String expired(String appId, String serviceUrl) {
        return sign(published, ISSUER, appId, serviceUrl, Instant.now().minusSeconds(3600));
    }

    /** Signed with the published key, right in every way but one: it never expires. */
    String withoutExpiry(String appId, String serviceUrl) {
        return JWT.create().withKeyId(KEY_ID).withIssuer(ISSUER).withAudience(appId).withClaim("serviceurl", serviceUrl)
                .withIssuedAt(Date.from(Instant.now().minusSeconds(60)))
                .sign(Algorithm.RSA256((RSAPublicKey) published.getPublic(), (RSAPrivateKey) published.getPrivate()));
    }

    private static String sign(KeyPair keys, String issuer, String audience, String serviceUrl, Instant expires) {
        return JWT.create()
                .withKeyId(KEY_ID)
                .withIssuer(issuer)
                .withAudience(audience)
                .withClaim("serviceurl", serviceUrl)
                .withIssuedAt(Date.from(expires.minusSeconds(7200)))
                .withNotBefore(Date.from(expires.minusSeconds(7200)))
                .withExpiresAt(Date.from(expires))
                .sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
