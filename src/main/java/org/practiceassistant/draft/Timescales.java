package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.check.rules.TimescaleReading;

/**
 * Timescales as workers type them. One given with a hedge ("not sure yet - probably 3 months", "idk maybe 6 months",
 * "dunno, till the review"): the worker's best idea is the answer, without the words of not being sure, which never
 * reach the goal (only when what follows the hedge says a length of time or a date). One that sets no end
 * ("ongoing", "long term"): asked about, and left to agree when sent again.
 */
final class Timescales {

    private Timescales() {}

    /** Words of not being sure, and the fillers around them, read from the start of the answer. */
    private static final Set<String> HEDGES = Set.of("not", "sure", "yet", "idk", "dunno", "don't", "dont", "do", "know",
            "unsure", "maybe", "probably", "prob", "possibly", "perhaps", "about", "around", "roughly", "approx", "i", "think",
            "tbc", "no", "idea", "tbh", "but", "so", "guess", "say", "-", "\u2013", "?", "...", "um", "erm", "hmm");
    /** Words that name a time or a length of time (also read in a goal in the worker's own words). */
    private static final Set<String> TIME_WORDS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "term", "terms", "review", "conference", "christmas", "easter", "summer", "autumn", "spring", "winter", "birth",
            "end", "wk", "wks", "mths", "yrs");

    /** True when {@code word} (lower case) names a time or a length of time: a unit, an event, a season or a month. */
    static boolean timeWord(String word) {
        return TIME_WORDS.contains(word) || aMonth(word);
    }

    /** True when {@code word} names a month as Check reads one ("jan", "sept", "may"): one list, Check's. */
    static boolean aMonth(String word) {
        return !word.isEmpty() && TimescaleReading.month(word).isPresent();
    }

    /** Months to Check that are words far more often where workers type them ("may", a verb; "mar"): left as typed. */
    private static final Set<String> MONTHS_THAT_ARE_WORDS = Set.of("may", "mar");

    /** The month {@code word} names, in full with its capital ("jan": January); null for any other word, "may" and "mar". */
    static String monthInFull(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return MONTHS_THAT_ARE_WORDS.contains(w) ? null : TimescaleReading.month(w).map(Timescales::name).orElse(null);
    }

    private static String name(java.time.Month month) {
        return month.getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
    }

    static Optional<String> hedged(String answer) {
        String[] words = answer.strip().split("\\s+");
        int start = 0;
        while (start < words.length && HEDGES.contains(bare(words[start]))) {
            start++;
        }
        if (start == 0 || start == words.length) {
            return Optional.empty();
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
        boolean time = false;
        for (int i = start; i < words.length; i++) {
            String w = bare(words[i]);
            time |= timeWord(w) || !w.isEmpty() && Character.isDigit(w.charAt(0));
        }
        return time ? Optional.of(rest) : Optional.empty();
    }

    /** Lower case, without the punctuation typed around a word ("sure," "yet -"). */
    private static String bare(String word) {
        String w = word.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        int from = 0;
        int to = w.length();
        while (from < to && ",.;:!()\"".indexOf(w.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && ",.;:!()\"".indexOf(w.charAt(to - 1)) >= 0) {
            to--;
        }
        return from == to ? w : w.substring(from, to);
    }

    /** Timescales that set no end: "ongoing", "open ended", "as long as needed", "long term". */
    private static final java.util.Set<String> OPEN_ENDED = java.util.Set.of("ongoing", "on going", "on-going", "open",
            "open ended", "open-ended", "as long as needed", "as long as it takes", "long term", "long-term",
            "indefinitely", "forever", "permanent", "permanently", "asap", "as soon as possible", "until it's better",
            "until its better", "until things improve", "for now", "not set", "no end date", "no timescale");

    /** Units of time as workers shorten them, and the words they stand for. */
    private static final java.util.Map<String, String> SHORT_UNITS = java.util.Map.of("wk", "week", "wks", "weeks",
            "mth", "month", "mths", "months", "mnths", "months", "yr", "year", "yrs", "years", "mos", "months");

    /**
     * "next 6 wks", "3 mths": the units written in full ("next 6 weeks"), as a family reads them and as Check reads a
     * length of time; only straight after a number, so no other word is touched. "xmas" is written "Christmas", and a month
     * "jan", "feb", "april" in full with its capital ("January", "February", "April").
     */
    static String unitsInFull(String text) {
        return datesInWords(plainLead(LetterRuns.rewrite(text, Timescales::unitInFull)));
    }

    private static final List<String> UNTIL_SPELLINGS = List.of("til ", "till ", "untill ", "'til ", "\u2019til ", "til' ");

    /**
     * "til end of term", "by end of jan": the start of a timescale as it is written, "until the end of term", "by the end of
     * January", so the goal reads "This will carry on until the end of term" (it read "This will happen to this timescale:
     * til end of term").
     */
    static String plainLead(String text) {
        String t = text;
        String lower = t.toLowerCase(Locale.ROOT);
        for (String until : UNTIL_SPELLINGS) {
            if (lower.startsWith(until)) {
                t = "until " + t.substring(until.length());
                lower = t.toLowerCase(Locale.ROOT);
                break;
            }
        }
        for (String lead : List.of("until end of ", "by end of ", "end of ")) {
            if (lower.startsWith(lead)) {
                int at = lead.length() - "end of ".length();
                return t.substring(0, at) + "the " + t.substring(at);
            }
        }
        return t;
    }

    /**
     * "by 31/3", "until 14/02/27": a day and month written with a slash said in words ("by 31 March", "until 14 February
     * 2027"), as a family reads a date; day first, as dates are written here. Anything that is no such date is left.
     * Read word by word.
     */
    static String datesInWords(String text) {
        String[] words = text.split(" ", -1);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int end = w.length();
            while (end > 0 && ".,;".indexOf(w.charAt(end - 1)) >= 0) {
                end--;
            }
            String[] parts = w.substring(0, end).split("/", -1);
            if (parts.length < 2 || parts.length > 3 || !parts[0].matches("\\d{1,2}") || !parts[1].matches("\\d{1,2}")
                    || parts.length == 3 && !parts[2].matches("\\d{2}|\\d{4}")) {
                continue;
            }
            int day = Integer.parseInt(parts[0]);
            int month = Integer.parseInt(parts[1]);
            if (day < 1 || day > 31 || month < 1 || month > 12) {
                continue;
            }
            String year = parts.length == 3 ? " " + (parts[2].length() == 2 ? "20" + parts[2] : parts[2]) : "";
            words[i] = day + " " + name(java.time.Month.of(month)) + year + w.substring(end);
        }
        return String.join(" ", words);
    }

    private static int unitInFull(String text, int i, int end, StringBuilder out) {
        String word = text.substring(i, end);
        if (word.equalsIgnoreCase("xmas")) {
            out.append("Christmas"); // "till xmas": the holiday as a family, and Check, read it
            return end;
        }
        String month = monthInFull(word);
        if (month != null) {
            out.append(month); // "22 jan", "in feb", "april": the month written in full, as a date is read
            return end;
        }
        String full = SHORT_UNITS.get(word.toLowerCase(Locale.ROOT));
        int back = out.length() - 1;
        while (back >= 0 && out.charAt(back) == ' ') {
            back--;
        }
        boolean afterNumber = back >= 0 && Character.isDigit(out.charAt(back));
        out.append(full != null && afterNumber ? full : word);
        return end;
    }

    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "wk", "wks", "month", "months", "mth",
            "mths", "year", "years", "yr", "yrs", "term", "terms");

    /**
     * "before the final hearing in march", "by end of year 11 - college start next sept", "next 6 wks then 3 months":
     * an answer that names a month, a date or a length of time ("6 weeks") gives the end the step asks for, however
     * the rest of it is put; only an answer with none of these is judged by Check's timescale rule before it is kept.
     * "May" counts only with its capital, "may" being a verb far more often.
     */
    static boolean namesATime(String text) {
        String[] words = text.strip().split("[\\s,;()\\-\u2013]+");
        for (int i = 0; i < words.length; i++) {
            String w = bare(words[i]);
            if (monthInFull(w) != null || words[i].startsWith("May") || w.matches("\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?")
                    || w.matches("\\d{1,2}(?:st|nd|rd|th)")) {
                return true;
            }
            boolean number = !w.isEmpty() && w.chars().allMatch(Character::isDigit) && w.length() <= 3;
            if (number && i + 1 < words.length && UNITS.contains(bare(words[i + 1]))
                    || w.matches("\\d{1,3}(?:wks?|mths?|months?|weeks?|yrs?)")) {
                return true;
            }
        }
        return false;
    }

    static boolean isOpenEnded(String text) {
        return OPEN_ENDED.contains(CoachIntentParser.normalise(text));
    }
}
