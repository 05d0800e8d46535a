package org.practiceassistant.channel.turn;

import java.util.Objects;
import org.practiceassistant.channel.cards.CardAction;
import org.practiceassistant.conversation.UserInput;

/** One user message as the bot understands it, before routing: plain values, no SDK types. */
sealed interface UserMessage {

    /** Typed text, with the bot's @mention removed. */
    record Typed(String text) implements UserMessage {
        public Typed {
            text = Objects.requireNonNull(text, "text").strip();
        }

        @Override
        public String toString() {
            return "Typed[" + text.length() + " chars]";
        }
    }

    /** A click on one of our cards' buttons. */
    record Clicked(CardAction action) implements UserMessage {}

    /** A file attached to the message (with any text typed alongside). */
    record Attached(UserInput.Document document) implements UserMessage {}

    /** A file attached to a message that is not a check: it is not fetched. */
    record FileNotFetched(String text) implements UserMessage {}

    /** Nothing usable: an empty message, or a card submission we do not recognise. */
    record Nothing() implements UserMessage {}
}
