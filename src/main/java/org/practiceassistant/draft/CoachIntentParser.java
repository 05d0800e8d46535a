package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place that reads what a worker's words mean to the coach: starting a mapping, the commands that
 * work at every step, and the short replies some steps expect (yes / no, accept / edit / rework, ok).
 * Whole-message matches only, so an answer that merely contains "help" or "back" is still an answer.
 */
final class CoachIntentParser {

    private static final Pattern START = Pattern.compile(
            "(?:draft|start (?:a )?(?:mapping|draft)|(?:help me )?(?:write|draft|start) (?:a |my |the )?"
                    + "(?:danger|worry) statements?(?: and (?:a |the )?(?:safety|wellbeing|success) goals?)?"
                    + "|(?:help me )?(?:write|draft) (?:a |my |the )?(?:safety|wellbeing|success) goals?"
                    + "|(?:help me )?(?:do|start|write) (?:a |my )?mapping)");

    private static final Map<String, CoachCommand> COMMANDS = Map.ofEntries(
            Map.entry("help", CoachCommand.HELP),
            Map.entry("?", CoachCommand.HELP),
            Map.entry("what do i do", CoachCommand.HELP),
            Map.entry("example", CoachCommand.EXAMPLE),
            Map.entry("show me an example", CoachCommand.EXAMPLE),
            Map.entry("give me an example", CoachCommand.EXAMPLE),
            Map.entry("an example", CoachCommand.EXAMPLE),
            Map.entry("back", CoachCommand.BACK),
            Map.entry("go back", CoachCommand.BACK),
            Map.entry("previous", CoachCommand.BACK),
            Map.entry("skip", CoachCommand.SKIP),
            Map.entry("skip this", CoachCommand.SKIP),
            Map.entry("cancel", CoachCommand.CANCEL),
            Map.entry("stop", CoachCommand.CANCEL),
            Map.entry("quit", CoachCommand.CANCEL),
            Map.entry("start over", CoachCommand.START_OVER),
            Map.entry("start again", CoachCommand.START_OVER),
            Map.entry("restart", CoachCommand.START_OVER),
            Map.entry("where am i", CoachCommand.WHERE_AM_I),
            Map.entry("progress", CoachCommand.WHERE_AM_I),
            Map.entry("what step am i on", CoachCommand.WHERE_AM_I));

    private static final Set<String> YES = Set.of("yes", "y", "yes please", "yeah", "yep", "ok", "okay", "sure",
            "accept", "looks good", "that's fine", "thats fine", "fine", "use these", "use them", "agree");
    private static final Set<String> NO = Set.of("no", "n", "no thanks", "nope", "none", "that's all", "thats all",
            "no more", "done", "finished");

    /** What a worker says at a review: keep it, write their own, or change one answer. */
    public enum ReviewChoice { ACCEPT, EDIT, REWORK }

    /** True when the message asks for a new mapping. */
    public boolean isStart(String text) {
        return START.matcher(normalise(text)).matches();
    }

    public CoachInput parse(String text) {
        CoachCommand command = COMMANDS.get(normalise(text));
        return command != null ? new CoachInput.Command(command) : new CoachInput.Answer(text);
    }

    public boolean isYes(String text) {
        return YES.contains(normalise(text));
    }

    public boolean isNo(String text) {
        return NO.contains(normalise(text));
    }

    public Optional<ReviewChoice> reviewChoice(String text) {
        String said = normalise(text);
        if (isYes(said)) {
            return Optional.of(ReviewChoice.ACCEPT);
        }
        return switch (said) {
            case "edit", "edit it", "change it", "my own words", "write my own" -> Optional.of(ReviewChoice.EDIT);
            case "rework", "rework a step", "rework one step", "change an answer", "change one answer" ->
                    Optional.of(ReviewChoice.REWORK);
            default -> Optional.empty();
        };
    }

    /** Lower case, single spaces, without the punctuation people add at the end ("Help!", "back."). */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.strip().toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ")
                .replaceAll("(?<=.)[.!?]+$", "").strip();
    }
}
