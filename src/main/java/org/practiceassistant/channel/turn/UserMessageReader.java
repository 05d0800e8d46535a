package org.practiceassistant.channel.turn;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.bot.schema.Activity;
import com.microsoft.bot.schema.Attachment;
import com.microsoft.bot.schema.Entity;
import com.microsoft.bot.schema.Serialization;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.practiceassistant.channel.cards.CardAction;
import org.practiceassistant.system.text.WellFormedText;

/**
 * Reads a message activity into an {@link UserMessage}: card clicks from {@code value}, attached files, and
 * text with the bot's own @mention removed (in a channel or group chat the text starts with it).
 */
public final class UserMessageReader {

    public static final String TEAMS_FILE = "application/vnd.microsoft.teams.file.download.info";

    private final TeamsFileDownload files;

    public UserMessageReader(TeamsFileDownload files) {
        this.files = files;
    }

    /** Reads a message without fetching any attached file. */
    UserMessage read(Activity message) {
        return read(message, text -> false, Duration.ZERO);
    }

    /**
     * @param fetchFor whether a file sent with this text is wanted (only a check reads files)
     * @param timeLeft the most a download may take, from the turn's remaining time
     * @throws TeamsFileDownload.FileUnavailable when a wanted file cannot be fetched
     */
    UserMessage read(Activity message, Predicate<String> fetchFor, Duration timeLeft) {
        if (message.getValue() != null) {
            CardAction action = CardAction.fromData(message.getValue());
            return action == null ? new UserMessage.Nothing() : new UserMessage.Clicked(action);
        }
        String text = withoutBotMention(message);
        Optional<Attachment> file = teamsFile(message);
        if (file.isPresent()) {
            return fetchFor.test(text) ? new UserMessage.Attached(files.fetch(file.get(), text, timeLeft))
                    : new UserMessage.FileNotFetched(text);
        }
        return text.isEmpty() ? new UserMessage.Nothing() : new UserMessage.Typed(text);
    }

    /**
     * The message text without the mention of the bot. The SDK's own removeMentionText treats the
     * mention text as a regular expression (a bot named "Help (beta)" breaks it) and fails on entities
     * without a type, so this does it literally.
     */
    static String withoutBotMention(Activity message) {
        String text = message.getText() == null ? "" : WellFormedText.of(message.getText());
        String botId = message.getRecipient() == null ? null : message.getRecipient().getId();
        if (message.getEntities() != null && botId != null) {
            for (Entity entity : message.getEntities()) {
                if (entity == null || !"mention".equalsIgnoreCase(entity.getType())) {
                    continue;
                }
                JsonNode mention = Serialization.objectToTree(entity);
                if (botId.equals(mention.path("mentioned").path("id").asText(null))) {
                    String mentionText = mention.path("text").asText("");
                    if (mentionText.isEmpty()) {
                        mentionText = "<at>" + mention.path("mentioned").path("name").asText("") + "</at>";
                    }
                    text = text.replace(mentionText, " ");
                }
            }
        }
        return text.replace('\u00a0', ' ').strip();
    }

    private static Optional<Attachment> teamsFile(Activity message) {
        if (message.getAttachments() == null) {
            return Optional.empty();
        }
        return message.getAttachments().stream().filter(Objects::nonNull)
                .filter(a -> TEAMS_FILE.equals(a.getContentType())).findFirst();
    }
}
