package org.practiceassistant.check.rules;

import static org.practiceassistant.check.rules.TimeWords.MONTHS;
import static org.practiceassistant.check.rules.TimeWords.DAY_NAMES;

import java.util.List;
import java.util.Set;

/**
 * The by-when of an action line as workers type it in a pasted plan: short dates and abbreviations that
 * {@link TimescaleGrammar} (written for goals, in full words) does not read. A small grammar, read left to right
 * once over the words (linear time, no pattern that backtracks):
 *
 * <pre>
 * when      := day-month                              "8th jan", "8 Jan", "jan 8th", "8th of jan"
 *            | limit (day | month | the-ordinal | numeric)   "by fri", "in feb", "on the 12th", "by 12/1"
 *            | edge [of] [the | this | next] (month | unit)  "end of nov", "mid feb", "end of next wk"
 *            | week-commencing (day-of-month | numeric)   "w/c 5th", "wc 5/1", "week commencing 5th"
 *            | ("this" | "next" | "within" | "in") [number] unit    "next wk", "within 2 wks"
 *            | the whole field one day or day-month     "tues", "12th"
 * </pre>
 *
 * Each rule is here because a pattern, not a word, is the reason: a limit word then a calendar word says when. The words
 * that say no time ("ongoing", "tbc", "as needed") match none of the rules, and "sat with mum", "on the 2nd floor",
 * "Mum may ring" stay no when: a day abbreviation that is also a word counts only after a limit word or alone, an
 * ordinal only when nothing but a month or the end of the phrase follows it.
 */
final class ShortWhen {

    /* Day names as typed short; "sat", "sun", "wed", "mon" are also words, so they count only after a limit or alone. */
    private static final Set<String> DAY_SHORT = Set.of("mon", "tue", "tues", "wed", "weds", "thu", "thur", "thurs", "fri",
            "sat", "sun");
    /* Words that put what follows in the calendar: "by fri", "on the 12th", "in feb", "from mon". */
    private static final Set<String> LIMITS = Set.of("by", "on", "until", "till", "til", "before", "from", "in", "during",
            "this", "next", "every", "each", "thru");
    /* The part of a month or week meant: "end of nov", "mid feb", "start of next wk". */
    private static final Set<String> EDGES = Set.of("end", "start", "beginning", "mid", "middle", "early", "late");
    /* Units as typed short, with the full ones: "next wk", "within 2 wks", "end of mth". */
    private static final Set<String> UNITS = Set.of("wk", "wks", "week", "weeks", "mth", "mths", "mnth", "mnths", "month",
            "months", "fortnight", "fortnights");
    /* What may follow an ordinal day and still leave it a date: "on the 12th at 4", "by the 3rd latest". */
    private static final Set<String> AFTER_ORDINAL = Set.of("of", "at", "and", "or", "to", "latest", "the", "am", "pm");

    private final String source;
    private final List<TimeWords.Word> words;

    private ShortWhen(String source) {
        this.source = source;
        this.words = TimeWords.words(source);
    }

    /** Whether {@code text} says when in one of the short forms above. */
    static boolean in(String text) {
        return new ShortWhen(text).any();
    }

    private boolean any() {
        if (wholeField()) {
            return true;
        }
        for (int i = 0; i < words.size(); i++) {
            if (dayMonth(i) || limited(i) || edge(i) || weekCommencing(i) || shortUnit(i)) {
                return true;
            }
        }
        return false;
    }

    /* "tues", "12th", "fri pm": a when column holding only a day says when, even a day that is also a word. */
    private boolean wholeField() {
        if (words.isEmpty() || words.size() > 2 || (words.size() == 2 && !in(1, Set.of("am", "pm")))) {
            return false;
        }
        return isDay(0) || isOrdinalDay(0);
    }

    /* "8th jan", "8 Jan", "8th of jan", "jan 8th": a day of the month beside a month, short or long. */
    private boolean dayMonth(int i) {
        if (isDayOfMonth(i)) {
            int k = is(i + 1, "of") ? i + 2 : i + 1;
            return isMonth(k, isOrdinalDay(i));
        }
        return isMonth(i, true) && isOrdinalDay(i + 1);
    }

    /* "by fri", "on the 12th", "in feb", "by 12/1": a limit word, then a day, a month, an ordinal day or a date. */
    private boolean limited(int i) {
        if (!in(i, LIMITS)) {
            return false;
        }
        int j = is(i + 1, "the") ? i + 2 : i + 1;
        if (j == i + 1 && (isDay(j) || isMonth(j, false) || isNumericDate(j))) {
            return true;
        }
        return isOrdinalDay(j) && endsPhrase(j) && !in(i, Set.of("this", "next", "every", "each"));
    }

    /* "end of nov", "mid feb", "end of next wk", "end of the month". */
    private boolean edge(int i) {
        if (!in(i, EDGES)) {
            return false;
        }
        int j = is(i + 1, "of") ? i + 2 : i + 1;
        if (in(j, Set.of("the", "this", "next"))) {
            j++;
        }
        return isMonth(j, is(i + 1, "of")) || (j > i + 1 && in(j, UNITS));
    }

    /* "w/c 5th", "wc 5/1", "w/b 12th jan", "week commencing 5th": the week by the date it starts. */
    private boolean weekCommencing(int i) {
        int j;
        if ((is(i, "w") && (is(i + 1, "c") || is(i + 1, "b")) && joinedBySlash(i)) || is(i, "wc") || is(i, "wb")) {
            j = is(i, "w") ? i + 2 : i + 1;
        } else if ((is(i, "week") || is(i, "wk")) && in(i + 1, Set.of("commencing", "beginning", "starting"))) {
            j = i + 2;
        } else {
            return false;
        }
        return isDayOfMonth(j) || isNumericDate(j);
    }

    /* "next wk", "this wk", "within 2 wks", "in 3 wks": a number of short units from now. */
    private boolean shortUnit(int i) {
        if (!in(i, Set.of("this", "next", "within", "in"))) {
            return false;
        }
        int j = i + 1;
        if (j < words.size() && words.get(j).text().length() <= 2 && words.get(j).text().chars().allMatch(Character::isDigit)) {
            j++;
        }
        // "within weeks", "in weeks" with no number say no time; "next week" and "within 2 wks" do.
        return in(j, UNITS) && (j > i + 1 || in(i, Set.of("this", "next")));
    }

    private boolean joinedBySlash(int i) {
        int end = words.get(i).end();
        return end + 1 < source.length() && source.charAt(end) == '/' && words.get(i + 1).start() == end + 1;
    }

    /* A month, long or short; "may" (also a word) in small letters only where {@code mayInSmall}: after an ordinal or "end of". */
    private boolean isMonth(int i, boolean mayInSmall) {
        if (!in(i, MONTHS)) {
            return false;
        }
        return !is(i, "may") || mayInSmall || Character.isUpperCase(source.charAt(words.get(i).start()));
    }

    private boolean isDay(int i) {
        return in(i, DAY_SHORT) || (in(i, DAY_NAMES) && !in(i, Set.of("weekend", "weekends")));
    }

    private boolean isDayOfMonth(int i) {
        return i < words.size() && TimeWords.isDayOfMonth(words.get(i).text());
    }

    private boolean isOrdinalDay(int i) {
        return isDayOfMonth(i) && !Character.isDigit(words.get(i).text().charAt(words.get(i).text().length() - 1));
    }

    private boolean isNumericDate(int i) {
        return i < words.size() && TimeWords.isNumericDate(words.get(i).text());
    }

    /* The ordinal ends its phrase: nothing, punctuation, a month or a word that keeps it a date follows ("the 2nd floor" does not). */
    private boolean endsPhrase(int i) {
        if (i + 1 >= words.size()) {
            return true;
        }
        int end = words.get(i).end();
        boolean gap = source.substring(end, words.get(i + 1).start()).isBlank();
        return !gap || isMonth(i + 1, true) || in(i + 1, AFTER_ORDINAL);
    }

    private boolean is(int i, String word) {
        return i < words.size() && words.get(i).text().equals(word);
    }

    private boolean in(int i, Set<String> set) {
        return i < words.size() && set.contains(words.get(i).text());
    }
}
