package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.practiceassistant.check.rules.TimescaleReading;

/**
 * How often, said as a timescale ("every week", "twice a week", "daily"). How often is not how long: a goal whose only
 * timescale is a frequency sets no end anyone can be held to, so the coach asks "Until when?" and joins the end the
 * worker gives to the frequency ("every week for the next 6 months", "twice a week until the review in March").
 * Whether a timescale is how often only is Check's reading ({@link TimescaleReading}); the words here only find where a
 * frequency opens an answer, to write it after "happen". Read word by word, no patterns over the worker's text.
 */
final class Frequencies {

    private Frequencies() {}

    /** Words that say how often on their own. */
    private static final Set<String> ALONE = Set.of("daily", "weekly", "fortnightly", "monthly", "nightly", "hourly",
            "weekdays", "weekends", "twice", "thrice", "biweekly", "bi-weekly");
    /** Words that start a frequency and take what follows ("every other week", "each morning", "per week"). */
    private static final Set<String> LEADS = Set.of("every", "each", "per", "times", "x");
    /** Words that may follow a lead or a count ("every 2 weeks", "twice a week", "3 times a day"). */
    private static final Set<String> FOLLOW = Set.of("a", "an", "other", "second", "few", "couple", "of", "day", "days",
            "week", "weeks", "fortnight", "month", "months", "night", "nights", "morning", "mornings", "evening", "evenings",
            "weekend", "weekends", "school", "term", "time", "monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
            "wk", "wks", "one", "two", "three", "four", "five", "six");
    /**
     * True when the answer says how often and gives no end or length ("every week", "twice a week at school"): asked of
     * Check's own timescale grammar, so the coach asks "Until when?" exactly when Check would fail the goal's timescale.
     */
    static boolean isFrequencyOnly(String answer) {
        return TimescaleReading.howOftenOnly(answer);
    }

    /** True when the answer starts by saying how often ("twice a week until March"). */
    static boolean startsWithFrequency(String answer) {
        List<String> words = words(answer);
        return !words.isEmpty() && marks(words)[0];
    }

    /**
     * The frequency kept and the end the worker gave when asked "Until when?", as one timescale: "every week" and
     * "6 months" is "every week for 6 months"; "the review in March" is "every week until the review in March"; an
     * end that starts with its own word ("by Easter", "for the next year") keeps it.
     */
    static String withEnd(String frequency, String end) {
        String often = trimEnd(frequency);
        String until = trimEnd(end);
        String first = until.isEmpty() ? "" : until.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String joined;
        if (Set.of("until", "till", "til", "by", "for", "within", "before", "over", "to", "up").contains(first)) {
            joined = until;
        } else if (isLength(until)) {
            joined = "for " + (first.equals("next") ? "the " : "") + until; // "6 months", "next 6 weeks", "a year"
        } else {
            joined = "until " + until;
        }
        return often + " " + joined;
    }

    private static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "wk", "wks", "month", "months",
            "mth", "mths", "year", "years", "yr", "yrs", "term", "terms", "fortnight");
    private static final Set<String> NUMBER_WORDS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "twelve", "eighteen", "couple", "few");

    /** "6 months", "next 6 weeks", "a year", "the next three months": a length of time, said with "for". */
    private static boolean isLength(String text) {
        List<String> words = words(text);
        int at = !words.isEmpty() && words.getFirst().equals("the") ? 1 : 0;
        if (at < words.size() && words.get(at).equals("next")) {
            at++;
        }
        if (at + 1 >= words.size()) {
            return at > 0 && at < words.size() && UNITS.contains(words.get(at)); // "next week"
        }
        String n = words.get(at);
        return (isCount(n) || n.length() <= 3 && n.chars().allMatch(Character::isDigit) || NUMBER_WORDS.contains(n))
                && (UNITS.contains(words.get(at + 1)) || words.get(at + 1).equals("more") || words.get(at + 1).equals("of"));
    }

    private static String trimEnd(String text) {
        String t = text.strip();
        while (!t.isEmpty() && ".,;!".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Which words say how often: a word of its own, a count with "times"/"x", and what follows a lead. */
    private static boolean[] marks(List<String> words) {
        boolean[] often = new boolean[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            boolean count = isCount(w) && i + 1 < words.size() && (words.get(i + 1).equals("times") || words.get(i + 1).equals("x"));
            boolean onceA = w.equals("once") && i + 1 < words.size() && Set.of("a", "an", "per", "every", "each",
                    "weekly", "daily", "monthly", "fortnightly").contains(words.get(i + 1)); // not "once she is settled"
            boolean countX = w.length() > 1 && w.endsWith("x") && isCount(w.substring(0, w.length() - 1)); // "3x a week"
            if (ALONE.contains(w) || LEADS.contains(w) && (i > 0 && often[i - 1] || w.equals("every") || w.equals("each"))
                    || count || countX || onceA) {
                often[i] = true;
                int j = i + 1;
                while (j < words.size() && j <= i + 3 && (FOLLOW.contains(words.get(j)) || isCount(words.get(j))
                        || LEADS.contains(words.get(j)))) {
                    often[j++] = true;
                }
            }
        }
        return often;
    }

    private static boolean isCount(String w) {
        return !w.isEmpty() && w.length() <= 2 && w.chars().allMatch(Character::isDigit);
    }

    private static List<String> words(String text) {
        var out = new ArrayList<String>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[\\s,;:()\\-\u2013.!?]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
