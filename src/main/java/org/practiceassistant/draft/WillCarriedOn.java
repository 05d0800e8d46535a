package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;

/**
 * "he'll get more in debt to the lads, mental health get worse": a fear listed after a part with "will" (or "could",
 * "might") often drops the word from the parts after it. Check reads "mental health get worse" as a vague escalation, not as
 * what will happen to the child; the part is said with the word carried on ("mental health will get worse"). Only a short
 * subject (one to three words, no pronoun) straight before a bare verb of change, in a part with no such word of its own;
 * anything else is left as typed. Read part by part, word by word.
 */
final class WillCarriedOn {

    private static final Set<String> MODALS = Set.of("will", "could", "might", "would", "may", "can", "should");
    /** Bare verbs that say something will change: "get worse", "go downhill", "stop going". */
    private static final Set<String> CHANGES = Set.of("get", "go", "become", "end", "stop", "fall", "grow", "keep", "stay",
            "break");
    /** Words that make a part more than a subject and its verb ("they get", "if it gets"): left as typed. */
    private static final Set<String> NO_SUBJECT = Set.of("i", "we", "you", "they", "he", "she", "it", "and", "or", "but",
            "if", "when", "then", "to", "not", "never", "that", "so", "because", "as", "until", "unless");
    private static final int LONGEST_SUBJECT = 3;

    private WillCarriedOn() {}

    static String said(String fear) {
        String[] parts = fear.split(",", -1);
        var out = new StringBuilder(fear.length() + 8);
        String modal = null;
        for (int p = 0; p < parts.length; p++) {
            if (p > 0) {
                out.append(',');
            }
            String own = modalIn(parts[p]);
            out.append(modal != null && own == null ? carried(parts[p], modal) : parts[p]);
            if (modal == null) {
                modal = own;
            }
        }
        return out.toString();
    }

    /** The part with the modal put before its verb of change, or the part as typed. */
    private static String carried(String part, String modal) {
        String body = part.stripLeading();
        String lead = part.substring(0, part.length() - body.length());
        String[] words = body.split(" ", -1);
        int start = words.length > 0 && words[0].equalsIgnoreCase("and") ? 1 : 0;
        if (start >= words.length || !subjectWord(words[start])) {
            return part;
        }
        for (int at = start + 1; at < words.length && at <= start + LONGEST_SUBJECT; at++) {
            String word = words[at].toLowerCase(Locale.ROOT);
            if (CHANGES.contains(word)) {
                var said = new StringBuilder(lead);
                for (int w = 0; w < words.length; w++) {
                    said.append(w > 0 ? " " : "").append(w == at ? modal + " " + words[w] : words[w]);
                }
                return said.toString();
            }
            if (!subjectWord(words[at])) {
                return part;
            }
        }
        return part;
    }

    private static boolean subjectWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return !w.isEmpty() && !NO_SUBJECT.contains(w) && !MODALS.contains(w)
                && w.chars().allMatch(c -> Character.isLetter(c) || c == '\'');
    }

    /** The first modal in the part, in lower case, or null. */
    private static String modalIn(String part) {
        for (String word : part.strip().split(" ")) {
            String w = word.toLowerCase(Locale.ROOT);
            if (MODALS.contains(w)) {
                return w;
            }
        }
        return null;
    }
}
