package org.practiceassistant.channel.cards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.bot.schema.Serialization;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.practiceassistant.conversation.UserInput;

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

    /** "Was this helpful?" */
    record RateAnswer(String answerId, Vote vote, String question) implements CardAction {
        public RateAnswer {
            Objects.requireNonNull(answerId, "answerId");
            Objects.requireNonNull(vote, "vote");
            Objects.requireNonNull(question, "question");
        }
    }

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
            case RateAnswer rate -> data.put(ACTION, "rate").put("answerId", rate.answerId())
                    .put("vote", rate.vote().wireName()).put("question", rate.question());
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
            case "rate" -> {
                Vote vote = Vote.fromWireName(data.path("vote").asText(""));
                String answerId = text(data, "answerId");
                yield vote == null || answerId == null ? null
                        : new RateAnswer(answerId, vote, data.path("question").asText(""));
            }
            case "command" -> text(data, "command") == null ? null : new RunCommand(text(data, "command"));
            case "feature" -> {
                String feature = text(data, "feature");
                if (feature == null) {
                    yield null;
                }
                Map<String, String> fields = new LinkedHashMap<>();
                data.properties().forEach(field -> {
                    if (!RESERVED_KEYS.contains(field.getKey()) && field.getValue().isValueNode()) {
                        fields.put(field.getKey(), field.getValue().asText());
                    }
                });
                yield new FeatureChoice(new UserInput.Submission(feature, data.path("choice").asText(""), fields));
            }
            default -> null;
        };
    }

    private static String text(JsonNode data, String field) {
        JsonNode node = data.path(field);
        return node.isTextual() && !node.asText().isBlank() ? node.asText().strip() : null;
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
