package org.practiceassistant.channel;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Starts the packaged application the way the README says ({@code java -jar target/*.jar}), with
 * credentials in the Bot Framework's conventional environment variables, and holds a conversation over
 * several turns with signed tokens. This is the test that shows the fat-jar class-loader trap: in the
 * packaged jar the SDK's worker threads could not see Jackson's java.time module, so saving conversation
 * state failed (see {@link SdkThreadsClassLoaderFix}); on the flat test class path all is visible.
 */
class PackagedApplicationIT {

    static final String APP_ID = "99999999-8888-7777-6666-555555555555";
    static final String OUTBOUND_TOKEN = "packaged-outbound-token";

    static WireMockServer peers;
    static Process application;
    static Path log;
    static BotEndpoint bot;
    static String serviceUrl;
    static final SignedTokens channel = new SignedTokens();

    @BeforeAll
    static void startPackagedApplication() throws Exception {
        peers = new WireMockServer(wireMockConfig().dynamicPort().dynamicHttpsPort()
                .keystorePath(TestTls.keystore().toString()).keystoreType("PKCS12")
                .keystorePassword(TestTls.PASSWORD).keyManagerPassword(TestTls.PASSWORD));
        peers.start();
        String http = "http://localhost:" + peers.port();
        serviceUrl = http + "/";
        ChannelPeers.openIdAndKeys(peers, http, channel);
        ChannelPeers.tokenEndpoint(peers, TestActivities.TENANT, OUTBOUND_TOKEN);
        ChannelPeers.connector(peers);

        int port = freePort();
        log = Path.of("target", "packaged-application.log").toAbsolutePath();
        String java = ProcessHandle.current().info().command().orElseThrow();
        // The README's command, plus a trust store for the stand-in login authority's self-signed
        // certificate (a real deployment trusts Microsoft's public certificates already).
        ProcessBuilder command = new ProcessBuilder(java,
                "-Djavax.net.ssl.trustStore=" + TestTls.truststore(),
                "-Djavax.net.ssl.trustStorePassword=" + TestTls.PASSWORD,
                "-Djavax.net.ssl.trustStoreType=PKCS12",
                "-jar", packagedJar().toString(), "--server.port=" + port)
                .redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = command.environment();
        env.put("MicrosoftAppId", APP_ID);
        env.put("MicrosoftAppPassword", "packaged-secret");
        env.put("MicrosoftAppTenantId", TestActivities.TENANT);
        env.put("MicrosoftAppType", "SingleTenant");
        env.put("BotOpenIdMetadata", http + ChannelPeers.OPENID_PATH);
        env.put("ASSISTANT_TEAMS_LOGINAUTHORITY", "https://localhost:" + peers.httpsPort());
        env.put("ASSISTANT_TEAMS_FEEDBACK_FILE", Path.of("target", "feedback-packaged.jsonl").toAbsolutePath().toString());
        application = command.start();
        bot = new BotEndpoint(port);
        awaitHealthy(port);
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (application != null) {
            application.destroy();
            if (!application.waitFor(Duration.ofSeconds(20).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                application.destroyForcibly();
            }
        }
        if (peers != null) {
            peers.stop();
        }
    }

    @Test
    void holdsConversationStateAcrossSignedTurnsInThePackagedJar() throws IOException {
        String conversation = "a:packaged-" + UUID.randomUUID();
        String token = channel.valid(APP_ID, serviceUrl);

        TestActivities install = TestActivities.of("installationUpdate", serviceUrl, conversation).set("action", "add");
        assertThat(onlyReply(install, token).toString()).contains("Hello");

        // "check" with nothing to check starts a flow: the state written now must be read on the next turn.
        assertThat(onlyReply(TestActivities.message("check", serviceUrl, conversation), token).path("text").asText())
                .startsWith("Paste the danger statement");
        String sentinel = "Zebediah Quillfeather";
        JsonNode report = onlyReply(TestActivities.message("Danger statement: " + sentinel + " hits his son Sam when he "
                + "drinks, and Sam could be badly hurt.", serviceUrl, conversation), token);
        assertThat(report.path("attachments").path(0).path("content").toString()).contains("Danger statement check");

        TestActivities joined = TestActivities.of("conversationUpdate", serviceUrl, conversation)
                .set("membersAdded", List.of(Map.of("id", "29:user-1")));
        assertThat(bot.post(joined.json(), token).statusCode()).isEqualTo(200);
        assertThat(repliesTo(joined)).as("no second welcome; the log says:%n%s", tail()).isEmpty();

        JsonNode answer = onlyReply(TestActivities.message(AnonymousConversationTest.FIRE_DRILL, serviceUrl, conversation), token);
        assertThat(answer.path("attachments").path(0).path("content").toString())
                .contains("creatively rehearse the plan").contains("Source: Practice handbook");

        assertThat(peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*"))))
                .allSatisfy(reply -> assertThat(reply.getHeader("Authorization")).isEqualTo("Bearer " + OUTBOUND_TOKEN));
        assertThat(bot.post(TestActivities.message("hi", serviceUrl, conversation).json()).statusCode()).isEqualTo(401);
        String logged = Files.readString(log);
        assertThat(logged).doesNotContain("not supported by default").doesNotContain("turn failed")
                .doesNotContain("Quillfeather");
    }

    private static JsonNode onlyReply(TestActivities activity, String token) {
        assertThat(bot.post(activity.json(), token).statusCode()).isEqualTo(200);
        List<JsonNode> replies = repliesTo(activity);
        assertThat(replies).as("one reply to %s; the log says:%n%s", activity.id(), tail()).hasSize(1);
        return replies.getFirst();
    }

    private static List<JsonNode> repliesTo(TestActivities activity) {
        List<JsonNode> replies = new ArrayList<>();
        peers.findAll(postRequestedFor(urlPathMatching("/v3/conversations/.*/activities/" + activity.id())))
                .forEach(request -> replies.add(BotEndpoint.json(request.getBodyAsString())));
        return replies.stream().filter(reply -> !reply.path("type").asText().equals("typing")).toList();
    }

    private static Path packagedJar() throws IOException {
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "*.jar")) {
            for (Path jar : jars) {
                if (!jar.getFileName().toString().endsWith("-plain.jar")) {
                    return jar.toAbsolutePath();
                }
            }
        }
        throw new IllegalStateException("no packaged jar in target/: run ./mvnw package first");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void awaitHealthy(int port) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            if (!application.isAlive()) {
                throw new IllegalStateException("the application exited with " + application.exitValue() + ":\n" + tail());
            }
            try {
                if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application did not become healthy:\n" + tail());
    }

    private static String tail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
