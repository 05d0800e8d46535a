package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.practiceassistant.system.text.EnglishWords;

/**
 * The worker's next steps as the plan's action rows: one action per sentence or semicolon, each split into who,
 * what and by when where the words show it ("Grandma Jean will ring the school by Friday" is Grandma Jean / ring
 * the school / by Friday). Nothing is invented: an action whose who or when the worker did not say keeps its
 * words whole, with that column empty. Scans the text once, without regular expressions over it.
 */
final class ActionLines {

    /**
     * One row of the plan's who / what / by when table.
     *
     * @param said the action as the worker wrote it, for a line of its own
     */
    record Action(String said, String who, String what, String when) {}

    /** A "who" longer than this is a sentence that happens to contain "will", not a person. */
    private static final int MAX_WHO_WORDS = 5;
    /** A "when" longer than this is part of what will be done ("on the days when Mum works late and ..."). */
    private static final int MAX_WHEN_WORDS = 6;
    private static final List<String> WHEN_WORDS = List.of("by", "on", "before", "from", "until", "within", "every",
            "each", "next", "this", "weekly", "daily", "fortnightly", "monthly", "tomorrow", "today", "asap");

    private ActionLines() {}

    static List<Action> of(String text) {
        var actions = new ArrayList<Action>();
        if (text == null) {
            return actions;
        }
        for (String sentence : actionSentences(text)) {
            for (String part : byPerson(sentence)) {
                actions.add(action(part));
            }
        }
        return actions;
    }

    /** The most words a second person can have in "..., mum will give ...": more is a clause, not a person. */
    private static final int MAX_NEXT_WHO_WORDS = 3;

    /**
     * How an action follows its person. "Will" after any short subject ("Grandma Jean will ring ..."); the others
     * ("mum to see the gp", "nan needs to ring school") only after words that name people, as "to" follows a verb
     * far more often ("ring nan to agree ...").
     */
    private static final List<String> ACTING = List.of(" will ", " is going to ", " are going to ", " needs to ",
            " need to ", " has to ", " have to ", " is to ", " are to ", " should ", " must ", " to ");
    private static final String WILL = " will ";
    /** Where one person's action may end and the next person's start. */
    private static final List<String> BOUNDARIES = List.of(", ", " and ", " & ", " then ", " + ", " - ");
    private static final List<String> CLAUSE_OPENINGS = List.of("if", "when", "it", "this", "that", "there", "who", "which");

    /** A person and how their action is said: who ends at {@code markStart}, what starts at {@code markEnd}. */
    private record Actor(int markStart, int markEnd, boolean will) {}

    /**
     * "I will ring nan by fri, mum will give school nans number by mon", "sw to do home visit every 2 wks, mum to see gp
     * by fri, nan to ring school mon": several people's actions in one sentence, split where the next person starts
     * (after a comma, "and" or "then" just before their "will", or after a comma before "to" in a list said that way), so
     * each row has its own who and by when. One scan of the sentence, a few words looked at from each boundary.
     */
    static List<String> byPerson(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        var parts = new ArrayList<String>();
        Actor current = actor(lower, 0, MAX_WHO_WORDS).orElse(null);
        int firstWill = lower.indexOf(WILL);
        if (current == null && firstWill >= 0) {
            // "After the meeting on Friday the social worker will ...": a long opening still has its "will".
            current = new Actor(firstWill, firstWill + WILL.length(), true);
        }
        int start = 0;
        for (int i = 0; i < lower.length(); i++) {
            String mark = boundaryAt(lower, i);
            // With no person before it ("TAF meeting 8th jan - i'll send invites"), only a "will" after the mark parts the sentence.
            if (mark == null || current != null && current.markEnd() > i) {
                continue;
            }
            int who = afterJoiningWords(lower, i + mark.length());
            Actor next = actor(lower, who, MAX_NEXT_WHO_WORDS).orElse(null);
            // A list said "mum to ..., nan to ..." is split at its commas only: "visit mum and dad to talk" is one action.
            boolean listed = next != null && current != null && !next.will() && !current.will()
                    && (mark.equals(", ") || mark.equals(" then "));
            if (next != null && (next.will() || listed)) {
                parts.add(sentence.substring(start, i));
                start = who;
                current = next;
            }
        }
        parts.add(sentence.substring(start));
        var kept = new ArrayList<String>();
        for (String part : parts) {
            add(kept, new StringBuilder(part));
        }
        return kept;
    }

    private static String boundaryAt(String lower, int i) {
        for (String mark : BOUNDARIES) {
            if (lower.startsWith(mark, i)) {
                return mark;
            }
        }
        return null;
    }

    private static int afterJoiningWords(String lower, int from) {
        int at = from;
        for (String joining : List.of("and ", "then ", "& ", "+ ")) {
            if (lower.startsWith(joining, at)) {
                at += joining.length();
            }
        }
        return at;
    }

    /**
     * The person whose action starts at {@code from}: up to {@code maxWords} words and then "will", or words that name
     * people and then "to", "needs to", "should" and the like. Empty when the words there are no person.
     */
    private static java.util.Optional<Actor> actor(String lower, int from, int maxWords) {
        // "i'll send invites", "we'll meet mum": the person and "will" in one word.
        for (String contracted : WILL_CONTRACTED) {
            if (lower.startsWith(contracted, from)) {
                int apostrophe = from + contracted.indexOf('l') - 1;
                return java.util.Optional.of(new Actor(apostrophe, from + contracted.length(), true));
            }
        }
        int words = 0;
        for (int i = from; i < lower.length() && words <= maxWords; i++) {
            if (lower.charAt(i) != ' ') {
                continue;
            }
            words++;
            for (String mark : ACTING) {
                if (words <= maxWords && lower.startsWith(mark, i)) {
                    String who = lower.substring(from, i).strip();
                    boolean will = mark.equals(WILL);
                    boolean clause = CLAUSE_OPENINGS.contains(who.split(" ")[0]);
                    if (!who.isEmpty() && !clause && (will || FamilyAndSupport.onlyPeople(who) || aNameInLowerCase(who))) {
                        return java.util.Optional.of(new Actor(i, i + mark.length(), will));
                    }
                    if (will) {
                        return java.util.Optional.empty();
                    }
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "jo to be mum's phone a friend": one word before "to" that is no English word is a name typed in lower case, a
     * person as much as "Jo" is ("ring to ..." and "walk to ..." stay what is done).
     */
    static boolean aNameInLowerCase(String who) {
        return who.length() >= 2 && who.chars().allMatch(Character::isLetter)
                && !EnglishWords.contains(who);
    }

    private static final List<String> WILL_CONTRACTED = List.of("i'll ", "i\u2019ll ", "we'll ", "we\u2019ll ");

    /**
     * The next steps as sentences: as {@link #sentences}, and also at a full stop followed by a word in lower case, as
     * next steps are typed in a hurry ("TAF meeting 8th jan - i'll send invites. gemma GP appt. i'll do words and
     * pictures ..."): each is an action of its own. Not after a short form that runs on ("e.g.", "approx.", "Dr.").
     */
    static List<String> actionSentences(String text) {
        var parts = new ArrayList<String>();
        for (String sentence : sentences(text)) {
            int start = 0;
            for (int i = 0; i + 2 < sentence.length(); i++) {
                if (sentence.charAt(i) == '.' && sentence.charAt(i + 1) == ' ' && Character.isLowerCase(sentence.charAt(i + 2))
                        && !runsOn(sentence, i)) {
                    add(parts, new StringBuilder(sentence.substring(start, i)));
                    start = i + 2;
                }
            }
            add(parts, new StringBuilder(sentence.substring(start)));
        }
        return parts;
    }

    private static final java.util.Set<String> RUNS_ON = java.util.Set.of("e.g", "eg", "i.e", "ie", "dr", "mr", "mrs",
            "ms", "st", "approx", "vs", "no", "re", "incl");

    /** Whether the word before the full stop at {@code dot} is a short form the sentence runs on after. */
    private static boolean runsOn(String sentence, int dot) {
        int begin = sentence.lastIndexOf(' ', dot) + 1;
        return RUNS_ON.contains(sentence.substring(begin, dot).toLowerCase(Locale.ROOT));
    }

    /** Split at semicolons, line breaks and sentence ends (a full stop followed by a space and a capital). */
    static List<String> sentences(String text) {
        var parts = new ArrayList<String>();
        var current = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean sentenceEnd = (c == '.' || c == '!' || c == '?') && i + 2 < text.length()
                    && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2));
            if (c == ';' || c == '\n' || sentenceEnd) {
                add(parts, current);
            } else {
                current.append(c);
            }
        }
        add(parts, current);
        return parts;
    }

    private static void add(List<String> parts, StringBuilder current) {
        String part = current.toString().strip();
        while (!part.isEmpty() && ".!,".indexOf(part.charAt(part.length() - 1)) >= 0) {
            part = part.substring(0, part.length() - 1).strip();
        }
        for (String joining : List.of("and ", "then ", "& ", "+ ")) {
            if (part.startsWith(joining)) {
                part = part.substring(joining.length()).strip();
            }
        }
        if (!part.isEmpty()) {
            parts.add(Character.toUpperCase(part.charAt(0)) + part.substring(1));
        }
        current.setLength(0);
    }

    private static Action action(String sentence) {
        String who = "";
        String rest = sentence;
        var actor = actor(sentence.toLowerCase(Locale.ROOT), 0, MAX_WHO_WORDS);
        if (actor.isPresent()) {
            who = sentence.substring(0, actor.get().markStart()).strip();
            rest = sentence.substring(actor.get().markEnd()).strip();
        }
        who = asWorker(who);
        String[] words = rest.split(" ");
        for (int i = Math.max(1, words.length - MAX_WHEN_WORDS); i < words.length; i++) {
            if (WHEN_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                String what = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
                String when = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                return new Action(sentence, who, what, when);
            }
        }
        // "ring nan by fri to agree pick up days": a "by" and a day in the middle is the when too.
        for (int i = 1; i + 1 < words.length; i++) {
            if (words[i].equalsIgnoreCase("by") && aDay(words[i + 1])) {
                // "by 12 December and refer ...": the month said after the day is part of the when.
                int end = i + 2 < words.length && startsWithDigit(words[i + 1]) && Timescales.aMonth(bareWord(words[i + 2]))
                        ? i + 3 : i + 2;
                String what = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)) + " "
                        + String.join(" ", java.util.Arrays.copyOfRange(words, end, words.length));
                return new Action(sentence, who, what.strip(), String.join(" ", java.util.Arrays.copyOfRange(words, i, end)));
            }
        }
        // "nan to ring school mon": a day said last, with no "by" or "on", is the when.
        if (words.length > 1 && WEEKDAYS.contains(bareWord(words[words.length - 1]))) {
            return new Action(sentence, who, String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - 1)),
                    words[words.length - 1]);
        }
        // "TAF meeting 8th jan", "review on 3 March": a date said last is the when.
        int dated = words.length >= 2 && (Timescales.aMonth(bareWord(words[words.length - 1])) && startsWithDigit(words[words.length - 2])
                || startsWithDigit(words[words.length - 1]) && Timescales.aMonth(bareWord(words[words.length - 2]))) ? 2 : 0;
        if (dated > 0 && words.length > dated) {
            return new Action(sentence, who, String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - dated)),
                    String.join(" ", java.util.Arrays.copyOfRange(words, words.length - dated, words.length)));
        }
        return new Action(sentence, who, rest, "");
    }

    /** Days as workers shorten them, written in full in the plan's by-when column. */
    private static final java.util.Map<String, String> DAYS_IN_FULL = java.util.Map.ofEntries(
            java.util.Map.entry("mon", "Monday"), java.util.Map.entry("tue", "Tuesday"), java.util.Map.entry("tues", "Tuesday"),
            java.util.Map.entry("wed", "Wednesday"), java.util.Map.entry("weds", "Wednesday"), java.util.Map.entry("thu", "Thursday"),
            java.util.Map.entry("thur", "Thursday"), java.util.Map.entry("thurs", "Thursday"), java.util.Map.entry("fri", "Friday"),
            java.util.Map.entry("tmrw", "tomorrow"), java.util.Map.entry("tmw", "tomorrow"), java.util.Map.entry("2moro", "tomorrow"));

    /**
     * A by-when as the plan's table writes it, in words a family reads and Check reads as a time: "8th jan" is "8th
     * January", "by fri" "by Friday", "tmrw" "tomorrow" (months and units as {@link Timescales#unitsInFull} writes them,
     * days here). Other words are left as typed; "sat" and "sun" too, words as often as days.
     */
    static String whenInFull(String when) {
        String months = Timescales.unitsInFull(when);
        var out = new StringBuilder(months.length() + 16);
        for (String word : months.split(" ", -1)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            int end = word.length();
            while (end > 0 && !Character.isLetterOrDigit(word.charAt(end - 1))) {
                end--; // "fri," keeps its comma
            }
            String full = DAYS_IN_FULL.get(word.substring(0, end).toLowerCase(Locale.ROOT));
            out.append(full == null ? word : full + word.substring(end));
        }
        return out.toString();
    }

    private static boolean startsWithDigit(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }

    private static final java.util.Set<String> WEEKDAYS = java.util.Set.of("mon", "monday", "tue", "tues", "tuesday",
            "wed", "weds", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun",
            "sunday", "tomorrow", "today", "tonight");

    private static String bareWord(String word) {
        return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    /** Words that open how long a goal lasts or by when: "until her 2nd birthday in May", "for the next 6 months". */
    private static final java.util.Set<String> TIME_OPENINGS = java.util.Set.of("by", "until", "till", "til", "within",
            "for", "before", "from", "over", "throughout");

    /**
     * The family network plan's row for a goal in the worker's own words: who as the goal's first words say it ("Nan Sue
     * will ..."), what as the goal says it, and by when as the first time it names ("until her 2nd birthday in May"),
     * so the table agrees with the goal the worker wrote rather than the answers it replaced. A column the goal does not
     * say is left empty.
     */
    static Action goalRow(String goal) {
        String text = goal.strip();
        String first = sentences(text).stream().findFirst().orElse(text);
        var actor = actor(first.toLowerCase(Locale.ROOT), 0, MAX_WHO_WORDS);
        String who = actor.map(a -> asWorker(first.substring(0, a.markStart()).strip())).orElse("");
        return new Action(text, who, text, timeIn(text));
    }

    /** Times a family names by the occasion: "until her 2nd birthday", "by the summer hols". */
    private static final java.util.Set<String> OCCASIONS = java.util.Set.of("birthday", "holidays", "hols");

    /** The first stretch from a time opening to the end of its clause that names a time, or "". */
    private static String timeIn(String text) {
        String[] words = text.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!TIME_OPENINGS.contains(bareWord(words[i]))) {
                continue;
            }
            var phrase = new StringBuilder(words[i]);
            for (int j = i + 1; j < words.length && j - i <= MAX_WHEN_WORDS + 2; j++) {
                String word = words[j];
                boolean ends = ",.;:!".indexOf(word.charAt(word.length() - 1)) >= 0;
                phrase.append(' ').append(ends ? word.substring(0, word.length() - 1) : word);
                if (ends) {
                    break;
                }
            }
            String said = phrase.toString();
            if (Timescales.namesATime(said) || java.util.Arrays.stream(said.split(" "))
                    .anyMatch(w -> Timescales.timeWord(bareWord(w)) || OCCASIONS.contains(bareWord(w)))) {
                return said;
            }
        }
        return "";
    }

    /** "I" in the worker's own next steps is the social worker: the plan is read by the family, who are not "I". */
    private static String asWorker(String who) {
        String w = who.toLowerCase(Locale.ROOT).strip();
        return w.equals("i") || w.equals("me") || w.equals("myself") || w.equals("sw") ? WORKER : who;
    }

    static final String WORKER = "Social worker";

    private static final java.util.Set<String> DAYS = java.util.Set.of("mon", "monday", "tue", "tues", "tuesday", "wed",
            "weds", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
            "tomorrow", "today", "tonight", "weekend", "conference", "christmas", "easter");

    private static boolean aDay(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d/]", "");
        return DAYS.contains(w) || Timescales.aMonth(w) || !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
