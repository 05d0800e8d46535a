package org.practiceassistant.channel.http;

import com.auth0.jwt.JWT;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.interfaces.DecodedJWT;

/**
 * A check the SDK leaves out: its token validation accepts a signed token with no {@code exp}, which would
 * stay valid for ever once leaked. Read before the SDK verifies the signature; a token that passes here
 * still has to pass all of the SDK's checks.
 */
final class ChannelTokens {

    private static final String BEARER = "Bearer ";

    private ChannelTokens() {}

    /** Whether the Authorization header holds a JWT with an expiry (false for none, or an unreadable one). */
    static boolean expires(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return false;
        }
        try {
            DecodedJWT token = JWT.decode(authorization.substring(BEARER.length()).strip());
            return token.getExpiresAt() != null;
        } catch (JWTDecodeException e) {
            return false;
        }
    }
}
