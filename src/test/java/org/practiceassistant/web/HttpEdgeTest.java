package org.practiceassistant.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The HTTP edge in anonymous (local) mode: bodies over the limit refused before they are read, Tomcat's
 * own refusals as problem bodies, the API only for loopback callers, and the chat page's security headers.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class HttpEdgeTest {

    private static final int OVER_LIMIT = 2 * 1024 * 1024;
    /* Over the 1 MB body limit by 100 kB, well under Tomcat's 2 MB max swallow size. */
    private static final int JUST_OVER_LIMIT = 1024 * 1024 + 100 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void aDeclaredBodyOverOneMegabyteIs413OnEveryEndpoint() throws IOException {
        for (String path : new String[] {"/api/ask", "/api/check", "/api/messages"}) {
            // Only the headers are sent: a body declared too large is refused before a byte of it is read. (Sending
            // the body too raced the server's early answer and close: now and then the client saw a broken pipe.)
            String response = rawRequest("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + (2 * OVER_LIMIT) + "\r\nConnection: close\r\n\r\n", 2_000);

            assertThat(response).as(path).startsWith("HTTP/1.1 413");
            assertThat(response).as(path).containsIgnoringCase("Content-Type: application/problem+json")
                    .contains("larger than").doesNotContain("wrong type");
        }
    }

    @Test
    void aClientThatAsksFirstHears413NotContinue() throws IOException {
        // Expect: 100-continue with a declared length over the limit: the first line back is the refusal, not "100 Continue"
        // (Tomcat's default says "go on" at once, and a big body then meets a closed connection instead of the 413).
        String response = rawRequest("POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Expect: 100-continue\r\nContent-Length: " + (2 * OVER_LIMIT) + "\r\nConnection: close\r\n\r\n", 2_000);

        assertThat(response).startsWith("HTTP/1.1 413").doesNotContain("100 Continue");
    }

    @Test
    void aChunkedBodyOverOneMegabyteIs413() {
        for (String path : new String[] {"/api/ask", "/api/check", "/api/messages"}) {
            // An input stream of unknown length is sent chunked: no Content-Length to refuse up front. Only just over the
            // limit, so that what the server leaves unread is within what Tomcat swallows before it closes: a much larger
            // body races the early 413 against the close (a reset can discard the response before the client reads it).
            HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(30))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(justOverTheLimit()))).build());
            assertTooLarge(path, response);
        }
    }

    @Test
    void headersOverTheLimitGetAProblemBodyNotTomcatsPage() throws IOException {
        String response = rawRequest("GET /api/ask HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(20_000)
                + "\r\nConnection: close\r\n\r\n");

        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":400").doesNotContain("<html").doesNotContain("Tomcat");
    }

    /** Wrong methods, media types, paths and request lines: a 4xx with a problem body, never a 5xx or Tomcat's own page. */
    @Test
    void oddMethodsMediaTypesAndPathsGetAProblemBodyNever5xx() throws IOException {
        java.util.List<String> requests = java.util.List.of(
                "GET /api/check HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "DELETE /api/messages HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "BREW /api/ask HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "POST /api/check HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhi",
                "POST /api/ask HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAccept: application/xml\r\n"
                        + "Content-Length: 16\r\nConnection: close\r\n\r\n{\"question\":\"x\"}",
                "GET /api/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/ask?q=%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "GET /api/ask%00 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n",
                "POST /api/messages HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                        + "Content-Length: 5\r\nConnection: close\r\n\r\n0\r\n\r\n");
        java.util.List<String> faults = new java.util.ArrayList<>();
        for (String request : requests) {
            String response = rawRequest(request);
            String what = request.lines().findFirst().orElseThrow();
            boolean refusedWell = response.matches("(?s)HTTP/1\\.1 4\\d\\d.*")
                    && response.toLowerCase(java.util.Locale.ROOT).contains("content-type: application/problem+json")
                    && !response.contains("<html") && !response.contains("Tomcat") && !response.contains("Exception");
            if (!refusedWell) {
                faults.add(what + " -> " + response.lines().findFirst().orElse("") + " " + response.lines()
                        .filter(line -> line.toLowerCase(java.util.Locale.ROOT).startsWith("content-type")).findFirst().orElse(""));
            }
        }
        assertThat(faults).isEmpty();
    }

    @Test
    void theApiAnswersOnlyLoopbackCallersWithoutCredentials() {
        assertThat(mvc.post().uri("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"what is a fire drill?\"}")
                .with(request -> {
                    request.setRemoteAddr("10.1.2.3");
                    return request;
                }).exchange()).hasStatus(403).bodyText().contains("loopback");
        assertThat(mvc.post().uri("/api/messages").contentType(MediaType.APPLICATION_JSON).content("{}")
                .with(request -> {
                    request.setRemoteAddr("192.168.0.9");
                    return request;
                }).exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/api/ask").contentType(MediaType.APPLICATION_JSON).content("{\"question\":\"what is a fire drill?\"}")
                .exchange()).hasStatusOk();
    }

    @Test
    void theChatPageMayNotBeFramedAndRunsOnlyItsOwnScripts() {
        HttpResponse<String> page = Http.get(url("/"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").contains("frame-ancestors 'none'").contains("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    private static byte[] justOverTheLimit() {
        return ("{\"question\":\"" + "x".repeat(JUST_OVER_LIMIT) + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static void assertTooLarge(String path, HttpResponse<String> response) {
        assertThat(response.statusCode()).as(path).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).as(path)
                .hasValueSatisfying(type -> assertThat(type).contains("problem+json"));
        assertThat(response.body()).as(path).contains("larger than").doesNotContain("wrong type");
    }

    private String rawRequest(String request) throws IOException {
        return rawRequest(request, 10_000);
    }

    /** What the server sends back, until it closes or has sent nothing for {@code quietMillis}. */
    private String rawRequest(String request, int quietMillis) throws IOException {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(quietMillis);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream received = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    received.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // A server that answers and then waits for a body never sent: what it answered is the response.
            }
            return received.toString(StandardCharsets.UTF_8);
        }
    }
}
