package org.practiceassistant.channel.turn;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.channel.cards.CardAction;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.RequestWords;
import org.practiceassistant.conversation.UserInput;

/**
 * Decides what to do with a message from parsed commands and card actions, never from words found
 * somewhere in the text. The rules are listed on {@link ConversationFeature}.
 */
public final class Router {

    static final String HELP = "help";
    static final String FORGET = "forget";
    static final String CANCEL = ConversationFeature.CANCEL;

    private static final Set<String> CHANNEL_COMMANDS = Set.of(HELP, FORGET, CANCEL);

    private final Map<String, ConversationFeature<?>> byCommand = new LinkedHashMap<>();
    private final Map<String, ConversationFeature<?>> byName = new LinkedHashMap<>();
    private final int maxMessageLength;
    /** Every word that is a command here: the features', the channel's and the cancel words. */
    private final Set<String> commandWords;

    public Router(List<ConversationFeature<?>> features, int maxMessageLength) {
        for (ConversationFeature<?> feature : features) {
            if (byName.put(feature.name(), feature) != null) {
                throw new IllegalStateException("two features are named " + feature.name());
            }
            for (String command : feature.commands()) {
                String word = command.toLowerCase(Locale.ROOT);
                if (CHANNEL_COMMANDS.contains(word) || byCommand.put(word, feature) != null) {
                    throw new IllegalStateException("the command " + word + " is claimed twice");
                }
            }
        }
        if (features.stream().filter(ConversationFeature::acceptsDocuments).count() > 1) {
            throw new IllegalStateException("more than one feature accepts documents");
        }
        this.maxMessageLength = maxMessageLength;
        Set<String> words = new HashSet<>(byCommand.keySet());
        words.addAll(CHANNEL_COMMANDS);
        words.addAll(ConversationFeature.CANCEL_WORDS);
        this.commandWords = Set.copyOf(words);
    }

    Optional<ConversationFeature<?>> feature(String name) {
        return Optional.ofNullable(name).map(byName::get);
    }

    List<ConversationFeature<?>> features() {
        return List.copyOf(byName.values());
    }

    /**
     * @param incoming      the parsed message
     * @param activeFeature the feature whose flow is active in this conversation, or null
     */
    Route route(UserMessage incoming, String activeFeature) {
        Optional<ConversationFeature<?>> active = feature(activeFeature);
        return switch (incoming) {
            // Inside a flow an empty message goes to the feature (the coach asks its question again).
            case UserMessage.Nothing nothing -> active.<Route>map(f -> new Route.Continue(f, new UserInput.Text("")))
                    .orElseGet(Route.Nudge::new);
            case UserMessage.Typed typed -> routeText(typed.text(), active);
            case UserMessage.Clicked clicked -> routeClick(clicked.action(), active);
            case UserMessage.Attached attached -> routeDocument(attached.document(), active);
            case UserMessage.FileNotFetched file -> new Route.FileNotForCheck();
        };
    }

    private Route routeText(String text, Optional<ConversationFeature<?>> active) {
        if (text.isEmpty()) {
            return active.<Route>map(f -> new Route.Continue(f, new UserInput.Text(""))).orElseGet(Route.Nudge::new);
        }
        if (text.length() > maxMessageLength) {
            return new Route.TooLong(text.length(), maxMessageLength);
        }
        CommandLine line = CommandLine.parse(text);
        if (line.argument().isEmpty() && CHANNEL_COMMANDS.contains(line.word())) {
            return channelCommand(line.word(), active);
        }
        if (ConversationFeature.CANCEL_WORDS.contains(text.strip().toLowerCase(Locale.ROOT))) {
            return channelCommand(CANCEL, active);
        }
        ConversationFeature<?> feature = byCommand.get(line.word());
        if (feature != null && !line.commandWordInAQuestion()) {
            // "draft danger statement for conf below - anything missing?\n<statement>": the command word names the paste, and
            // the line it opens asks about the paste below; a feature that reads such a request takes it.
            if (active.isEmpty() && line.questionLineBeforeAPaste()) {
                for (ConversationFeature<?> reading : byName.values()) {
                    Optional<UserInput.Text> input = reading.startsFrom(text);
                    if (input.isPresent()) {
                        return new Route.Start(reading, firstCommand(reading), input.get());
                    }
                }
            }
            return new Route.Start(feature, line.word(), new UserInput.Text(line.argument()));
        }
        if (feature != null && active.isEmpty()) {
            return new Route.Ask(text);
        }
        for (ConversationFeature<?> starting : byName.values()) {
            if (starting.startsFlow(text)) {
                return new Route.Start(starting, firstCommand(starting), new UserInput.Text(""));
            }
        }
        if (active.isPresent()) {
            return new Route.Continue(active.get(), new UserInput.Text(text));
        }
        return outsideAFlow(text, line);
    }

    /**
     * Everyday messages no command names, when no flow would take them as an answer: a command typed with
     * a slip ("chek", "drfat"), a feature asked for in words or its input pasted alone ("can you check my
     * plan", "Danger statement: ..."), a hello, a thank-you or "what can you do?"; anything else is a question.
     */
    private Route outsideAFlow(String text, CommandLine line) {
        Optional<String> meant = CommandSpelling.meant(line.word(), commandWords, RequestWords.tokens(line.argument()).size());
        // "helo" is one slip from "help" and from "hello": a word SmallTalk knows as a hello is one.
        boolean knownHello = SmallTalk.of(text).filter(kind -> kind == SmallTalk.Kind.GREETING).isPresent();
        if (meant.isPresent() && !knownHello) {
            return routeText(line.argument().isEmpty() ? meant.get() : meant.get() + " " + line.argument(), Optional.empty());
        }
        if (SmallTalk.asksWhichJobsItDoes(text)) {
            return new Route.ShowHelp();
        }
        for (ConversationFeature<?> starting : byName.values()) {
            Optional<UserInput.Text> input = starting.startsFrom(text);
            if (input.isPresent()) {
                return new Route.Start(starting, firstCommand(starting), input.get());
            }
        }
        return SmallTalk.of(text).<Route>map(kind -> switch (kind) {
            case GREETING -> new Route.Greet();
            case THANKS -> new Route.Thanks();
            case WHAT_CAN_YOU_DO -> new Route.ShowHelp();
        }).orElseGet(() -> new Route.Ask(text));
    }


    private Route channelCommand(String word, Optional<ConversationFeature<?>> active) {
        return switch (word) {
            // Inside a flow, "help" is about the step the user is on, so the flow answers it.
            case HELP -> active.<Route>map(feature -> new Route.Continue(feature, new UserInput.Text(word)))
                    .orElseGet(Route.ShowHelp::new);
            case FORGET -> new Route.Forget();
            default -> new Route.Cancel(active.map(ConversationFeature::name).orElse(null));
        };
    }

    private Route routeClick(CardAction action, Optional<ConversationFeature<?>> active) {
        return switch (action) {
            case CardAction.AskQuestion ask -> new Route.Ask(ask.question(), ask.asTyped());
            case CardAction.RateAnswer rate -> new Route.RecordFeedback(rate);
            case CardAction.RunCommand run -> routeText(run.command(), active);
            case CardAction.FeatureChoice choice -> feature(choice.submission().feature())
                    .map(feature -> routeChoice(feature, choice.submission(), active))
                    .orElse(new Route.Nudge());
        };
    }

    /** A cancel button is typed "cancel" (one cancel, one answer); any other button goes to its feature. */
    private Route routeChoice(ConversationFeature<?> feature, UserInput.Submission submission,
            Optional<ConversationFeature<?>> active) {
        if (CANCEL.equalsIgnoreCase(submission.choice())) {
            return channelCommand(CANCEL, active);
        }
        return active.filter(feature::equals).isPresent()
                ? new Route.Continue(feature, submission)
                : new Route.Start(feature, firstCommand(feature), submission);
    }

    private Route routeDocument(UserInput.Document document, Optional<ConversationFeature<?>> active) {
        CommandLine line = CommandLine.parse(document.text());
        ConversationFeature<?> named = byCommand.get(line.word());
        if (named != null) {
            return new Route.Start(named, line.word(), document);
        }
        if (active.isPresent()) {
            return new Route.Continue(active.get(), document);
        }
        return byName.values().stream().filter(ConversationFeature::acceptsDocuments).findFirst()
                .<Route>map(reader -> new Route.Start(reader, firstCommand(reader), document))
                .orElseGet(Route.Nudge::new);
    }

    /**
     * Whether a file sent with {@code text} is worth fetching: only a feature that
     * {@link ConversationFeature#acceptsDocuments() reads documents} (check) wants one, when the message
     * names it, when its flow is in progress, or when the file came alone (a file alone starts it).
     * Nothing else fetches a file: "hello" with a link attached fetches nothing.
     */
    boolean wantsDocument(String text, String activeFeature) {
        CommandLine line = CommandLine.parse(text);
        ConversationFeature<?> named = byCommand.get(line.word());
        if (named != null || CHANNEL_COMMANDS.contains(line.word())) {
            return named != null && named.acceptsDocuments();
        }
        Optional<ConversationFeature<?>> active = feature(activeFeature);
        if (active.isPresent()) {
            return active.get().acceptsDocuments();
        }
        return text.isBlank() && byName.values().stream().anyMatch(ConversationFeature::acceptsDocuments);
    }

    private static String firstCommand(ConversationFeature<?> feature) {
        return feature.commands().stream().sorted().findFirst().orElse(feature.name());
    }

    /**
     * A message split into its first word (lowercase, without a leading slash or trailing punctuation)
     * and the rest.
     */
    record CommandLine(String word, String argument) {

        /* What follows a command given to the bot: "check my plan", "draft a worry statement", "check this?". */
        private static final Set<String> COMMAND_OBJECTS = Set.of("this", "these", "it", "my", "our", "a", "an", "the", "me",
                "for", "please", "pls", "plz", "again", "now", "over", "through", "that");
        /* Shorter than this, "check plan?" is still the command with a doubt in it. */
        private static final int SHORTEST_QUESTION_WORDS = 4;

        /**
         * The command word used as an ordinary word in a question ("draft plans - do they need TM sign off before
         * conference?"): the message asks something (it ends with a question mark, after a few words) and the word after
         * the command is not what a command takes ("my", "this", "a").
         */
        boolean commandWordInAQuestion() {
            String rest = argument.strip();
            if (!rest.endsWith("?")) {
                return false;
            }
            List<String> words = RequestWords.tokens(rest);
            return words.size() >= SHORTEST_QUESTION_WORDS && !COMMAND_OBJECTS.contains(words.getFirst());
        }

        /**
         * The line the command word opens is a question ("draft danger statement for conf below - anything missing?") and
         * more lines follow it: the command word may be an ordinary word about what is pasted below.
         */
        boolean questionLineBeforeAPaste() {
            int lineEnd = argument.indexOf('\n');
            if (lineEnd < 0) {
                return false;
            }
            return new CommandLine(word, argument.substring(0, lineEnd)).commandWordInAQuestion();
        }

        static CommandLine parse(String text) {
            String trimmed = text.strip();
            int space = indexOfWhitespace(trimmed);
            String first = space < 0 ? trimmed : trimmed.substring(0, space);
            String rest = space < 0 ? "" : trimmed.substring(space).strip();
            String word = first.toLowerCase(Locale.ROOT).replaceFirst("^/", "").replaceAll("[\\p{Punct}]+$", "");
            return new CommandLine(word, rest);
        }

        private static int indexOfWhitespace(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isWhitespace(text.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }
    }
}
