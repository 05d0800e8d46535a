package org.practiceassistant.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.bot.connector.authentication.AuthenticationConstants;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.channel.http.AuthorityAppCredentials;
import org.practiceassistant.channel.state.ConversationRecord;
import org.springframework.boot.context.properties.bind.Binder;
import java.util.Map;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.util.unit.DataSize;

class TeamsPropertiesTest {

    private static final URI LOGIN = URI.create("https://login.microsoftonline.com");

    @Test
    void defaultsAreAnonymousWithSafeLimits() {
        TeamsProperties settings = Binder.get(new StandardEnvironment())
                .bindOrCreate("assistant.teams", TeamsProperties.class);

        assertThat(settings.authenticated()).isFalse();
        assertThat(settings.limits().turnBudget()).isLessThan(Duration.ofSeconds(15));
        assertThat(settings.limits().maxReplySize()).isLessThan(DataSize.ofKilobytes(80));
    }

    @Test
    void credentialsNeedTheirTenantAndTheSecretIsNeverPrinted() {
        assertThatThrownBy(() -> settings("app", "secret", "", "SingleTenant", List.of()))
                .hasMessageContaining("MicrosoftAppTenantId");
        assertThatThrownBy(() -> settings("app", "", "", "MultiTenant", List.of()))
                .hasMessageContaining("MicrosoftAppPassword");
        assertThatThrownBy(() -> settings("app", "secret", "", "MultiTenant", List.of()))
                .hasMessageContaining("allowed-tenants");
        assertThatThrownBy(() -> settings("app", "secret", "t", "UserAssignedMSI", List.of()))
                .hasMessageContaining("SingleTenant or MultiTenant");

        TeamsProperties single = settings("app", "secret", "tenant-a", "SingleTenant", List.of("tenant-b"));
        assertThat(single.tenantsAllowed()).containsExactlyInAnyOrder("tenant-a", "tenant-b");
        assertThat(single.tokenTenant()).isEqualTo("tenant-a");
        assertThat(single.toString()).doesNotContain("secret");
        assertThat(settings("app", "secret", "", "MultiTenant", List.of("tenant-b")).tokenTenant())
                .isEqualTo(AuthenticationConstants.DEFAULT_CHANNEL_AUTH_TENANT);
    }

    @Test
    void theBotFrameworksConventionalNamesReachTheSettingsThroughApplicationYaml() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("env-like", Map.of(
                "MicrosoftAppId", "app-1", "MicrosoftAppPassword", "pw", "MicrosoftAppTenantId", "tenant-1",
                "MicrosoftAppType", "SingleTenant", "BotOpenIdMetadata", "http://localhost:1/openid")));
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yaml"))
                .forEach(environment.getPropertySources()::addLast);

        TeamsProperties settings = Binder.get(environment).bindOrCreate("assistant.teams", TeamsProperties.class);

        assertThat(settings.appId()).isEqualTo("app-1");
        assertThat(settings.appPassword()).isEqualTo("pw");
        assertThat(settings.tenantsAllowed()).containsExactly("tenant-1");
        assertThat(settings.openIdMetadata()).isEqualTo("http://localhost:1/openid");
        assertThat(settings.authenticated()).isTrue();
    }

    @Test
    void outboundTokensComeFromTheTenantsAuthority() {
        var credentials = new AuthorityAppCredentials("app", "pw", "tenant-a", LOGIN, "https://api.botframework.com/.default");
        assertThat(credentials.oAuthEndpoint()).isEqualTo("https://login.microsoftonline.com/tenant-a");

        var multiTenant = new AuthorityAppCredentials("app", "pw", "botframework.com", URI.create("https://localhost:8443/"), null);
        assertThat(multiTenant.oAuthEndpoint()).isEqualTo("https://localhost:8443/botframework.com");
    }

    @Test
    void anIdleFlowExpiresButTheWelcomeIsRemembered() {
        Instant then = Instant.parse("2026-11-22T00:00:00Z");
        ConversationRecord record = ConversationRecord.fresh(then).welcomedNow().inFlow("draft", "state", then);

        assertThat(record.expireIdleFlow(then.plus(Duration.ofHours(1)), Duration.ofHours(8)).activeFeature()).isEqualTo("draft");
        ConversationRecord expired = record.expireIdleFlow(then.plus(Duration.ofHours(9)), Duration.ofHours(8));
        assertThat(expired.activeFeature()).isNull();
        assertThat(expired.welcomed()).isTrue();
        assertThat(record.toString()).doesNotContain("state");
    }

    private static TeamsProperties settings(String id, String password, String tenant, String type, List<String> allowed) {
        return new TeamsProperties(id, password, tenant, type, allowed, "", LOGIN,
                new TeamsProperties.Limits(DataSize.ofMegabytes(1), 20_000, DataSize.ofKilobytes(76), Duration.ofSeconds(10),
                        Duration.ofMillis(700), Duration.ofMinutes(15), DataSize.ofMegabytes(4)),
                new TeamsProperties.Feedback(java.nio.file.Path.of("x")));
    }
}
