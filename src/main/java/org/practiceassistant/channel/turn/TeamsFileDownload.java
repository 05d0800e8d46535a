package org.practiceassistant.channel.turn;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.practiceassistant.conversation.UserInput;

/**
 * Fetches a file a user attached in a Teams personal chat. Teams gives the bot a short-lived,
 * pre-authorised download URL in the attachment's content; no token is needed.
 */
public final class TeamsFileDownload {

    /** The file could not be fetched; the message never includes the file's name or content. */
    static final class FileUnavailable extends RuntimeException {
        FileUnavailable(String reason) {
            super(reason);
        }
    }

    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final long maxBytes;

    public TeamsFileDownload(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    UserInput.Document fetch(Attachment attachment, String text) {
        JsonNode content = Serialization.objectToTree(attachment.getContent());
        String url = content.path("downloadUrl").asText("");
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new FileUnavailable("the attachment has no valid download URL");
        }
        if (!"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
            throw new FileUnavailable("the attachment has no valid download URL");
        }
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new FileUnavailable("the download answered " + response.statusCode());
                }
                byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (bytes.length > maxBytes) {
                    throw new FileUnavailable("the file is larger than " + maxBytes + " bytes");
                }
                String name = attachment.getName() == null ? "attachment" : attachment.getName();
                return new UserInput.Document(name, content.path("fileType").asText(""), bytes, text);
            }
        } catch (IOException e) {
            throw new FileUnavailable("the download failed (" + e.getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FileUnavailable("the download was interrupted");
        }
    }
}
