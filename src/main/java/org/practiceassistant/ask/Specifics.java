package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keeps an answer honest about specifics the documents do not give. A question asking "how often" or
 * "how soon" whose passages set no timescale is told so before the nearest guidance; a question about
 * the review conference (RCPC) answered with passages about the initial one (ICPC) is told whose they are.
 *
 * <p>Linear: fixed phrases looked up in the lower-cased question, one unnested pattern over passage text.
 */
final class Specifics {

    static final String NO_TIMESCALE = "The guidance sets no timescale for this. The nearest guidance it gives:";

    /** Phrases that ask for a number of days, a frequency or a date. */
    private static final List<String> ASKS_WHEN = List.of(
            "how often", "how soon", "how long", "how quickly", "how quick", "how frequently", "how many days",
            "how many weeks", "how many months", "how many hours", "how many working days", "what day", "which day",
            "by when", "deadline", "timescale", "time scale", "time frame", "timeframe", "frequency", "when is the",
            "when does the", "when do we", "when do i", "when should the", "when will the", "when's the");

    /** A number of hours, days, weeks or months, or words that state an interval or a deadline. */
    private static final Pattern GIVES_WHEN = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+(working\\s+)?(hour|day|week|month|year)s?\\b"
                    + "|\\b(every|daily|weekly|fortnightly|monthly|annually|yearly|within|same day|next day|immediately|straight away)\\b",
            Pattern.CASE_INSENSITIVE);

    /** "How many nights / hours / weeks ...": a question that asks for a count of some span of time. */
    private static final Pattern ASKS_COUNT = Pattern.compile(
            "\\bhow many (working )?(hour|night|day|week|month|year)s?\\b");

    /** A number of some span of time ("5 working days", "two weeks", "4-6 weeks"). */
    private static final Pattern GIVES_COUNT = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(\\s*-\\s*\\d+)?\\s+(working\\s+)?"
                    + "(hour|night|day|week|month|year)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the (lower-case) question asks how many hours, nights, days, weeks, months or years and none of these
     * passages gives any such number: then the pack does not answer it ("how many nights of respite is a family
     * entitled to"), however much its other words match.
     */
    static boolean asksACountNoneGives(String question, List<String> passageTexts) {
        return ASKS_COUNT.matcher(question).find()
                && passageTexts.stream().noneMatch(text -> GIVES_COUNT.matcher(text).find());
    }

    /** Phrases that ask how often: only a frequency answers them, not any number of days. */
    private static final List<String> ASKS_HOW_OFTEN = List.of("how often", "how frequently", "frequency", "how many times");

    /**
     * A frequency: "every 10 working days", "weekly", "twice a month". "Recorded 24 hours after the visit" gives a
     * time but says nothing of how often visits are.
     */
    private static final Pattern GIVES_HOW_OFTEN = Pattern.compile(
            "\\b(every|daily|weekly|fortnightly|monthly|annually|yearly|once a|twice a|times a)\\b", Pattern.CASE_INSENSITIVE);

    /** Two meetings people tell apart by name; a passage about one does not answer a question about the other. */
    private record Meeting(String name, List<String> names) {}

    private static final Meeting INITIAL = new Meeting("the initial child protection conference (ICPC)",
            List.of("icpc", "initial child protection conference", "initial cp conference", "initial conference"));
    private static final Meeting REVIEW = new Meeting("the review child protection conference (RCPC)",
            List.of("rcpc", "review child protection conference", "review cp conference", "review conference",
                    "review conferences", "reviews conference"));

    private Specifics() {}

    /** The notes an answer to this (lower-case) question needs, given the passages it shows; usually none. */
    static List<String> notes(String question, List<Answer> shown) {
        List<String> notes = new ArrayList<>();
        Pattern answersIt = ASKS_HOW_OFTEN.stream().anyMatch(question::contains) ? GIVES_HOW_OFTEN : GIVES_WHEN;
        if (asksWhen(question) && shown.stream().noneMatch(answer -> answersIt.matcher(answer.text()).find())) {
            notes.add(NO_TIMESCALE);
        }
        meetingNote(question, shown, REVIEW, INITIAL).ifPresent(notes::add);
        meetingNote(question, shown, INITIAL, REVIEW).ifPresent(notes::add);
        return notes;
    }

    static boolean asksWhen(String question) {
        return ASKS_WHEN.stream().anyMatch(question::contains);
    }

    private static java.util.Optional<String> meetingNote(String question, List<Answer> shown, Meeting asked, Meeting other) {
        if (!names(question, asked) || names(question, other) || shown.isEmpty()) {
            return java.util.Optional.empty();
        }
        Answer best = shown.getFirst();
        String text = (best.section() + " " + best.text()).toLowerCase(Locale.ROOT);
        if (names(text, other) && !names(text, asked)) {
            return java.util.Optional.of("The guidance found is about " + other.name() + ", not " + asked.name()
                    + ": it says nothing more specific about " + asked.name() + ".");
        }
        return java.util.Optional.empty();
    }

    private static boolean names(String text, Meeting meeting) {
        for (String name : meeting.names()) {
            int at = text.indexOf(name);
            while (at >= 0) {
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                int end = at + name.length();
                boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (startsWord && endsWord) {
                    return true;
                }
                at = text.indexOf(name, at + 1);
            }
        }
        return false;
    }
}
