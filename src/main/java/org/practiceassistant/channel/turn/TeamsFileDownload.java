package org.practiceassistant.channel.turn;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.practiceassistant.channel.AttachmentProperties;
import org.practiceassistant.conversation.UserInput;

/**
 * Fetches a file a user attached in a Teams personal chat. Teams gives the bot a short-lived,
 * pre-authorised download URL on the tenant's SharePoint; no token is needed.
 *
 * <p>An activity can name any URL, so: only hosts on the allow-list ({@link AttachmentProperties}), over
 * https (plain http for the loopback only, for local tests), redirects followed by hand and only to
 * allowed hosts, the size capped while reading (and before, from the declared length), the whole
 * download inside one time limit. What the user is told never describes the target (no status, no
 * error type): a stranger learns nothing about hosts the bot can see.
 */
public final class TeamsFileDownload {

    /** The file could not be fetched; {@link #reason()} is a fixed code for the log, the message is for the user. */
    static final class FileUnavailable extends RuntimeException {
        private final String reason;

        FileUnavailable(String reason, String userMessage) {
            super(userMessage);
            this.reason = reason;
        }

        String reason() {
            return reason;
        }
    }

    public static final String NOT_FETCHED = "I couldn't open that file. Please attach it again, or paste the text into the message.";

    private static final int CHUNK = 64 * 1024;

    private final HttpClient http;
    private final long maxBytes;
    private final Set<String> hosts;
    private final AttachmentProperties properties;

    public TeamsFileDownload(long maxBytes, AttachmentProperties properties) {
        this.maxBytes = maxBytes;
        this.properties = properties;
        this.hosts = properties.hosts();
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Whether any host is allowed: without one, attached files cannot be read on this deployment. */
    public boolean enabled() {
        return !hosts.isEmpty();
    }

    UserInput.Document fetch(Attachment attachment, String text, Duration timeLeft) {
        JsonNode content = Serialization.objectToTree(attachment.getContent());
        URI uri = allowed(content.path("downloadUrl").asText(""));
        Duration limit = timeLeft.compareTo(properties.timeout()) < 0 ? timeLeft : properties.timeout();
        Instant deadline = Instant.now().plus(limit);
        byte[] bytes = download(uri, deadline);
        String name = attachment.getName() == null ? "attachment" : attachment.getName();
        return new UserInput.Document(name, content.path("fileType").asText(""), bytes, text);
    }

    private byte[] download(URI first, Instant deadline) {
        URI uri = first;
        for (int redirects = 0; ; redirects++) {
            HttpResponse<InputStream> response = send(uri, deadline);
            int status = response.statusCode();
            if (status >= 300 && status < 400 && response.headers().firstValue("Location").isPresent()) {
                close(response.body());
                if (redirects >= properties.maxRedirects()) {
                    throw unavailable("too-many-redirects");
                }
                URI next;
                try {
                    next = uri.resolve(response.headers().firstValue("Location").get());
                } catch (IllegalArgumentException e) {
                    throw unavailable("bad-redirect");
                }
                uri = allowed(next.toString());
                continue;
            }
            if (status != 200) {
                close(response.body());
                throw unavailable("status");
            }
            if (response.headers().firstValueAsLong("Content-Length").orElse(-1) > maxBytes) {
                close(response.body());
                throw tooLarge();
            }
            return read(response.body(), deadline);
        }
    }

    private HttpResponse<InputStream> send(URI uri, Instant deadline) {
        Duration left = Duration.between(Instant.now(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw unavailable("timeout");
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(left).GET().build();
        CompletableFuture<HttpResponse<InputStream>> response = http.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try {
            return response.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            response.cancel(true);
            throw unavailable("timeout");
        } catch (ExecutionException e) {
            throw unavailable("io");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable("interrupted");
        }
    }

    /** Reads at most {@code maxBytes}; a body still arriving at the deadline is cut off by closing it. */
    private byte[] read(InputStream body, Instant deadline) {
        long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        CompletableFuture<Void> cutOff = CompletableFuture.runAsync(() -> close(body),
                CompletableFuture.delayedExecutor(left, TimeUnit.MILLISECONDS));
        try (body) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[CHUNK];
            for (int n; (n = body.read(buffer)) >= 0; ) {
                out.write(buffer, 0, n);
                if (out.size() > maxBytes) {
                    throw tooLarge();
                }
                if (Instant.now().isAfter(deadline)) {
                    throw unavailable("timeout");
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw unavailable(Instant.now().isAfter(deadline) ? "timeout" : "io");
        } finally {
            cutOff.cancel(false);
        }
    }

    /** The URL if its host is allowed and its scheme fits; otherwise refused without a request. */
    private URI allowed(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (Exception e) {
            throw unavailable("bad-url");
        }
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null || !hosts.contains(host)) {
            throw unavailable("host-not-allowed");
        }
        boolean secure = scheme.equals("https") || (scheme.equals("http") && isLoopbackName(host));
        if (!secure) {
            throw unavailable("scheme-not-allowed");
        }
        return uri;
    }

    private static boolean isLoopbackName(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    private FileUnavailable tooLarge() {
        return new FileUnavailable("too-large", "That file is larger than " + (maxBytes / (1024 * 1024))
                + " MB, more than I can read. Please paste the text into the message instead.");
    }

    private static FileUnavailable unavailable(String reason) {
        return new FileUnavailable(reason, NOT_FETCHED);
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException ignored) {
            // Closing only frees the connection; nothing to report.
        }
    }
}
