package org.practiceassistant.web;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTCreator;
import com.auth0.jwt.algorithms.Algorithm;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.function.UnaryOperator;

/** Plays Microsoft Entra ID in tests: a signing key published as a JWKS, and access tokens signed with it. */
final class EntraTokens {

    static final String KEY_ID = "entra-test-key";

    private final KeyPair published = newKeyPair();
    private final KeyPair unpublished = newKeyPair();
    private final String issuer;
    private final String audience;

    EntraTokens(String issuer, String audience) {
        this.issuer = issuer;
        this.audience = audience;
    }

    String jwks() {
        RSAPublicKey key = (RSAPublicKey) published.getPublic();
        return """
                {"keys":[{"kty":"RSA","use":"sig","kid":"%s","alg":"RS256","n":"%s","e":"%s"}]}"""
                .formatted(KEY_ID, base64Url(key.getModulus()), base64Url(key.getPublicExponent()));
    }

    /** Valid for an hour, for this API, from the tenant. */
    String valid() {
        return sign(published, token -> token);
    }

    String with(UnaryOperator<JWTCreator.Builder> change) {
        return sign(published, change);
    }

    String withoutExpiry() {
        return JWT.create().withKeyId(KEY_ID).withIssuer(issuer).withAudience(audience)
                .withIssuedAt(Date.from(Instant.now().minusSeconds(60)))
                .sign(Algorithm.RSA256((RSAPublicKey) published.getPublic(), (RSAPrivateKey) published.getPrivate()));
    }

    String signedWithUnpublishedKey() {
        return sign(unpublished, token -> token);
    }

    private String sign(KeyPair keys, UnaryOperator<JWTCreator.Builder> change) {
        JWTCreator.Builder token = JWT.create().withKeyId(KEY_ID).withIssuer(issuer).withAudience(audience)
                .withIssuedAt(Date.from(Instant.now().minusSeconds(60)))
                .withNotBefore(Date.from(Instant.now().minusSeconds(60)))
                .withExpiresAt(Date.from(Instant.now().plusSeconds(3600)));
        return change.apply(token).sign(Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate()));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
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
