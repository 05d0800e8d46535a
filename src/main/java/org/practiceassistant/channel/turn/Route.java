package org.practiceassistant.channel.turn;

import org.practiceassistant.channel.cards.CardAction;
import org.practiceassistant.conversation.ConversationFeature;
import org.practiceassistant.conversation.UserInput;

/** What the bot does with one message; decided by {@link Router}, carried out by {@link PracticeBot}. */
sealed interface Route {

    record ShowHelp() implements Route {}

    /** A message that only says hello, outside a flow: the welcome, as when the chat was opened. */
    record Greet() implements Route {}

    /** A message that only says thank you, outside a flow. */
    record Thanks() implements Route {}

    /** Erase everything held about this user and conversation. */
    record Forget() implements Route {}

    /** Leave the active flow, if any ({@code activeFeature} null: there is none to leave). */
    record Cancel(String activeFeature) implements Route {}

    record Start(ConversationFeature<?> feature, String command, UserInput input) implements Route {}

    record Continue(ConversationFeature<?> feature, UserInput input) implements Route {}

    /** A question for Ask; {@code asTyped}: search its words exactly as typed, spelling uncorrected. */
    record Ask(String question, boolean asTyped) implements Route {
        public Ask(String question) {
            this(question, false);
        }
    }

    record RecordFeedback(CardAction.RateAnswer rating) implements Route {}

    /** An empty message, a click we cannot place, or a file no feature reads. */
    record Nudge() implements Route {}

    /** A file came with a message that is not a check: the bot reads files only to check them. */
    record FileNotForCheck() implements Route {}

    /** Longer than the bot takes; {@code limit} is in characters. */
    record TooLong(int length, int limit) implements Route {}
}
