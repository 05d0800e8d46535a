package org.practiceassistant.draft;

import java.util.List;

/**
 * The ways workers say they do not know yet ("idk", "not sure", "tbc", "not asked yet", "not sure yet, need to ask
 * their mum"), told apart from answers that say a person or fact is unknown ("dad unknown", "don't know where Dad
 * lives"), which are answers. Read on the normalised message (lower case, single spaces).
 */
final class NotKnownWords {

    private NotKnownWords() {}

    /** Ways of saying "I don't know yet", read in a short message wherever they stand. */
    static final List<String> NOT_KNOWN = List.of("don't know", "dont know", "do not know", "didn't know",
            "idk", "not sure", "unsure", "no idea", "dunno", "not known", "unknown", "no clue", "don't no", "dont no",
            "not certain", "can't say", "cant say", "need to find out", "need to check", "tbc", "to be confirmed",
            "not asked", "haven't asked", "havent asked", "not spoken to", "haven't spoken to", "havent spoken to",
            "haven't had a chance", "havent had a chance", "not done", "haven't done", "havent done", "not scored",
            "not yet", "none yet");
    /** A message longer than this is an answer that mentions not knowing something, not "I don't know". */
    private static final int NOT_KNOWN_MAX_WORDS = 7;

    static boolean saidIn(String normalised) {
        String padded = " " + normalised.replace('?', ' ').replace(',', ' ').replace('.', ' ').replace('-', ' ') + " ";
        if (normalised.isEmpty()) {
            return false;
        }
        if (padded.strip().split("\\s+").length > NOT_KNOWN_MAX_WORDS) {
            return notKnownThenFindingOut(padded);
        }
        for (String phrase : NOT_KNOWN) {
            int at = padded.indexOf(" " + phrase + " ");
            if (at >= 0 && !saysWhatIsUnknown(padded, at, phrase)) {
                return true;
            }
        }
        return false;
    }

    /** A longer "not sure yet, will ask at the next visit" is still not knowing: said first, then only how to find out. */
    private static final int FINDING_OUT_MAX_WORDS = 16;
    private static final List<String> FINDING_OUT = List.of(" ask ", " asking ", " find out ", " check ", " checking ",
            " next visit ", " confirm ", " chase ", " later ", " speak to ", " talk to ", " get back ");

    private static boolean notKnownThenFindingOut(String padded) {
        if (padded.strip().split("\\s+").length > FINDING_OUT_MAX_WORDS) {
            return false;
        }
        String opening = padded.startsWith(" i ") ? padded.substring(2) : padded.startsWith(" im ") || padded.startsWith(" i'm ")
                ? padded.substring(padded.indexOf(' ', 1)) : padded;
        for (String phrase : NOT_KNOWN) {
            if (opening.startsWith(" " + phrase + " ")) {
                String[] rest = opening.substring(phrase.length() + 2).strip().split("\\s+");
                // Only how to find out after it: a name or any other fact makes it an answer.
                return FINDING_OUT.stream().anyMatch(padded::contains)
                        && java.util.Arrays.stream(rest).allMatch(w -> w.isEmpty() || FINDING_OUT_WORDS.contains(w));
            }
        }
        return false;
    }

    private static final java.util.Set<String> FINDING_OUT_WORDS = java.util.Set.of("yet", "will", "i'll", "ill", "i",
            "need", "needs", "to", "ask", "asking", "find", "out", "check", "checking", "at", "the", "next", "visit",
            "with", "mum", "dad", "family", "them", "her", "him", "later", "confirm", "chase", "speak", "talk", "get",
            "back", "on", "this", "it", "that", "and", "so", "for", "now", "meeting", "conference", "in", "a", "when",
            "see", "parents", "carers", "going", "am", "be", "tbc", "sorry", "tbh", "just", "still", "about", "all",
            "of", "you", "re", "parent", "carer", "team", "manager", "my", "week", "monday", "tuesday", "wednesday",
            "thursday", "friday", "soon", "first", "then", "can", "should", "must", "have", "has", "not", "asked", "their",
            "his", "we", "us", "nan", "gran", "school", "again", "properly", "yet.", "today", "tomorrow");

    /** Words that may stand before "unknown" without naming what is unknown: "it's unknown", "still not known". */
    private static final java.util.Set<String> UNKNOWN_FILLERS = java.util.Set.of("i", "it", "it's", "its", "is", "that's",
            "thats", "that", "still", "currently", "as", "yet", "at", "the", "moment", "all", "just", "sorry", "um",
            "er", "honestly", "tbh", "so", "far", "for", "now", "really");

    /**
     * "dad unknown", "father not known", "no idea who dad is", "don't know where Dad lives": an answer that a
     * person or fact is unknown, not the worker not knowing the answer.
     */
    private static boolean saysWhatIsUnknown(String padded, int at, String phrase) {
        String before = padded.substring(0, at).strip();
        String after = padded.substring(at + phrase.length() + 1).strip();
        if (phrase.equals("unknown") || phrase.equals("not known")) {
            return !before.isEmpty() && java.util.Arrays.stream(before.split(" ")).anyMatch(w -> !UNKNOWN_FILLERS.contains(w));
        }
        String[] next = after.isEmpty() ? new String[0] : after.split(" ");
        return next.length >= 2 && (next[0].equals("who") || next[0].equals("where")) && !next[1].equals("to");
    }
}
