package org.practiceassistant.system.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/ cannot be run here (no container engine, no Azure): these tests parse the files and check that
 * they are well formed, secure in the ways that matter, and set only settings the application reads.
 */
class DeploymentFilesTest {

    static Dockerfile dockerfile;
    static BicepFile main;
    static BicepFile registry;
    static ApplicationSettings settings;

    @BeforeAll
    static void parse() throws Exception {
        dockerfile = Dockerfile.parse();
        main = new BicepFile(Path.of("deploy", "main.bicep"));
        registry = new BicepFile(Path.of("deploy", "registry.bicep"));
        settings = new ApplicationSettings();
    }

    @Test
    void theDockerfileParsesAndLintsClean() {
        assertThat(dockerfile.problems()).isEmpty();
        assertThat(dockerfile.stages()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theImageRunsAPinnedJre25OrNewerAsANonRootUser() {
        var runtime = dockerfile.runtime();
        // A full version (25.0.3_9), not a moving tag: the ahead-of-time cache works only with the JVM build that wrote it.
        var jre = Pattern.compile("eclipse-temurin:(\\d+)\\.\\d+\\.\\d+_\\d+-jre.*").matcher(runtime.image());
        assertThat(jre.matches()).as(runtime.image()).isTrue();
        assertThat(Integer.parseInt(jre.group(1))).isGreaterThanOrEqualTo(25);
        assertThat(runtime.args("USER")).hasSize(1);
        assertThat(runtime.args("USER").getFirst()).doesNotStartWith("root").doesNotStartWith("0");
    }

    @Test
    void theImageRunsSpringBootsExtractedLayersWithTheKnowledgePack() {
        assertThat(dockerfile.stage("layers").args("RUN"))
            .anyMatch(run -> run.contains("-Djarmode=tools") && run.contains("extract --layers"));
        var runtime = dockerfile.runtime();
        assertThat(runtime.args("COPY")).anyMatch(copy -> copy.contains("extracted/dependencies/"))
            .anyMatch(copy -> copy.contains("extracted/application/"))
            .anyMatch(copy -> copy.startsWith("knowledge/"));
        assertThat(runtime.args("ENTRYPOINT"))
            .containsExactly("[\"java\", \"-XX:AOTCache=application.aot\", \"-jar\", \"application.jar\"]");
    }

    /**
     * The README's faster start is the image's start: the ahead-of-time cache, written in the build by a training start
     * that stops by itself, with no machine code for the builder's processor in it (see the Dockerfile).
     */
    @Test
    void theImageStartsTheFasterWayTheReadmeDocuments() {
        var runtime = dockerfile.runtime();
        assertThat(runtime.args("RUN")).anyMatch(run -> run.startsWith("java -XX:AOTCacheOutput=application.aot")
            && run.contains("-XX:-AOTAdapterCaching") && run.contains("-Dspring.context.exit=onRefresh")
            && run.endsWith("-jar application.jar"));
        assertThat(runtime.args("ENTRYPOINT").getFirst()).contains("-XX:AOTCache=application.aot");
    }

    /** The README's faster start (the ahead-of-time cache) is the one the image uses, and it says so. */
    @Test
    void theReadmeDocumentsTheImagesFasterStart() throws Exception {
        String readme = java.nio.file.Files.readString(java.nio.file.Path.of("README.md"));
        assertThat(readme).contains("-XX:AOTCache=").contains("The container image starts this way");
    }

    /**
     * Ask's passage vectors are written into the image at build time, before the training start (which then reads them as
     * a container does), and the application reads them from there: a new container's temp folder is empty, and
     * embedding every passage again in each would cost a minute of CPU and leave ranking by meaning unready for it.
     */
    @Test
    void theImageCarriesAskPassageVectorsWrittenAtBuildTime() {
        List<String> runs = dockerfile.runtime().args("RUN");
        int vectors = indexOf(runs, run -> run.contains("-Dassistant.ask.semantic.embed-before-ready=true")
            && run.contains("-Dassistant.ask.semantic.cache-dir=/app/vectors") && run.contains("-Dspring.context.exit=onRefresh"));
        int training = indexOf(runs, run -> run.startsWith("java -XX:AOTCacheOutput="));
        assertThat(vectors).as("a start that writes the vectors into /app/vectors").isNotNegative().isLessThan(training);
        assertThat(dockerfile.env()).containsEntry("ASSISTANT_ASK_SEMANTIC_PREBUILTCACHEDIR", "/app/vectors")
            .doesNotContainKey("ASSISTANT_ASK_SEMANTIC_CACHEDIR");
    }

    private static int indexOf(List<String> items, java.util.function.Predicate<String> test) {
        for (int i = 0; i < items.size(); i++) {
            if (test.test(items.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theHealthCheckAsksTheReadinessEndpointOnThePortTheImageExposes() {
        var runtime = dockerfile.runtime();
        assertThat(runtime.args("HEALTHCHECK")).singleElement().asString().contains("/actuator/health/readiness");
        assertThat(runtime.args("EXPOSE")).containsExactly("3978");
        assertThat(dockerfile.env()).containsEntry("SERVER_PORT", "3978");
    }

    @Test
    void theBicepFilesAreWellFormed() {
        assertThat(main.problems).isEmpty();
        assertThat(registry.problems).isEmpty();
        assertThat(main.resourceTypes).anyMatch(t -> t.startsWith("Microsoft.App/containerApps@"))
            .anyMatch(t -> t.startsWith("Microsoft.BotService/botServices@"))
            .anyMatch(t -> t.startsWith("Microsoft.BotService/botServices/channels@"))
            .anyMatch(t -> t.startsWith("Microsoft.Storage/storageAccounts@"));
    }

    @Test
    void theBotIsSingleTenantOnTeamsAndStateIsPrivateAndEncrypted() {
        assertThat(main.text).contains("msaAppType: 'SingleTenant'", "channelName: 'MsTeamsChannel'",
            "allowBlobPublicAccess: false", "supportsHttpsTrafficOnly: true", "minimumTlsVersion: 'TLS1_2'",
            "keySource: 'Microsoft.Storage'");
        assertThat(registry.text).contains("adminUserEnabled: false");
        assertThat(main.text).as("secrets are secret references, never plain values")
            .containsPattern("name: 'MicrosoftAppPassword'\\s+secretRef:")
            .containsPattern("name: 'ASSISTANT_STATE_BLOB_CONNECTION_STRING'\\s+secretRef:");
    }

    @Test
    void everySettingTheDeploymentSetsIsOneTheApplicationReads() {
        List<String> set = new java.util.ArrayList<>(main.containerEnvironmentNames());
        set.addAll(dockerfile.env().keySet());
        assertThat(set).contains("ASSISTANT_STATE_STORE", "MicrosoftAppId");

        assertThat(set).as("names the application does not read (it reads %s)", settings.ours())
            .allMatch(settings::reads);
    }

    /** One root, one suffix, one way of registering; only the Bot Framework's own names stand apart. */
    @Test
    void everySettingOfOursIsUnderAssistantInAPropertiesRecordItsFeatureEnables() {
        assertThat(settings.ours()).filteredOn(name -> name.contains("."))
            .isNotEmpty().allMatch(name -> name.startsWith("assistant."));
        assertThat(settings.ours()).filteredOn(name -> !name.contains("."))
            .allMatch(name -> name.startsWith("Microsoft") || name.startsWith("Bot"));
        assertThat(settings.types()).hasSizeGreaterThanOrEqualTo(8)
            .allMatch(Class::isRecord)
            .allMatch(type -> type.getSimpleName().endsWith("Properties"));
        assertThat(settings.enabled()).containsAll(settings.types());
        assertThat(org.practiceassistant.PracticeAssistantApplication.class.isAnnotationPresent(
            org.springframework.boot.context.properties.ConfigurationPropertiesScan.class))
            .as("registered by each feature's configuration, not scanned").isFalse();
    }

    @Test
    void theSettingsComparisonCanFail() {
        assertThat(settings.reads("ASSISTANT_STATE_BLOB_CONNECTION_STRING")).isTrue();
        assertThat(settings.reads("ASSISTANT_STATE_BLOB_CONECTION_STRING")).isFalse();
        assertThat(settings.reads("MICROSOFT_APP_SECRET")).isFalse();
    }

    @Test
    void theContainerAppProbesTheEndpointsTheApplicationServes() {
        assertThat(main.text).contains("targetPort: 3978", "path: '/actuator/health/readiness'",
            "path: '/actuator/health/liveness'");
    }
}
