package org.practiceassistant.system;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole conversation full of a sentinel name, run against the packaged application: questions, a guided
 * mapping, a check, a malformed request, an over-long message and {@code forget}. The name must appear in
 * no log line (the application's whole console output, our own packages at DEBUG), in no metric and in no
 * health detail, and the application ships nothing that could export a trace.
 */
class CaseDataNeverLeaksIT {

    private static final String FIRST = "Zebedee";
    private static final String LAST = "Quarrington";
    private static final String NAME = FIRST + " " + LAST;

    static WireMockServer connector;
    static PackagedApp app;
    static String questionActivityId;

    @BeforeAll
    static void runAConversationFullOfCaseData() throws Exception {
        connector = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        connector.start();
        connector.stubFor(post(urlPathMatching("/v3/conversations/.*")).willReturn(
            aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody("{\"id\":\"reply\"}")));
        app = PackagedApp.jarApp().property("logging.level.org.practiceassistant", "debug").start();

        try (BotClient bot = new BotClient(app.uri("/api/messages"), connector.baseUrl())) {
            var conversation = BotClient.Conversation.newOne();
            var question = bot.message(conversation, "What should I do when " + NAME + "'s father drinks?", false);
            questionActivityId = question.get("id").asText();
            assertThat(bot.post(question).statusCode()).isEqualTo(200);

            for (String turn : List.of("draft", NAME, "child protection", NAME + " is 4 years old",
                    NAME + "'s father hits him when he has been drinking, leaving bruises on his arms",
                    "Social workers are worried that " + NAME + " will be hurt again",
                    "cancel",
                    "check Social workers are worried that " + NAME + "'s father will hit him when he drinks "
                        + "and he will be badly hurt. We need " + NAME + " to be safe within 3 months.")) {
                bot.say(conversation, turn);
            }
            var malformed = bot.message(conversation, "x", false).toString().replace("\"text\":\"x\"",
                "\"text\":\"" + NAME + " broken json");
            assertThat(postRaw(malformed)).isEqualTo(400);
            // Over the message limit (a polite refusal) and over the request limit (a 413 problem).
            bot.post(bot.message(conversation, (NAME + " was seen with bruises. ").repeat(200), false));
            bot.post(bot.message(conversation, (NAME + " was seen with bruises. ").repeat(20_000), false));
            bot.say(conversation, "forget");
        }
    }

    private static int postRaw(String body) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(HttpRequest.newBuilder(app.uri("/api/messages"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
        if (connector != null) {
            connector.stop();
        }
    }

    private static List<String> mentioning(List<String> lines) {
        List<String> found = new ArrayList<>();
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.contains(FIRST.toLowerCase(Locale.ROOT)) || lower.contains(LAST.toLowerCase(Locale.ROOT))) {
                found.add(line);
            }
        }
        return found;
    }

    @Test
    void theNameIsInNoLogLine() {
        List<String> log = app.outputLines();
        assertThat(log).as("the turns were logged (by id), so the capture works")
            .anyMatch(line -> line.contains(questionActivityId));
        assertThat(log).as("structured JSON, one object per line").anyMatch(line -> line.startsWith("{\"@timestamp\""));
        assertThat(mentioning(log)).isEmpty();
    }

    @Test
    void theNameIsInNoMetric() throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            for (String path : List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/health",
                    "/actuator/health/readiness", "/actuator/info")) {
                String body = client.send(HttpRequest.newBuilder(app.uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
                assertThat(mentioning(List.of(body))).as(path).isEmpty();
            }
            String scrape = client.send(HttpRequest.newBuilder(app.uri("/actuator/prometheus")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
            assertThat(scrape).as("the conversation was counted").contains("assistant_turns_seconds_count");
        }
    }

    @Test
    void nothingCanExportATrace() throws Exception {
        try (JarFile jar = new JarFile(PackagedApp.jar().toFile())) {
            List<String> tracing = Collections.list(jar.entries()).stream().map(e -> e.getName())
                .filter(name -> name.startsWith("BOOT-INF/lib/"))
                .filter(name -> name.matches(".*(tracing|opentelemetry|zipkin|brave|applicationinsights).*"))
                .toList();
            assertThat(tracing).as("no tracer or trace exporter is packaged").isEmpty();
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            assertThat(client.send(HttpRequest.newBuilder(app.uri("/actuator/httpexchanges")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(404);
        }
    }
}
