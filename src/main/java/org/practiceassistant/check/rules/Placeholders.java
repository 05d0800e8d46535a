package org.practiceassistant.check.rules;

import java.util.Locale;
import java.util.Set;

/**
 * What a writer puts under a heading that has nothing real under it yet: "None.", "N/A", "TBC", "-", "not recorded",
 * "Not shared yet.", "Not seen yet - Ava was at nursery". Such a body keeps a form's heading but says nothing the
 * heading asks for, so the part is empty. Read word by word, never with a pattern that could backtrack.
 */
final class Placeholders {

    /* Words that stand for nothing on their own. */
    private static final Set<String> NOTHING = Set.of("none", "nil", "n/a", "na", "unknown", "nothing", "blank", "tbc", "tba",
            "tbd", "pending");
    /* Those that say something is still to come: a reason why may follow them ("TBC at the next core group"). */
    private static final Set<String> STILL_TO_COME = Set.of("tbc", "tba", "tbd", "pending");
    /*
     * "Not recorded", "not yet shared", "not seen yet": "not", then what has not been done, said by its past participle
     * (regular ones end in "-ed"; these are the irregular ones plans use) or as "applicable".
     */
    private static final Set<String> IRREGULAR_PARTICIPLES = Set.of("seen", "known", "done", "set", "given", "met", "spoken",
            "written", "shown", "told", "held", "sent", "begun", "made", "taken", "drawn", "applicable", "available");
    /* Words that only qualify a placeholder: "none at present", "none identified so far", "nil as yet". */
    private static final Set<String> QUALIFIERS = Set.of("yet", "set", "known", "identified", "recorded", "given", "agreed",
            "noted", "so", "far", "at", "the", "this", "present", "moment", "time", "stage", "currently", "as", "now", "of",
            "for", "today", "in", "place", "been", "has", "have");
    /* A reason given after "not ... yet" or "TBC" is short and quotes no one (a child's words in quotes are their voice). */
    private static final int MAX_REASON_WORDS = 15;
    private static final int YET_WITHIN = 5;

    private Placeholders() {}

    /** Whether the words under a heading (or after its label) are only a placeholder for content still to come. */
    static boolean isPlaceholder(String body) {
        String text = body.strip().replace('\u2019', '\'').toLowerCase(Locale.ROOT);
        if (text.length() > 200) {
            return false;
        }
        String[] words = words(text);
        if (words.length == 0) {
            // "-", "?", "...", "**": marks with no word in them.
            return text.indexOf('"') < 0 && text.indexOf('\u201C') < 0;
        }
        int next;
        boolean stillToCome;
        if (NOTHING.contains(words[0])) {
            next = 1;
            stillToCome = STILL_TO_COME.contains(words[0]);
        } else if (words[0].equals("to") && words.length > 1 && (words[1].equals("follow")
                || words[1].equals("be") && words.length > 2 && isParticiple(words[2]))) {
            // "To follow", "to be confirmed", "to be agreed at the core group".
            next = words[1].equals("follow") ? 2 : 3;
            stillToCome = true;
        } else if (words[0].equals("not")) {
            next = 1;
            boolean yet = false;
            while (next < words.length && (words[next].equals("yet") || words[next].equals("been"))) {
                yet |= words[next].equals("yet");
                next++;
            }
            if (next < words.length && isParticiple(words[next])) {
                next++;
            } else if (!yet) {
                return false;
            }
            // "Not seen yet", "not shared with the family yet": a "yet" soon after says it is still to come.
            for (int i = next; i < Math.min(words.length, next + YET_WITHIN) && !yet; i++) {
                yet = words[i].equals("yet");
            }
            stillToCome = yet;
        } else if (words[0].equals("no") && words.length > 1 && (words[1].equals("information") || words[1].equals("details")
                || words[1].equals("info") || words[1].equals("entry"))) {
            next = 2;
            stillToCome = false;
        } else {
            return false;
        }
        int rest = next;
        while (rest < words.length && QUALIFIERS.contains(words[rest])) {
            rest++;
        }
        if (rest == words.length) {
            return true;
        }
        // "Not seen yet - Ava was at nursery.", "TBC at the next core group": nothing yet, and why.
        return stillToCome && words.length - next <= MAX_REASON_WORDS && text.indexOf('"') < 0 && text.indexOf('\u201C') < 0;
    }

    private static boolean isParticiple(String word) {
        return (word.length() > 3 && word.endsWith("ed")) || IRREGULAR_PARTICIPLES.contains(word);
    }

    /* Words of letters, digits, "/" and "'" ("n/a" is one word); anything else separates them. */
    private static String[] words(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || ((c == '/' || c == '\'') && word.length() > 0)) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words.toArray(String[]::new);
    }
}
