package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Present-tense agreement for the verb after a pronoun the composer replaces with the children's names:
 * "they feel" becomes "Ella feels", "she goes" becomes "Ella and Sam go". Words that are not present-tense
 * verbs in the other form (modals, past tense, adverbs) are left as they are.
 */
final class Verbs {

    private Verbs() {}

    private static final Map<String, String> TO_SINGULAR = Map.of("are", "is", "were", "was", "have", "has", "do",
            "does", "go", "goes");
    private static final Map<String, String> TO_PLURAL = Map.of("is", "are", "was", "were", "has", "have", "does", "do",
            "goes", "go");
    /** Words after a pronoun that take no agreement: modals, past forms, adverbs, contractions' remains. */
    private static final Set<String> UNCHANGED = Set.of("will", "would", "can", "could", "should", "shall", "may",
            "might", "must", "won", "felt", "went", "said", "slept", "saw", "came", "got", "had", "did", "made",
            "took", "knew", "thought", "told", "kept", "left", "ate", "ran", "sat", "stood", "found", "gave", "began",
            "heard", "let", "put", "spent", "brought", "always", "never", "often", "usually", "sometimes", "also",
            "still", "already", "now", "really", "just", "then", "all", "both", "each", "not", "no", "need", "needs");

    /** "feel" -> "feels", "are" -> "is", "try" -> "tries", "watch" -> "watches"; others unchanged. */
    static String singular(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || UNCHANGED.contains(v) || v.endsWith("ed") || TO_PLURAL.containsKey(v)) {
            return verb;
        }
        if (TO_SINGULAR.containsKey(v)) {
            return TO_SINGULAR.get(v);
        }
        if (v.endsWith("s") && !v.endsWith("ss")) {
            return verb; // already agrees ("feels")
        }
        if (v.endsWith("ss") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x") || v.endsWith("z")
                || v.endsWith("o")) {
            return verb + "es";
        }
        if (v.length() > 1 && v.endsWith("y") && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            return verb.substring(0, verb.length() - 1) + "ies";
        }
        return verb + "s";
    }

    /** "feels" -> "feel", "is" -> "are", "tries" -> "try", "watches" -> "watch"; others unchanged. */
    static String plural(String verb) {
        String v = verb.toLowerCase(Locale.ROOT);
        if (v.isEmpty() || UNCHANGED.contains(v) || v.endsWith("ed") || TO_SINGULAR.containsKey(v)) {
            return verb;
        }
        if (TO_PLURAL.containsKey(v)) {
            return TO_PLURAL.get(v);
        }
        if (v.endsWith("ies") && v.length() > 4) {
            return verb.substring(0, verb.length() - 3) + "y";
        }
        if (v.endsWith("sses") || v.endsWith("shes") || v.endsWith("ches") || v.endsWith("xes") || v.endsWith("zes")
                || v.endsWith("oes")) {
            return verb.substring(0, verb.length() - 2);
        }
        if (v.endsWith("s") && !v.endsWith("ss") && !v.endsWith("us")) {
            return verb.substring(0, verb.length() - 1);
        }
        return verb;
    }

    /** Verbs a child's experience is said with, so "and sleep" after "Ella feels safe" is known to be one of them. */
    private static final Set<String> EVERYDAY = Set.of("sleep", "feel", "go", "play", "eat", "see", "get", "know",
            "have", "enjoy", "spend", "stay", "live", "talk", "tell", "come", "keep", "learn", "laugh", "smile", "settle",
            "trust", "visit", "do", "make", "look", "wake", "understand", "read", "sit", "walk", "arrive", "grow",
            "take", "share", "join", "return", "speak", "rest", "relax", "belong", "receive", "want", "like", "love",
            "care", "cope", "manage", "attend", "engage", "be");

    /**
     * The rest of the sentence after a verb made to agree: a second everyday verb joined by "and" or "or" agrees too
     * ("Ella feels safe at home and sleeps in her own bed"). Only up to the end of the sentence; one pass.
     */
    static String agreeAfterAnd(String rest, boolean several) {
        int end = rest.indexOf(". ");
        String sentence = end < 0 ? rest : rest.substring(0, end);
        String[] words = sentence.split(" ", -1);
        for (int i = 1; i < words.length; i++) {
            String before = words[i - 1].toLowerCase(Locale.ROOT);
            String word = words[i];
            String bare = word.replaceAll("[^\\p{L}]", "");
            if (!(before.equals("and") || before.equals("or")) || bare.isEmpty()
                    || !EVERYDAY.contains(plural(bare.toLowerCase(Locale.ROOT)))) {
                continue;
            }
            String agreed = several ? plural(bare) : singular(bare);
            words[i] = word.replace(bare, agreed);
        }
        return String.join(" ", words) + (end < 0 ? "" : rest.substring(end));
    }
}
