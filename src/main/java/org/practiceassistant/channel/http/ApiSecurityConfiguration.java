package org.practiceassistant.channel.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.practiceassistant.channel.TeamsProperties;
import org.practiceassistant.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may reach what. The Bot Framework endpoint checks its own tokens (the SDK, against the channel's
 * keys), the chat page and the operations endpoints are public; the HTTP API depends on the mode:
 * <ul>
 *   <li>anonymous (no bot credentials, a developer's machine): open, to callers on the loopback only;</li>
 *   <li>with credentials: closed unless {@code assistant.api.enabled}, and then only with an Entra ID
 *       bearer token of the bot's tenant ({@link ApiAccessProperties}).</li>
 * </ul>
 * Every refusal is a problem body. No sessions, no cookies, so no CSRF to defend against.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiAccessProperties.class)
class ApiSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ApiSecurityConfiguration.class);

    private static final String[] API = {"/api/ask", "/api/check", "/api/ask/**", "/api/check/**"};
    /**
     * The chat page loads its own script and the bundled card renderer from this server and talks only to
     * it; the card renderer sets inline styles. Nobody may frame it.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    static final String NO_TOKEN = "The HTTP API needs a Microsoft Entra ID bearer token issued for it by the bot's tenant.";
    static final String SWITCHED_OFF = "The HTTP API is switched off on this deployment; use the assistant in Microsoft Teams.";
    static final String LOOPBACK_ONLY = "Without bot credentials the HTTP API answers only on this machine (the loopback).";

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, TeamsProperties teams, ApiAccessProperties api) throws Exception {
        boolean tokensRequired = teams.authenticated() && api.enabled();
        http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .anonymous(anonymous -> {})
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)))
                .exceptionHandling(errors -> errors
                        // Without credentials no token could help a caller off the loopback: 403, not 401.
                        .authenticationEntryPoint((request, response, e) -> Problems.write(response,
                                teams.authenticated() ? HttpStatus.UNAUTHORIZED : HttpStatus.FORBIDDEN,
                                tokensRequired ? NO_TOKEN : teams.authenticated() ? SWITCHED_OFF : LOOPBACK_ONLY))
                        .accessDeniedHandler((request, response, e) -> Problems.write(response, HttpStatus.FORBIDDEN,
                                teams.authenticated() ? SWITCHED_OFF : LOOPBACK_ONLY)));
        if (!teams.authenticated()) {
            log.info("HTTP API: anonymous mode, open to loopback callers only");
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers("/api/**").access((auth, context) -> new AuthorizationDecision(fromLoopback(context.getRequest())))
                    .anyRequest().permitAll());
        } else if (tokensRequired) {
            String tenant = teams.tokenTenant();
            String issuer = api.issuerFor(teams.loginAuthority(), tenant);
            List<String> audiences = api.audiencesFor(teams.appId());
            log.info("HTTP API: Entra ID bearer tokens required (issuer {}, audiences {})", issuer, audiences);
            NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(api.jwkSetUriFor(teams.loginAuthority(), tenant)).build();
            decoder.setJwtValidator(validator(issuer, audiences));
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers(API).authenticated()
                            .anyRequest().permitAll())
                    .oauth2ResourceServer(resource -> resource
                            .jwt(jwt -> jwt.decoder(decoder))
                            .authenticationEntryPoint((request, response, e) -> Problems.write(response, HttpStatus.UNAUTHORIZED, NO_TOKEN)));
        } else {
            log.info("HTTP API: switched off (bot credentials set, assistant.api.enabled=false)");
            http.authorizeHttpRequests(requests -> requests
                    .requestMatchers(API).denyAll()
                    .anyRequest().permitAll());
        }
        return http.build();
    }

    /** The tenant's issuer, one of our audiences, a time window, and an expiry: a token that never expires is refused. */
    static OAuth2TokenValidator<Jwt> validator(String issuer, List<String> audiences) {
        return new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(issuer),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.stream().anyMatch(audiences::contains)),
                new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull));
    }

    static boolean fromLoopback(HttpServletRequest request) {
        try {
            // getRemoteAddr is a literal address: no name lookup happens here.
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
