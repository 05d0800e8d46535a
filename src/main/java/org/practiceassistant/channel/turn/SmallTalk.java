package org.practiceassistant.channel.turn;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A whole message that is only a greeting, a thank-you or "what can you do?", as people open and close a
 * chat in Teams ("hi", "Morning!", "thanks so much", "cheers 👍", "?"). Outside a flow these get the
 * welcome, a short "you're welcome" or the help card, not a search of the guidance that finds nothing. Only the whole message counts:
 * "hi, what is a core group" is a question.
 */
final class SmallTalk {

    enum Kind { GREETING, THANKS, WHAT_CAN_YOU_DO }

    private static final Set<String> GREETINGS = Set.of("hi", "hello", "hey", "hiya", "hi there", "hello there", "hey there",
            "morning", "good morning", "afternoon", "good afternoon", "evening", "good evening", "hi bot", "hello bot",
            "hi all", "yo", "howdy", "hi again", "hello again");
    private static final Set<String> THANKS = Set.of("thanks", "thank you", "thankyou", "thx", "ty", "ta", "cheers",
            "thanks a lot", "thanks so much", "thank you so much", "many thanks", "thanks very much", "thank you very much",
            "great thanks", "brilliant thanks", "perfect thanks", "ok thanks", "okay thanks", "ok thank you", "thats great",
            "that's great", "that helps", "that's helpful", "thats helpful", "great", "brilliant", "perfect", "lovely",
            "cheers mate", "ta very much", "thanks that helps", "thank u", "nice one");

    private static final Set<String> ABOUT_THE_BOT = Set.of("what can you do", "what can u do", "what do you do",
            "what do u do", "how does this work", "how do i use this", "how do i use you", "what are you", "who are you",
            "what is this", "what's this", "whats this", "what are you for", "what is this bot", "what can i ask",
            "what can i ask you", "what do i do", "how does this bot work", "what can this do", "help me", "commands",
            "menu", "options");

    /** Longer than any phrase above: not looked at further. */
    private static final int LONGEST = 40;

    private SmallTalk() {}

    static Optional<Kind> of(String message) {
        if (message.length() > LONGEST) {
            return Optional.empty();
        }
        String said = normalise(message);
        if (said.isEmpty()) {
            // Only punctuation or emoji: "?" asks what this is; "👍" or "🙏" closes a chat.
            return Optional.of(message.contains("?") ? Kind.WHAT_CAN_YOU_DO : Kind.THANKS);
        }
        if (GREETINGS.contains(said)) {
            return Optional.of(Kind.GREETING);
        }
        if (THANKS.contains(said)) {
            return Optional.of(Kind.THANKS);
        }
        return ABOUT_THE_BOT.contains(said) ? Optional.of(Kind.WHAT_CAN_YOU_DO) : Optional.empty();
    }

    /** Lowercase, letters, digits, apostrophes and single spaces only: "Thanks!! 👍" is "thanks". */
    private static String normalise(String message) {
        StringBuilder out = new StringBuilder(message.length());
        for (char c : message.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '\'') {
                out.append(c);
            } else if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                out.append(' ');
            }
        }
        return out.toString().strip();
    }
}
