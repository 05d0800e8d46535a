package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practiceassistant.conversation.UserInput;
import org.practiceassistant.system.text.WellFormedText;

/**
 * What a button on one of our cards does. The one place that writes and reads the {@code data} of an
 * {@code Action.Submit}, so cards and routing cannot drift apart. Teams (and the local chat page) send
 * the data back as the message's {@code value}.
 */
public sealed interface CardAction {

    String ACTION = "action";

    /** Keys of the Submit data that are ours, not a feature's input fields. */
    Set<String> RESERVED_KEYS = Set.of(ACTION, "feature", "choice", "msteams");

    /** Ask a (follow-up or suggested) question. */
    record AskQuestion(String question, boolean asTyped) implements CardAction {
        public AskQuestion {
            Objects.requireNonNull(question, "question");
        }

        public AskQuestion(String question) {
            this(question, false);
        }
    }

    /**
     * "Was this helpful?": the passages the answer showed, the vote, and a comment only if the user wrote
     * one. No question text: what the bot answered is named by its passage ids, which hold no case text.
     *
     * @param passageIds the answer's passages, best first (at most {@link #MAX_PASSAGES}, each a passage id)
     * @param comment    what the user typed in the card's comment box, at most {@link #MAX_COMMENT} characters; may be empty
     */
    record RateAnswer(List<String> passageIds, Vote vote, String comment) implements CardAction {

        public static final int MAX_PASSAGES = 5;
        public static final int MAX_PASSAGE_ID = 200;
        public static final int MAX_COMMENT = 1_000;

        public RateAnswer {
            passageIds = List.copyOf(passageIds);
            Objects.requireNonNull(vote, "vote");
            comment = comment == null ? "" : comment.strip();
            if (passageIds.isEmpty() || passageIds.size() > MAX_PASSAGES || !passageIds.stream().allMatch(RateAnswer::isPassageId)) {
                throw new IllegalArgumentException("not the passage ids of an answer");
            }
            if (comment.length() > MAX_COMMENT) {
                comment = comment.substring(0, MAX_COMMENT);
            }
        }

        /** Pack passage ids are paths and anchors: letters, digits and {@code / # . _ -}. */
        static boolean isPassageId(String id) {
            if (id == null || id.isEmpty() || id.length() > MAX_PASSAGE_ID) {
                return false;
            }
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || c == '/' || c == '#' || c == '.' || c == '_' || c == '-';
                if (!allowed) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The id of the card's optional comment box; its text arrives in the Submit data under this key. */
    String COMMENT_INPUT = "comment";

    /** Run a command word, as if typed (help and welcome cards' buttons). */
    record RunCommand(String command) implements CardAction {
        public RunCommand {
            command = command.strip().toLowerCase(Locale.ROOT);
        }
    }

    /** A button a {@link ConversationFeature} asked for. */
    record FeatureChoice(UserInput.Submission submission) implements CardAction {}

    /** The Submit data for this action. */
    default ObjectNode toData() {
        ObjectNode data = Serialization.createObjectNode();
        switch (this) {
            case AskQuestion ask -> {
                data.put(ACTION, "ask").put("question", ask.question());
                if (ask.asTyped()) {
                    data.put("asTyped", true);
                }
            }
            case RateAnswer rate -> data.put(ACTION, "rate").put("passages", String.join(",", rate.passageIds()))
                    .put("vote", rate.vote().wireName());
            case RunCommand run -> data.put(ACTION, "command").put("command", run.command());
            case FeatureChoice choice -> {
                data.put(ACTION, "feature").put("feature", choice.submission().feature())
                        .put("choice", choice.submission().choice());
                choice.submission().fields().forEach(data::put);
            }
        }
        return data;
    }

    /**
     * Reads a message's {@code value}; unknown or incomplete data gives {@code null}. Input fields of
     * a feature's card arrive as extra string properties.
     */
    static CardAction fromData(Object value) {
        if (value == null) {
            return null;
        }
        JsonNode data = Serialization.objectToTree(value);
        String action = data.path(ACTION).asText("");
        return switch (action) {
            case "ask" -> text(data, "question") == null ? null
                    : new AskQuestion(text(data, "question"), data.path("asTyped").asBoolean(false));
            case "rate" -> rating(data);
            case "command" -> text(data, "command") == null ? null : new RunCommand(text(data, "command"));
            case "feature" -> {
                String feature = text(data, "feature");
                if (feature == null) {
                    yield null;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                data.properties().forEach(field -> {
                    if (!RESERVED_KEYS.contains(field.getKey()) && field.getValue().isValueNode()) {
                        fields.put(field.getKey(), WellFormedText.of(field.getValue().asText()));
                    }
                });
                yield new FeatureChoice(new UserInput.Submission(feature, data.path("choice").asText(""), fields));
            }
            default -> null;
        };
    }

    /** A vote from the card's data, or null when it is not one of ours (forged ids, too many, a bad vote). */
    private static RateAnswer rating(JsonNode data) {
        Vote vote = Vote.fromWireName(data.path("vote").asText(""));
        JsonNode passages = data.path("passages");
        if (vote == null || !passages.isTextual() || passages.asText().length() > RateAnswer.MAX_PASSAGES * (RateAnswer.MAX_PASSAGE_ID + 1)) {
            return null;
        }
        List<String> ids = List.of(passages.asText().split(",", RateAnswer.MAX_PASSAGES + 1));
        JsonNode comment = data.path(COMMENT_INPUT);
        String written = comment.isTextual() ? WellFormedText.of(comment.asText()) : "";
        try {
            return new RateAnswer(ids, vote, written);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isTextual() && !node.asText().isBlank() ? WellFormedText.of(node.asText().strip()) : null;
    }

    /** A "Was this helpful?" vote. */
    enum Vote {
        HELPFUL("helpful"),
        NOT_HELPFUL("not-helpful");

        private final String wireName;

        Vote(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        static Vote fromWireName(String name) {
            for (Vote vote : values()) {
                if (vote.wireName.equals(name)) {
                    return vote;
                }
            }
            return null;
        }
    }
}
