package org.practiceassistant.channel.turn;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * A whole message that is only a greeting, a thank-you or "what can you do?", as people open and close a
 * chat in Teams ("hi", "morning all", "thanks thats really helpful", "perfect ta x", "👍", "what commands
 * are there"). Outside a flow these get the welcome, a short "you're welcome" or the help card, not a
 * search of the guidance that finds nothing. A greeting or thanks is a message made only of such words
 * (with at least one that greets or thanks): "hi, what is a core group" is a question.
 */
final class SmallTalk {

    enum Kind { GREETING, THANKS, WHAT_CAN_YOU_DO }

    private static final Set<String> GREETS = Set.of("hi", "hello", "hey", "heya", "hiya", "morning", "afternoon", "evening", "yo",
            "howdy", "hallo", "helo", "hii", "hiii");
    private static final Set<String> GREETING_FILLERS = Set.of("good", "all", "there", "team", "everyone", "folks", "bot", "again",
            "you", "x", "guys", "mate", "friend");
    private static final Set<String> THANKS = Set.of("thanks", "thank", "thankyou", "thx", "ty", "ta", "cheers", "helpful", "helps",
            "appreciated", "appreciate", "perfect", "brilliant", "lovely", "great", "amazing", "fab", "fantastic", "ace", "awesome",
            "superb", "excellent", "legend", "star");
    private static final Set<String> THANKS_FILLERS = Set.of("you", "u", "so", "much", "very", "that's", "thats", "that", "really",
            "super", "x", "xx", "xxx", "got", "it", "ok", "okay", "nice", "one", "mate", "a", "lot", "many", "again", "this", "is",
            "was", "for", "the", "help", "all", "just", "what", "i", "needed", "oh", "ah", "wow", "will", "do", "cool", "right",
            "makes", "sense", "great", "brill", "yes", "yep", "noted");
    private static final List<String> ABOUT_THE_BOT = List.of("what can you do", "what can u do", "what do you do", "what do u do",
            "how does this work", "how do i use", "how do you work", "what are you", "who are you", "what is this", "what's this",
            "whats this", "what can i ask", "what can it", "what can this", "this bot", "commands", "what do i do", "menu", "options",
            "how to use", "what are you for", "what can you help");
    private static final int LONGEST_ABOUT_THE_BOT = 12;

    private SmallTalk() {}

    static Optional<Kind> of(String message) {
        List<String> words = RequestWords.tokens(message);
        if (words.isEmpty()) {
            // Only punctuation or emoji: "?" asks what this is; "👍" or "🙏" closes a chat.
            return Optional.of(message.contains("?") ? Kind.WHAT_CAN_YOU_DO : Kind.THANKS);
        }
        if (onlyOf(words, GREETS, GREETING_FILLERS)) {
            return Optional.of(Kind.GREETING);
        }
        if (onlyOf(words, THANKS, THANKS_FILLERS)) {
            return Optional.of(Kind.THANKS);
        }
        return words.size() <= LONGEST_ABOUT_THE_BOT && RequestWords.mentions(message, ABOUT_THE_BOT)
                ? Optional.of(Kind.WHAT_CAN_YOU_DO) : Optional.empty();
    }

    /** Every word is one of {@code core} or {@code fillers}, and at least one is of {@code core}. */
    private static boolean onlyOf(List<String> words, Set<String> core, Set<String> fillers) {
        return words.stream().anyMatch(core::contains) && words.stream().allMatch(w -> core.contains(w) || fillers.contains(w));
    }
}
