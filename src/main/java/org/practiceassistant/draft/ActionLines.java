package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
        for (String sentence : sentences(text)) {
            for (String part : byPerson(sentence)) {
                actions.add(action(part));
            }
        }
        return actions;
    }

    /** The most words a second person can have in "..., mum will give ...": more is a clause, not a person. */
    private static final int MAX_NEXT_WHO_WORDS = 3;

    /**
     * "I will ring nan by fri, mum will give school nans number by mon": two people's actions in one sentence, split
     * where the second person starts (after a comma, "and" or "then" just before their "will"), so each row has its
     * own who and by when.
     */
    static List<String> byPerson(String sentence) {
        var parts = new ArrayList<String>();
        String lower = sentence.toLowerCase(Locale.ROOT);
        int start = 0;
        int from = lower.indexOf(" will ");
        while (from >= 0) {
            int next = lower.indexOf(" will ", from + 1);
            if (next < 0) {
                break;
            }
            int cut = personStart(lower, from + " will ".length(), next);
            if (cut > start) {
                parts.add(sentence.substring(start, cut));
                start = cut;
            }
            from = next;
        }
        parts.add(sentence.substring(start));
        var kept = new ArrayList<String>();
        for (String part : parts) {
            var tidy = new StringBuilder(part);
            add(kept, tidy);
        }
        return kept;
    }

    /** Where the person before {@code will} starts, after a comma, "and", "&" or "then"; -1 when none is close. */
    private static int personStart(String lower, int from, int will) {
        int best = -1;
        for (String mark : List.of(", ", " and ", " & ", " then ", " + ")) {
            int at = lower.lastIndexOf(mark, will);
            if (at >= from && at + mark.length() <= will) {
                best = Math.max(best, at);
            }
        }
        if (best < 0) {
            return -1;
        }
        String who = lower.substring(best, will).replaceFirst("^(,|\\s)*(and|&|then|\\+)?\\s*", "");
        int n = words(who);
        boolean clause = List.of("if", "when", "it", "this", "that", "there", "who", "which").contains(who.split(" ")[0]);
        return n >= 1 && n <= MAX_NEXT_WHO_WORDS && !clause ? best + 1 : -1;
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
        int will = sentence.toLowerCase(Locale.ROOT).indexOf(" will ");
        if (will > 0 && words(sentence.substring(0, will)) <= MAX_WHO_WORDS) {
            who = sentence.substring(0, will).strip();
            rest = sentence.substring(will + " will ".length()).strip();
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
                String what = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i)) + " "
                        + String.join(" ", java.util.Arrays.copyOfRange(words, i + 2, words.length));
                return new Action(sentence, who, what.strip(), "by " + words[i + 1]);
            }
        }
        return new Action(sentence, who, rest, "");
    }

    /** "I" in the worker's own next steps is the social worker: the plan is read by the family, who are not "I". */
    private static String asWorker(String who) {
        String w = who.toLowerCase(Locale.ROOT).strip();
        return w.equals("i") || w.equals("me") || w.equals("myself") ? WORKER : who;
    }

    static final String WORKER = "Social worker";

    private static final java.util.Set<String> DAYS = java.util.Set.of("mon", "monday", "tue", "tues", "tuesday", "wed",
            "weds", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
            "tomorrow", "today", "tonight", "weekend", "jan", "january", "feb", "february", "mar", "march", "apr", "april",
            "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
            "november", "dec", "december", "conference", "christmas", "easter");

    private static boolean aDay(String word) {
        String w = word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\d/]", "");
        return DAYS.contains(w) || !w.isEmpty() && Character.isDigit(w.charAt(0));
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
