package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;

/**
 * A worker's note of a word or two with no verb, standing as a sentence among whole ones ("Improved outcomes.", "Ongoing.",
 * "B safe.", "Hv weekly."): a note on a file, not words to a family, and Check fails it on readability
 * (knowledge/check-conventions.md, "Readability"). The composed text never writes one as a sentence of its own: "No ..."
 * is said as a sentence ("No infections." is "There are no infections."), any other note is left out, as the rest of the
 * answer around it says what the worker meant. Read sentence by sentence in one pass: linear.
 */
final class NotesOnTheFile {

    private NotesOnTheFile() {}

    /** The most words a note has (as Check reads it). */
    private static final int MAX_NOTE_WORDS = 2;
    /*
     * Words that make a word or two a clause ("Not hit.", "She will.", "Mum says."): helpers and the short verbs notes
     * keep. More than Check counts is safe here: a short clause is only kept as it was typed.
     */
    private static final Set<String> VERBS = Set.of("is", "are", "was", "were", "be", "been", "being", "am", "has", "have",
            "had", "will", "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did", "isn't",
            "aren't", "wasn't", "won't", "can't", "doesn't", "don't", "didn't", "say", "says", "said", "tell", "told", "tells",
            "want", "wants", "feel", "feels", "need", "needs", "get", "gets", "go", "goes", "hit", "hits", "drink", "drinks",
            "shout", "shouts", "cry", "cries", "hide", "hides", "live", "lives", "smoke", "smokes", "take", "takes", "yes", "no");
    /** Titles and initials end with a full stop but end no sentence: "Dr. Shah", "J. Smith". */
    private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "dr", "st", "miss", "prof");

    /** {@code text} with each note after {@code from} said as a sentence or left out; the text before {@code from} as it was. */
    static String said(String text, int from) {
        // From the end of the sentence the kept text ends in: a fear's "Sam dies." after "worried that" is no note.
        int start = sentenceEnd(text, Math.min(Math.max(from, 0), text.length()));
        var out = new StringBuilder(text.length() + 16).append(text, 0, start);
        boolean changed = false;
        while (start < text.length()) {
            int end = sentenceEnd(text, start);
            String sentence = text.substring(start, end);
            String said = asSaid(sentence);
            changed |= !said.equals(sentence);
            out.append(said);
            start = end;
        }
        return changed ? out.toString().stripTrailing() + text.substring(text.stripTrailing().length()) : text;
    }

    /** The end of the sentence starting at {@code start}: after its full stop, "!" or "?" and the spaces that follow. */
    private static int sentenceEnd(String text, int start) {
        int i = start;
        while (i < text.length()) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')
                    && !titleBefore(text, start, i)) {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) == ' ') {
                    end++;
                }
                return end;
            }
            i++;
        }
        return text.length();
    }

    private static boolean titleBefore(String text, int start, int stop) {
        int w = stop;
        while (w > start && Character.isLetter(text.charAt(w - 1))) {
            w--;
        }
        String word = text.substring(w, stop).toLowerCase(Locale.ROOT);
        return word.length() == 1 || TITLES.contains(word);
    }

    /** Words that say more or less of what follows: "Better outcomes." is a note, "Mum agrees." a clause. */
    private static final Set<String> COMPARING = Set.of("better", "worse", "fewer", "more", "less");

    /*
     * "Mum agrees.", "Jo cried.": someone and a verb in "-s" or "-ed" is a clause, kept as typed; "Improved outcomes.",
     * "Better outcomes." open with a word that describes, so the "-s" after it is a plural, not a verb.
     */
    private static boolean subjectAndVerb(String[] words) {
        if (words.length != 2) {
            return false;
        }
        String first = words[0].toLowerCase(Locale.ROOT);
        String second = words[1].toLowerCase(Locale.ROOT);
        boolean verbShaped = second.length() > 3 && (second.endsWith("ed")
                || second.endsWith("s") && !second.endsWith("ss") && !second.endsWith("us") && !second.endsWith("is"));
        return verbShaped && !first.endsWith("ed") && !COMPARING.contains(first);
    }

    /** One sentence (with the spaces after it) as the composed text says it. */
    private static String asSaid(String sentence) {
        String body = sentence.strip();
        if (!body.endsWith(".") || body.length() < 2) {
            return sentence;
        }
        String[] words = body.substring(0, body.length() - 1).strip().split("\\s+");
        if (words.length > MAX_NOTE_WORDS || words[0].isEmpty() || !Character.isLetter(words[0].charAt(0))) {
            return sentence;
        }
        boolean noThing = words.length == 2 && words[0].equalsIgnoreCase("no");
        for (int w = noThing ? 1 : 0; w < words.length; w++) {
            String word = words[w].toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            if (VERBS.contains(word) || !word.chars().allMatch(ch -> Character.isLetter(ch) || ch == '\'')) {
                return sentence;
            }
        }
        if (!noThing && subjectAndVerb(words)) {
            return sentence;
        }
        String trailing = sentence.substring(sentence.stripTrailing().length());
        if (noThing) {
            String thing = words[1];
            boolean plural = thing.length() > 2 && thing.endsWith("s") && !thing.endsWith("ss");
            return "There " + (plural ? "are" : "is") + " no " + thing + "." + trailing;
        }
        return "";
    }
}
