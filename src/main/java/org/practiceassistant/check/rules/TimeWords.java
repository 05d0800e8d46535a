package org.practiceassistant.check.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words {@link TimescaleGrammar} reads: months, day names, units, periods, events, and a goal split into words. */
final class TimeWords {

    /** One word of the text, lower-cased, with where it is. */
    record Word(String text, int start, int end) {}

    /** A day of the month, 1 to 31, with or without its ordinal ending: "8", "8th", "31st". */
    static boolean isDayOfMonth(String w) {
        int digits = 0;
        while (digits < w.length() && digits < 3 && Character.isDigit(w.charAt(digits))) {
            digits++;
        }
        String rest = w.substring(digits);
        if (digits == 0 || digits > 2 || !(rest.isEmpty() || Set.of("st", "nd", "rd", "th").contains(rest))) {
            return false;
        }
        int day = Integer.parseInt(w.substring(0, digits));
        return day >= 1 && day <= 31;
    }

    /** A day and month in figures, the month 1 to 12, with or without a year: "12/1", "12.1.27". */
    static boolean isNumericDate(String w) {
        String[] parts = w.split("[/.]", -1);
        if (parts.length < 2 || parts.length > 3 || w.length() > 10) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 4 || !p.chars().allMatch(Character::isDigit)) {
                return false;
            }
        }
        int day = Integer.parseInt(parts[0]);
        int month = Integer.parseInt(parts[1]);
        return parts[0].length() <= 2 && parts[1].length() <= 2 && day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }

    /** A time of day as workers type it, hours and minutes parted by a full stop: "by 7.30", "at 10.15". */
    static boolean isClockTime(String w) {
        int dot = w.indexOf('.');
        if (dot < 1 || dot > 2 || w.length() != dot + 3 || !w.replace(".", "").chars().allMatch(Character::isDigit)) {
            return false;
        }
        return Integer.parseInt(w.substring(0, dot)) <= 23 && Integer.parseInt(w.substring(dot + 1)) <= 59;
    }

    static final Set<String> MONTHS = Set.of("january", "jan", "february", "feb", "march", "mar", "april", "apr",
            "may", "june", "jun", "july", "jul", "august", "aug", "september", "sept", "sep", "october", "oct", "november",
            "nov", "december", "dec");
    static final Set<String> DAY_NAMES = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekend", "weekends");
    static final Set<String> NUMBER_WORDS = Set.of("a", "an", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "eighteen", "twenty", "thirty", "few", "couple");
    static final Set<String> UNITS = Set.of("day", "days", "week", "weeks", "month", "months", "year", "years",
            "term", "terms", "fortnight", "fortnights", "night", "nights", "weekend", "weekends", "half-term", "half-terms",
            // Units as case notes shorten them: "review at TAF in 6 wks", "for 3 mths".
            "wk", "wks", "mth", "mths", "mnth", "mnths", "yr", "yrs");
    /* Periods a goal runs for or until: "this school year", "the summer holidays", "the Easter holidays". */
    static final Set<String> PERIODS = Set.of("term", "half-term", "year", "holidays", "holiday", "summer",
            "christmas", "easter", "spring", "autumn", "winter", "week", "month", "fortnight", "weekend");
    static final Set<String> SEASONS = Set.of("summer", "christmas", "easter", "spring", "autumn", "winter", "october",
            "february", "may", "half", "school", "new", "next", "this", "first", "second", "third", "last", "end", "eid",
            "diwali", "ramadan", "academic", "college", "nursery");
    /* Events a plan is measured against. */
    static final Set<String> EVENTS = Set.of("review", "reviews", "conference", "hearing", "court", "meeting",
            "core", "group", "birth", "exams", "gcses", "gcse", "christmas", "easter", "eid", "diwali", "ramadan", "holidays",
            "holiday", "birthday", "move", "operation", "appointment", "trial", "sentencing", "release", "discharge",
            // Review meetings by their short names, however they are typed: "until the icpc", "before the RCPC".
            "icpc", "rcpc", "cgm", "cgms", "lac",
            // "until the strategy discussion", "before the assessment ends": a decision a plan waits on.
            "discussion");
    /* "until Jack starts school", "before she turns 16": someone reaching a point in their life. */
    static final Set<String> LIFE_VERBS = Set.of("starts", "start", "turns", "turn", "leaves", "leave", "finishes",
            "finish", "is", "reaches", "moves", "goes", "returns", "comes", "arrives", "born", "sits");
    static final Set<String> FREQUENCY_WORDS = Set.of("daily", "weekly", "fortnightly", "monthly", "nightly",
            "weekdays", "weeknights");
    static final Set<String> EVERY_WHAT = Set.of("day", "night", "morning", "evening", "afternoon", "weekday",
            "weeknight", "weekend", "week", "fortnight", "month", "year", "term", "payday", "school", "bedtime", "teatime",
            "mealtime", "visit", "contact", "other", "two", "three", "four", "six", "couple", "few");
    /* "as needed", "ongoing": words that say no time at all. */
    static final List<List<String>> VAGUE = List.of(List.of("ongoing"), List.of("as", "needed"),
            List.of("as", "and", "when"), List.of("when", "needed"), List.of("if", "needed"), List.of("as", "required"),
            List.of("asap"), List.of("as", "soon", "as", "possible"), List.of("in", "due", "course"), List.of("eventually"),
            List.of("over", "time"), List.of("long", "term"), List.of("going", "forward"), List.of("at", "all", "times"),
            List.of("stepped", "down"), List.of("step", "down"), List.of("case", "is", "closed"), List.of("we", "close"),
            List.of("closed"), List.of("closure"));

    /* Words: letters and digits, with apostrophes and hyphens inside a word and "/" or "." inside a number. */
    static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || (isJoiner(text.charAt(i))
                    && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (text.charAt(i) != '/' && text.charAt(i) != '.' || Character.isDigit(text.charAt(i - 1)))))) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            out.add(new Word(MISSPELT.getOrDefault(word, word), start, i));
        }
        return out;
    }

    /*
     * Teams-register misspellings of the grammar's own words ("Untill the end of March", "by Febuary"), read as the word
     * meant: one map look-up per word, so the grammar stays one list of words, not a list of spellings.
     */
    private static final java.util.Map<String, String> MISSPELT = java.util.Map.of("untill", "until", "unitl", "until",
            "febuary", "february", "feburary", "february", "wensday", "wednesday", "wedensday", "wednesday");

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '\u2019' || c == '-' || c == '/' || c == '.';
    }

    private TimeWords() {}
}
