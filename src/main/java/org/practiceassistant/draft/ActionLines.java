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
        for (String part : sentences(text)) {
            actions.add(action(part));
        }
        return actions;
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
        if (part.startsWith("and ")) {
            part = part.substring(4);
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
        String[] words = rest.split(" ");
        for (int i = Math.max(1, words.length - MAX_WHEN_WORDS); i < words.length; i++) {
            if (WHEN_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
                String what = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
                String when = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
                return new Action(sentence, who, what, when);
            }
        }
        return new Action(sentence, who, rest, "");
    }

    private static int words(String text) {
        String t = text.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
