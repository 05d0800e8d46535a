package org.practiceassistant.check.rules;

import static org.practiceassistant.check.rules.TimeWords.*;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Timescales as a small grammar over the words of a goal (the check's reading of a goal's time; Draft's Timescales is another
 * thing: the hedges a worker types around an answer), read left to right once (linear time, no
 * pattern that backtracks):
 *
 * <pre>
 * timescale := date                                   "30 June", "12/03/2027", "June 2027"
 *            | limit point                            "by 30 June", "until the Easter holidays"
 *            | duration                               "for the next 3 months", "for the rest of this school year"
 *            | frequency                              "every Sunday", "every 2 weeks", "twice weekly", "2x a week"
 *            | ("this" | "next") period                "this term", "next school year"
 * limit    := "by" | "until" | "till" | "before" | "between now and" | "from now (until | to)" | "up to"
 * point    := [the] [end | start | beginning | middle] [of] [the] [this | next] (date | month | term
 *             | holiday | event | birthday | day name | someone starts / turns / leaves / is N)
 * birthday := [name's | his | her | their] [ordinal] "birthday" [in month]
 * </pre>
 *
 * Not timescales, whatever surrounds them (practice-standards.txt asks for "timescales for delivery"):
 * "ongoing", "as needed", "as and when", "until the case can be stepped down" or closed, which set no
 * time the family could hold anyone to.
 */
final class TimescaleGrammar {

    private final String source;
    private final List<TimeWords.Word> words;

    private TimescaleGrammar(String source) {
        this.source = source;
        this.words = words(source);
    }

    /**
     * The timescale in {@code text}, in its own words: the first date, limit or duration, or else the first
     * frequency (a goal that says "every day for the next six months" is quoted by its six months).
     */
    static Optional<String> find(String text) {
        return new TimescaleGrammar(text).first(true);
    }

    /** The first date, limit or duration in {@code text} (a time the goal is held to), never a frequency alone. */
    static Optional<String> findHeldTo(String text) {
        return new TimescaleGrammar(text).first(false);
    }

    /** The first date, limit or duration; with {@code orFrequency}, else the first frequency. */
    private Optional<String> first(boolean orFrequency) {
        Optional<String> frequency = Optional.empty();
        for (int i = 0; i < words.size(); i++) {
            int vague = vagueAt(i);
            if (vague > i) {
                // "until the case can be stepped down": the limit word belongs to a vague end, not a timescale.
                i = vague - 1;
                continue;
            }
            int end = limitedAt(i);
            if (end > i && timeOfDayOnly(i, end)) {
                // "up at 7.15", "at school by 8.50": a time of day says when in the day, like a frequency, not by when a
                // goal is met; an action's "Text Claire by 7.30" still finds it as its when.
                if (orFrequency && frequency.isEmpty()) {
                    frequency = Optional.of(quote(i, end));
                }
                i = end - 1;
                continue;
            }
            if (end > i) {
                return Optional.of(quote(i, end));
            }
            if (orFrequency && frequency.isEmpty() && frequency(i) > i) {
                frequency = Optional.of(quote(i, frequency(i)));
            }
        }
        return frequency;
    }

    /* A span whose only figure is a time of day ("by 8.50"): no date, month or year in it. */
    private boolean timeOfDayOnly(int from, int to) {
        boolean clock = false;
        for (int k = from; k < to; k++) {
            String w = words.get(k).text();
            if (TimeWords.isClockTime(w) && !TimeWords.isNumericDate(w)) {
                clock = true;
            } else if (!w.isEmpty() && (Character.isDigit(w.charAt(0)) || TimeWords.MONTHS.contains(w))) {
                return false;
            }
        }
        return clock;
    }

    private String quote(int from, int to) {
        return source.substring(words.get(from).start(), words.get(to - 1).end());
    }

    /** The first vague time ("ongoing", "as needed"), to quote when a goal has no timescale. */
    static Optional<String> findVague(String text) {
        TimescaleGrammar t = new TimescaleGrammar(text);
        for (int i = 0; i < t.words.size(); i++) {
            int end = t.vagueAt(i);
            if (end > i) {
                return Optional.of(t.quote(i, end));
            }
        }
        return Optional.empty();
    }

    /* A date, a limit or a duration: a time the goal is held to, not only how often. */
    private int limitedAt(int i) {
        int end = date(i);
        if (end < 0) {
            end = limit(i);
        }
        if (end < 0) {
            end = duration(i);
        }
        if (end < 0 && (is(i, "this") || is(i, "next")) && period(i + 1) > 0) {
            end = period(i + 1);
        }
        if (end < 0 && (is(i, "this") || is(i, "next")) && is(i + 1, "year")) {
            // "will not be excluded this year", "when she turns 18 next year": the calendar year, a time held to ("year"
            // alone is no period, so "the year 2" and "a year" stay none).
            end = i + 2;
        }
        if (end < 0 && is(i, "next") && number(i + 1) > 0 && unitAfter(number(i + 1)) > 0) {
            // "stay with Lily next 10 days", "the next 5 working days": a typed-in-a-hurry duration without its "for".
            end = unitAfter(number(i + 1));
        }
        if (end < 0) {
            end = bareDuration(i);
        }
        return end;
    }

    /* The index after a unit at {@code j}, read past "working", "school", "full" ("5 working days"); -1 when none. */
    private int unitAfter(int j) {
        int k = in(j, Set.of("more", "full", "whole", "school", "working", "calendar")) ? j + 1 : j;
        return in(k, UNITS) ? k + 1 : -1;
    }

    /* Words before a number and unit that make them no length of time: how often, how long ago, how old, a point. */
    private static final Set<String> NOT_A_LENGTH_BEFORE = Set.of("every", "each", "per", "once", "twice", "times", "at", "than",
            "last", "past", "aged", "age", "within", "in", "after", "for", "over", "next", "first", "these", "those", "since");
    private static final Set<String> NOT_A_LENGTH_AFTER = Set.of("ago", "old", "later", "before", "since", "late", "behind",
            "earlier", "pregnant", "of", "running", "in", "at");

    /*
     * "prob 12 weeks", "said 6 months": a length of time written as a number (in digits or a number word from two up) and
     * a unit, with no "for": how long, unless the words around it make it how often ("every 6 weeks"), how long ago ("2
     * weeks ago"), an age ("6 years old") or part of something else ("in 3 weeks", "for 2 weeks" are read as durations).
     */
    private int bareDuration(int i) {
        if (i >= words.size() || in(i, Set.of("a", "an", "few", "couple", "one")) || number(i) < 0) {
            return -1;
        }
        int end = unitAfter(number(i));
        if (end < 0 || (i > 0 && in(i - 1, NOT_A_LENGTH_BEFORE)) || in(end, NOT_A_LENGTH_AFTER) || ageAfterAName(i)) {
            return -1;
        }
        // "4 days a week", "3 nights per week": so many in each longer unit is how often, not how long.
        if ((in(end, Set.of("a", "per", "each", "every")) && unitAfter(end + 1) > 0)) {
            return -1;
        }
        return end;
    }

    /* "Ellie (9 months)", "Noah (6 weeks)": a length in brackets straight after a capitalised name is the child's age. */
    private boolean ageAfterAName(int i) {
        int start = words.get(i).start();
        if (i == 0 || start < 2 || source.charAt(start - 1) != '(' || source.charAt(start - 2) != ' ') {
            return false;
        }
        TimeWords.Word before = words.get(i - 1);
        return before.end() == start - 2 && Character.isUpperCase(source.charAt(before.start()));
    }

    /* "until the case can be stepped down": a limit word followed, within a few words, by a vague end. */
    private int vagueAt(int i) {
        for (List<String> phrase : VAGUE) {
            if (phraseAt(i, phrase)) {
                return i + phrase.size();
            }
        }
        if (is(i, "until") || is(i, "by") || is(i, "when")) {
            for (int k = i + 1; k < Math.min(words.size(), i + 6); k++) {
                for (List<String> phrase : VAGUE) {
                    if (phraseAt(k, phrase) && !phrase.get(0).equals("as")) {
                        return k + phrase.size();
                    }
                }
            }
        }
        return -1;
    }

    /* "by 30 June", "until the Easter holidays", "between now and 30 June", "from now until Jack starts school". */
    private int limit(int i) {
        int next;
        if (is(i, "by") || is(i, "until") || is(i, "till") || is(i, "til") || is(i, "before")) {
            next = i + 1;
        } else if (is(i, "between") && is(i + 1, "now") && is(i + 2, "and")) {
            next = i + 3;
        } else if ((is(i, "from") && (is(i + 1, "now") || is(i + 1, "today"))) && (is(i + 2, "until") || is(i + 2, "to")
                || is(i + 2, "till"))) {
            next = i + 3;
        } else if (is(i, "up") && is(i + 1, "to")) {
            next = i + 2;
        } else if (is(i, "prior") && is(i + 1, "to")) {
            next = i + 2;
        } else if ((is(i, "starting") || is(i, "beginning")) && (is(i + 1, "in") || is(i + 1, "from") || is(i + 1, "on"))) {
            // "Starting in January, ... one weekend a month": a start date anchors how often in the calendar.
            next = i + 2;
        } else if (is(i, "at") && (is(i + 1, "next") || (is(i + 1, "the") && (is(i + 2, "next") || is(i + 2, "final"))))) {
            // "at next LAC review", "at the final hearing": a meeting that comes once is a point, "at the meeting" alone is not.
            // "Review at next LAC review" says when the goal is looked at again, not by when it is met.
            if (reviewVerbBefore(i)) {
                return -1;
            }
            int at = point(i + 1);
            return at > 0 && eventBefore(at) ? at : -1;
        } else {
            return -1;
        }
        if (is(i, "by") && is(next, "the") && is(next + 1, "time")) {
            // "by the time Jack starts school", "by the time I'm 18": the point is the clause after "the time".
            next += 2;
        }
        return point(next);
    }

    private static final Set<String> REVIEW_VERBS = Set.of("review", "reviewed", "discuss", "discussed", "revisit", "revisited",
            "monitored");
    /* Most words between a review verb and its "at next ...": "to review care plan at next LAC review" (the verb's object). */
    private static final int MAX_REVIEWED_WORDS = 3;

    /*
     * "Review at next LAC review", "IRO to review care plan at next LAC review": the meeting is when something is looked at
     * again, not by when the goal is met; the verb may have a short object between it and "at".
     */
    private boolean reviewVerbBefore(int at) {
        for (int k = at - 1; k >= Math.max(0, at - 1 - MAX_REVIEWED_WORDS); k--) {
            if (in(k, REVIEW_VERBS)) {
                return true;
            }
        }
        return false;
    }

    /* Words that say which meeting or hearing: "the final hearing", "the initial child protection conference". */
    private static final Set<String> EVENT_QUALIFIERS = Set.of("final", "initial", "interim", "child", "protection", "cp",
            "cin", "lac", "cla", "family", "network", "professionals", "professionals'", "strategy", "planning", "fact",
            "finding", "issues", "resolution", "first", "second", "statutory", "care", "team", "case", "safety",
            "multi-agency", "follow-up", "pre-birth", "looked", "after", "children", "in", "need");
    private static final int MAX_EVENT_QUALIFIERS = 3;

    /* Most words naming someone's meeting between the owner and the meeting: "his education, health and care plan review". */
    private static final int MAX_NAMING_WORDS = 6;

    /* A step someone reaches, said as "-ing": "before turning 18", "until leaving care". */
    private static final Set<String> REACHING = Set.of("turning", "leaving", "starting", "finishing", "reaching");

    private int point(int i) {
        int j = i;
        // "till after her GCSEs in June", "until after Christmas": the point is the event itself.
        j = skip(j, "after");
        j = skip(j, "the");
        if (is(j, "end") || is(j, "start") || is(j, "beginning") || is(j, "middle")) {
            j = skip(j + 1, "of");
            j = skip(j, "the");
        }
        // "until Tom's review in March", "until her next review": whose event it is, before the event.
        int owner = j < words.size() && (words.get(j).text().endsWith("'s") || in(j, Set.of("his", "her", "their", "my", "your")))
                && birthday(j) < 0 ? j + 1 : j;
        if (owner > j && (in(owner, EVENTS) || ((is(owner, "next") || is(owner, "first")) && in(owner + 1, EVENTS)))) {
            int event = in(owner, EVENTS) ? owner : owner + 1;
            return is(event + 1, "in") && isMonth(event + 2) ? withYear(event + 3) : event + 1;
        }
        if (owner > j) {
            // "by his dentist check in July": whose appointment, a word or two naming it, then its month.
            for (int k = owner + 1; k <= owner + 2; k++) {
                if (is(k, "in") && isMonth(k + 1)) {
                    return withYear(k + 2);
                }
            }
            // "by his education, health and care plan review": whose meeting, a few words naming it, then the meeting.
            for (int k = owner + 1; k <= owner + MAX_NAMING_WORDS; k++) {
                if (in(k, Set.of("review", "conference", "hearing", "meeting"))) {
                    return is(k + 1, "in") && isMonth(k + 2) ? withYear(k + 3) : k + 1;
                }
            }
        }
        // "until the anniversary of his mum's death in January", "by the school trip in June": a few words naming something
        // after "the", then the month it falls in.
        if (j > i && is(j - 1, "the")) {
            for (int k = j + 1; k <= j + MAX_NAMING_WORDS; k++) {
                if (is(k, "in") && isMonth(k + 1)) {
                    return withYear(k + 2);
                }
            }
        }
        // "between now and when she starts nursery": "when" opens the point someone's life reaches (read below).
        if (is(j, "when") && j + 1 < words.size() && (isNameAt(j + 1) || in(j + 1, Set.of("he", "she", "they", "baby")))) {
            j++;
        }
        // "until she is 18": the age the person will be.
        if (in(j, Set.of("he", "she", "they")) && in(j + 1, Set.of("is", "are", "turns")) && adultAge(j + 2)) {
            return j + 3;
        }
        // "until they are both 18", "until they are all 18": the same, said of two or more children.
        if (is(j, "they") && is(j + 1, "are") && in(j + 2, Set.of("both", "all")) && adultAge(j + 3)) {
            return j + 4;
        }
        // "Maya to stay in her foster home till 18": an age of leaving care or adulthood alone after the limit word, not a
        // time of day ("until 6") nor a length ("until 18 months").
        if (i > 0 && in(i - 1, Set.of("until", "till", "til")) && adultAge(j) && !in(j + 1, AGE_UNIT_WORDS)) {
            return j + 1;
        }
        // "by the time I'm 18", "before turning 18", "until leaving school": an age or a step the person reaches.
        if ((in(j, Set.of("i'm", "he's", "she's", "they're", "im", "hes", "shes", "theyre")) || in(j, REACHING)) && number(j + 1) > 0) {
            return number(j + 1);
        }
        if (in(j, REACHING) && in(j + 1, Set.of("school", "college", "nursery", "care"))) {
            return j + 2;
        }
        if (is(j, "this") || is(j, "next") || is(j, "first") || is(j, "coming")) {
            j++;
        }
        // "before the final hearing in March", "until the initial child protection conference": a few words that say which
        // meeting or hearing come between "the" and the event; only words that qualify events, so "the final straw" is none.
        int qualified = j;
        while (qualified < j + MAX_EVENT_QUALIFIERS && in(qualified, EVENT_QUALIFIERS) && !in(qualified, EVENTS)) {
            qualified++;
        }
        if (qualified > j && in(qualified, EVENTS)) {
            int event = in(qualified + 1, EVENTS) ? qualified + 2 : qualified + 1;
            return is(event, "in") && isMonth(event + 1) ? withYear(event + 2) : event;
        }
        int end = date(j);
        if (end > 0) {
            return end;
        }
        if (isMonth(j)) {
            return withYear(j + 1);
        }
        if (isDayName(j)) {
            return j + 1;
        }
        end = birthday(j);
        if (end > 0) {
            return end;
        }
        end = period(j);
        if (end > 0) {
            return end;
        }
        if (in(j, EVENTS)) {
            return j + 1;
        }
        if (in(j, SEASONS) && (in(j + 1, EVENTS) || in(j + 1, PERIODS))) {
            return j + 2;
        }
        // "Jack starts school", "she turns 16", "the baby is born": someone reaching a point in their life.
        if (j < words.size() && (isNameAt(j) || in(j, Set.of("he", "she", "they", "baby")))) {
            // "before Dad starts drinking": a verb and an activity in "-ing" is something done, again and again, not a point
            // someone's life reaches.
            if (in(j + 1, LIFE_VERBS) && !(j + 2 < words.size() && words.get(j + 2).text().endsWith("ing"))) {
                return j + 2 + (j + 2 < words.size() ? 1 : 0);
            }
        }
        return -1;
    }

    /* Whether the point ending at {@code end} names an event (its last word, or the word before "in" and a month). */
    private boolean eventBefore(int end) {
        for (int k = end - 1; k >= Math.max(0, end - 4); k--) {
            if (in(k, EVENTS)) {
                return true;
            }
        }
        return false;
    }

    /* "Kyle's 19th birthday in August", "his birthday", "her 16th birthday". */
    private int birthday(int i) {
        int j = i;
        if (j < words.size() && (words.get(j).text().endsWith("'s") || in(j, Set.of("his", "her", "their", "my", "your")))) {
            j++;
        }
        if (isOrdinal(j)) {
            j++;
        }
        if (!is(j, "birthday") && !is(j, "birthdays")) {
            return -1;
        }
        j++;
        if (is(j, "in") && isMonth(j + 1)) {
            return j + 2;
        }
        return j;
    }

    /* "term", "school year", "summer holidays", "half term", "October half term", "the Easter holidays". */
    private int period(int i) {
        int j = i;
        while (in(j, SEASONS) && j < i + 3) {
            j++;
        }
        if (is(j, "half") && (is(j + 1, "term") || is(j + 1, "terms"))) {
            return j + 2;
        }
        if (in(j, PERIODS) && j > i) {
            return j + 1;
        }
        // "by the summer", "until the spring": a season that is itself a period of the year ends the point.
        if (j > i && in(j - 1, PERIODS)) {
            return j;
        }
        if (is(j, "term") || is(j, "half-term") || is(j, "holidays") || (is(j, "year") && j > i)) {
            return j + 1;
        }
        // "the end of Year 10": a school year by its number.
        // Typed in small letters only after "end of", "start of" ("until the end of year 9"), where it can be nothing else.
        if (is(j, "year") && j == i && number(j + 1) > 0 && (isCapitalised(j) || is(j - 1, "of"))) {
            return j + 2;
        }
        return -1;
    }

    /* "for the next 3 months", "for the rest of this school year", "within 12 weeks", "for six months". */
    private int duration(int i) {
        if (!(is(i, "for") || is(i, "over") || is(i, "within") || is(i, "in") || is(i, "after") || is(i, "during")
                || is(i, "throughout"))) {
            return number(i) > 0 && in(number(i), UNITS) && (is(number(i) + 1, "from") || is(number(i) + 1, "after"))
                    ? number(i) + 2 : -1;
        }
        if (is(i, "for") && is(i + 1, "as") && is(i + 2, "long") && is(i + 3, "as") && is(i + 5, "is") && is(i + 6, "a")
                && is(i + 7, "child")) {
            // "for as long as Amira is a child": until she is grown, a time a family can hold to.
            return i + 8;
        }
        int j = skip(skip(i + 1, "the"), "a");
        if ((is(j, "rest") || is(j, "remainder") || is(j, "whole")) && is(j + 1, "of")) {
            j = j + 2;
            j = skip(j, "the");
            j = skip(j, "this");
            j = skip(j, "his");
            j = skip(j, "her");
            int end = period(j);
            return end > 0 ? end : -1;
        }
        boolean ahead = false;
        if (is(j, "next") || is(j, "first") || is(j, "coming") || is(j, "following") || is(j, "forthcoming")) {
            j++;
            ahead = true;
        }
        if (ahead && is(i, "for") && in(j, UNITS) && number(j) < 0) {
            // "for the next year", "for the coming month": one of the unit, counted from now.
            return j + 1;
        }
        // "over the forthcoming period of approximately twelve weeks": the period named, then its length, roughly.
        if (is(j, "period") && is(j + 1, "of")) {
            j += 2;
        }
        if (is(j, "approximately") || is(j, "about") || is(j, "around") || is(j, "roughly")) {
            j++;
        }
        if (is(j, "at") && is(j + 1, "least")) {
            j += 2;
        }
        int afterNumber = number(j);
        if (afterNumber < 0 && (is(i, "during") || is(i, "throughout")) && in(j, SEASONS) && in(j, EVENTS)) {
            // "During Ramadan", "throughout Christmas": a festival is a time of its own.
            return j + 1;
        }
        if (afterNumber < 0) {
            int end = period(j);
            return end > 0 && (is(i, "for") || is(i, "over") || is(i, "throughout") || is(i, "during")) && j > i + 1 ? end : -1;
        }
        j = afterNumber;
        if (is(j, "more") || is(j, "full") || is(j, "whole") || is(j, "school") || is(j, "working")) {
            j++;
        }
        return in(j, UNITS) ? j + 1 : -1;
    }

    /* "every Sunday", "each payday", "every other weekend", "daily", "twice a week", "on Saturdays". */
    private int frequency(int i) {
        if (in(i, FREQUENCY_WORDS)) {
            return i + 1;
        }
        if (is(i, "every") || is(i, "each")) {
            if (isDigits(i + 1) && unitAfter(i + 2) > 0) {
                // "every 2 weeks", "every 3 school days": how often in figures ("every two weeks" is read below).
                return unitAfter(i + 2);
            }
            if (isOrdinal(i + 1) && (in(i + 2, EVERY_WHAT) || isDayName(i + 2))) {
                // "every 2nd week", "every second Saturday", "each third month": one in so many.
                return i + 3;
            }
            if (isDayName(i + 1) || in(i + 1, EVERY_WHAT)) {
                int j = i + 2;
                if (is(i + 1, "other") || in(i + 1, NUMBER_WORDS) || in(i + 1, Set.of("two", "three", "four", "six", "couple"))) {
                    j = in(j, UNITS) || isDayName(j) ? j + 1 : (is(j, "of") && in(j + 1, UNITS) ? j + 2 : j);
                    if (j == i + 2 && is(i + 1, "other")) {
                        // "talk to each other": "other" with no time after it is one another, not every other week.
                        return -1;
                    }
                }
                return j;
            }
            return -1;
        }
        // "twice a week", "3 times per month", "2x a week", "2 x weekly": so many times, then in each what.
        int j = is(i, "once") || is(i, "twice") || timesX(i) ? i + 1
                : number(i) > 0 && (is(number(i), "times") || is(number(i), "x")) ? number(i) + 1 : -1;
        if (j > 0) {
            if ((is(j, "a") || is(j, "per") || is(j, "every") || is(j, "each")) && in(j + 1, UNITS)) {
                return j + 2;
            }
            // "twice weekly", "3 times daily": quoted whole, not as the bare "weekly" after it.
            return in(j, FREQUENCY_WORDS) ? j + 1 : -1;
        }
        if (is(i, "on") && i + 1 < words.size() && DAY_NAMES.contains(words.get(i + 1).text())
                && words.get(i + 1).text().endsWith("s")) {
            return i + 2;
        }
        return -1;
    }

    /* "30 June", "30th of June 2027", "June 30", "June 2027", "12/03/2027", optionally "on" before it. */
    private int date(int i) {
        int j = skip(i, "on");
        if (isNumericDate(j)) {
            return j + 1;
        }
        if (isDayOfMonth(j)) {
            int k = skip(j + 1, "of");
            if (isMonth(k)) {
                return withYear(k + 1);
            }
        }
        if (isMonth(j) && !is(j, "may") && !is(j, "mar")) {
            if (isDayOfMonth(j + 1)) {
                return withYear(j + 2);
            }
            if (isYear(j + 1)) {
                return j + 2;
            }
        }
        if ((is(j, "may") || is(j, "mar")) && j < words.size() && isCapitalised(j) && (isDayOfMonth(j + 1) || isYear(j + 1))) {
            return isYear(j + 1) ? j + 2 : withYear(j + 2);
        }
        return -1;
    }

    private int withYear(int j) {
        return isYear(j) ? j + 1 : j;
    }

    /* A number or number word, the index after it; -1 when there is none. */
    private static final Set<String> AGE_UNIT_WORDS = Set.of("am", "pm", "months", "month", "weeks", "week", "days", "day",
            "hours", "hour", "minutes", "o'clock", "percent", "%");

    /* 16 to 25 in figures: the ages at which a young person leaves school, care or a service. */
    private boolean adultAge(int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i).text();
        if (w.length() != 2 || !Character.isDigit(w.charAt(0)) || !Character.isDigit(w.charAt(1))) {
            return false;
        }
        int age = Integer.parseInt(w);
        return age >= 16 && age <= 25;
    }

    private int number(int i) {
        if (i >= words.size()) {
            return -1;
        }
        String w = words.get(i).text();
        if (NUMBER_WORDS.contains(w) || (w.length() <= 3 && w.chars().allMatch(Character::isDigit))) {
            return i + 1;
        }
        if (w.contains("-") && w.length() <= 12 && NUMBER_WORDS.contains(w.substring(w.indexOf('-') + 1))) {
            return i + 1;
        }
        return -1;
    }

    /* Figures alone, as long as a count of weeks or days is written: "2", "12". */
    private boolean isDigits(int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i).text();
        return w.length() <= 3 && w.chars().allMatch(Character::isDigit);
    }

    /* "2x", "3x": so many times, typed short (the count in figures and an "x", nothing after it in the word). */
    private boolean timesX(int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i).text();
        // "2x a week", and the other way round, "x2 a week".
        return w.length() >= 2 && w.length() <= 3 && (w.endsWith("x") && w.substring(0, w.length() - 1).chars().allMatch(Character::isDigit)
                || w.startsWith("x") && w.substring(1).chars().allMatch(Character::isDigit));
    }

    private boolean isDayOfMonth(int i) {
        return i < words.size() && TimeWords.isDayOfMonth(words.get(i).text());
    }

    private boolean isOrdinal(int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i).text();
        return (w.length() <= 4 && w.matches("\\d{1,2}(?:st|nd|rd|th)")) || Set.of("first", "second", "third", "fourth",
                "fifth", "sixth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first").contains(w);
    }

    private boolean isYear(int i) {
        if (i >= words.size()) {
            return false;
        }
        String w = words.get(i).text();
        return w.length() == 4 && w.chars().allMatch(Character::isDigit) && (w.startsWith("20") || w.startsWith("19"));
    }

    /* A date in figures, or a time of day ("Text Claire by 7.30"): either says when an action happens. */
    private boolean isNumericDate(int i) {
        return i < words.size() && (TimeWords.isNumericDate(words.get(i).text()) || TimeWords.isClockTime(words.get(i).text()));
    }

    private boolean isMonth(int i) {
        return in(i, MONTHS) && (!is(i, "may") && !is(i, "mar") && !is(i, "jan") || isCapitalised(i));
    }

    private boolean isDayName(int i) {
        return in(i, DAY_NAMES);
    }

    private boolean isNameAt(int i) {
        return isCapitalised(i) && !MONTHS.contains(words.get(i).text()) && !DAY_NAMES.contains(words.get(i).text());
    }

    private boolean isCapitalised(int i) {
        return i < words.size() && Character.isUpperCase(source.charAt(words.get(i).start()));
    }

    private boolean phraseAt(int i, List<String> phrase) {
        for (int k = 0; k < phrase.size(); k++) {
            if (!is(i + k, phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private int skip(int i, String word) {
        return is(i, word) ? i + 1 : i;
    }

    private boolean is(int i, String word) {
        return i < words.size() && words.get(i).text().equals(word);
    }

    private boolean in(int i, Set<String> set) {
        return i < words.size() && set.contains(words.get(i).text());
    }
}
