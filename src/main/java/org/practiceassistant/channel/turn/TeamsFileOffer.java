package org.practiceassistant.channel.turn;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.microsoft.bot.builder.InvokeResponse;
import com.microsoft.bot.builder.MessageFactory;
import com.microsoft.bot.builder.TurnContext;
import com.microsoft.bot.connector.Channels;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Serialization;
import com.microsoft.bot.schema.teams.FileConsentCard;
import com.microsoft.bot.schema.teams.FileConsentCardResponse;
import com.microsoft.bot.schema.teams.FileInfoCard;
import com.microsoft.bot.schema.teams.FileUploadInfo;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.practiceassistant.channel.AttachmentProperties;
import org.practiceassistant.conversation.Reply;
import org.practiceassistant.system.text.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Teams' own route for a bot sending a file in a personal chat, where a file sent inline is not shown:
 * a file consent card first; on accept, the bytes are PUT to the upload URL Teams gives (the user's
 * OneDrive) and a file info card links to the uploaded file.
 *
 * <p>Between the card and the answer the document is held in memory only, under a random id, for at
 * most ten minutes and removed once uploaded: never written anywhere, never logged. The upload URL must
 * be on the attachment host allow-list ({@link AttachmentProperties}): an invoke can name any URL.
 */
public final class TeamsFileOffer {

    public static final String INVOKE_NAME = "fileConsent/invoke";
    public static final String DECLINED = "OK, I haven't saved the document. Ask for the plan again whenever you want it.";
    public static final String EXPIRED = "I no longer hold that document (I keep it for 10 minutes, and only until it is "
            + "saved). Ask for the plan again to get a fresh copy.";
    public static final String NOT_UPLOADED = "I couldn't save the document to your OneDrive. Please ask for the plan again.";

    private static final Logger log = LoggerFactory.getLogger(TeamsFileOffer.class);
    private static final Duration HELD_FOR = Duration.ofMinutes(10);
    private static final long MAX_HELD_BYTES = 64L * 1024 * 1024;

    /** The bytes, and the conversation they were offered in: only that conversation may accept them. */
    private record Held(String conversationId, String name, byte[] content) {}

    private final boolean enabled;
    private final Set<String> hosts;
    private final Duration timeout;
    private final HttpClient http;
    private final Cache<String, Held> held = Caffeine.newBuilder().expireAfterWrite(HELD_FOR)
            .maximumWeight(MAX_HELD_BYTES).weigher((String id, Held file) -> file.content().length).build();

    /** @param enabled whether the bot runs with credentials: without them Teams cannot be the peer */
    public TeamsFileOffer(boolean enabled, AttachmentProperties attachments) {
        this.enabled = enabled;
        this.hosts = attachments.hosts();
        this.timeout = attachments.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Whether this turn is a Teams chat the consent route serves; the local page and anonymous mode take a data URL. */
    boolean appliesTo(TurnContext turn) {
        return enabled && Channels.MSTEAMS.equals(turn.getActivity().getChannelId());
    }

    /** The consent card for {@code file}, whose bytes are held until the user answers. */
    Activity consentCard(TurnContext turn, Reply.File file) {
        String id = UUID.randomUUID().toString();
        held.put(id, new Held(conversationId(turn), file.name(), file.content()));
        FileConsentCard card = new FileConsentCard();
        card.setDescription(file.caption());
        card.setSizeInBytes(file.content().length);
        card.setAcceptContext(Map.of("consentId", id));
        card.setDeclineContext(Map.of("consentId", id));
        Attachment attachment = new Attachment();
        attachment.setContentType(FileConsentCard.CONTENT_TYPE);
        attachment.setName(file.name());
        attachment.setContent(card);
        Activity activity = MessageFactory.text(file.caption());
        activity.setAttachments(List.of(attachment));
        return activity;
    }

    /** Documents held now, for the memory gauge and tests. */
    public long heldCount() {
        held.cleanUp();
        return held.estimatedSize();
    }

    /** Answers a {@code fileConsent/invoke}: uploads on accept, says so on decline; the invoke gets 200 either way. */
    InvokeResponse answer(TurnContext turn) {
        FileConsentCardResponse response;
        try {
            response = Serialization.safeGetAs(turn.getActivity().getValue(), FileConsentCardResponse.class);
        } catch (Exception e) {
            response = null;
        }
        if (response == null || response.getAction() == null) {
            return new InvokeResponse(HttpURLConnection.HTTP_BAD_REQUEST, null);
        }
        JsonNode context = Serialization.objectToTree(response.getContext());
        String id = context == null ? "" : context.path("consentId").asText("");
        // Removed before anything else: one answer per offer, and nothing kept after it. An answer from another
        // conversation (a forged or replayed consent id) neither gets the document nor uses up the real offer.
        Held offered = id.isEmpty() ? null : held.getIfPresent(id);
        Held file = offered != null && offered.conversationId().equals(conversationId(turn))
                && held.asMap().remove(id, offered) ? offered : null;
        String activityId = LogText.id(turn.getActivity().getId());
        if ("decline".equals(response.getAction())) {
            log.info("activity {} file offer declined", activityId);
            turn.sendActivity(MessageFactory.text(DECLINED)).join();
        } else if (!"accept".equals(response.getAction())) {
            return new InvokeResponse(HttpURLConnection.HTTP_BAD_REQUEST, null);
        } else if (file == null) {
            log.info("activity {} file offer accepted but no longer held", activityId);
            turn.sendActivity(MessageFactory.text(EXPIRED)).join();
        } else {
            String refused = upload(response.getUploadInfo(), file.content());
            if (refused != null) {
                log.info("activity {} file not uploaded: {}", activityId, refused);
                turn.sendActivity(MessageFactory.text(NOT_UPLOADED)).join();
            } else {
                log.info("activity {} file uploaded, {} bytes", activityId, file.content().length);
                turn.sendActivity(fileInfo(response.getUploadInfo(), file.name())).join();
            }
        }
        return new InvokeResponse(HttpURLConnection.HTTP_OK, null);
    }

    /** PUTs the whole file in one range, as Microsoft documents for files under 4 MB; a fixed reason code if not. */
    private String upload(FileUploadInfo info, byte[] content) {
        URI uri = info == null ? null : allowed(info.getUploadUrl());
        if (uri == null) {
            return "upload-host-not-allowed";
        }
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Range", "bytes 0-" + (content.length - 1) + "/" + content.length)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        try {
            int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status == 200 || status == 201 ? null : "upload-status";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return "upload-io";
        }
    }

    private static Activity fileInfo(FileUploadInfo info, String name) {
        FileInfoCard card = new FileInfoCard();
        card.setUniqueId(info.getUniqueId());
        card.setFileType(info.getFileType());
        Attachment attachment = new Attachment();
        attachment.setContentType(FileInfoCard.CONTENT_TYPE);
        attachment.setContentUrl(info.getContentUrl());
        attachment.setName(info.getName() == null || info.getName().isBlank() ? name : info.getName());
        attachment.setContent(card);
        Activity activity = MessageFactory.text("Saved to your OneDrive:");
        activity.setAttachments(List.of(attachment));
        return activity;
    }

    /** The URL if https (plain http for the loopback only, for tests) on an allowed host; otherwise null. */
    private URI allowed(String url) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url);
        } catch (Exception e) {
            return null;
        }
        if (uri == null || uri.getHost() == null || uri.getRawUserInfo() != null) {
            return null;
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = host.equals("localhost") || host.equals("127.0.0.1");
        boolean secure = scheme.equals("https") || (scheme.equals("http") && loopback);
        return hosts.contains(host) && secure ? uri : null;
    }

    private static String conversationId(TurnContext turn) {
        var conversation = turn.getActivity().getConversation();
        return conversation == null || conversation.getId() == null ? "" : conversation.getId();
    }
}
