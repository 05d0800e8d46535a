package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A fear typed in the present about the child ("Demi keeps getting let down", "rose gets hit when dad kicks off", "Tasha is
 * stressed"): after "worried that if nothing changes," the statement says what will happen, so the first verb after the
 * child's name is said with "will" ("Demi will keep getting let down"). Check reads a present-tense fear as what is
 * happening, not what could happen to the child. Only the first verb, straight after the name (an adverb such as
 * "always" may come between); anything else is left as typed. Read word by word.
 */
final class FearInTheFuture {

    private FearInTheFuture() {}

    /** Present forms that are not "-s" plus a base: "is stressed" reads "will be stressed". */
    private static final java.util.Map<String, String> IRREGULAR = java.util.Map.of("is", "be", "has", "have", "does", "do",
            "goes", "go", "are", "be");
    /** Words after a name ending in "s" that are no verb: "Demi this", "Sam plus". */
    private static final Set<String> NOT_VERBS = Set.of("this", "thus", "us", "yes", "less", "plus", "unless", "across",
            "always", "perhaps", "was", "his", "hers", "its", "as", "whereas", "towards", "afterwards", "sometimes",
            "besides", "nowadays", "anyways", "means");
    /** Adverbs that can stand between the name and its verb: "Demi always gets". */
    private static final Set<String> ADVERBS = Set.of("always", "still", "often", "just", "really", "usually", "constantly");

    static String said(String fear, List<String> children) {
        String f = fear.strip();
        for (String child : children) {
            if (child.isEmpty() || !f.regionMatches(true, 0, child, 0, child.length()) || f.length() <= child.length()
                    || f.charAt(child.length()) != ' ') {
                continue;
            }
            String[] words = f.substring(child.length() + 1).split(" ", -1);
            int at = 0;
            String adverb = "";
            if (words.length > 2 && ADVERBS.contains(words[0].toLowerCase(Locale.ROOT))) {
                adverb = words[0] + " ";
                at = 1;
            }
            String verb = words[at];
            String base = base(verb);
            if (base.isEmpty()) {
                return f;
            }
            var rest = new StringBuilder(f.substring(0, child.length())).append(" will ").append(adverb).append(base);
            // "will get hurt or loses the baby": a second verb joined to the first agrees with "will" too.
            int last = DoingInTheFuture.andVerb(words, at, rest, verb.endsWith(",") || verb.endsWith("."));
            for (int i = last + 1; i < words.length; i++) {
                rest.append(' ').append(words[i]);
            }
            return rest.toString();
        }
        return f;
    }

    /** "keeps" -> "keep", "is" -> "be", "misses" -> "miss"; "" when {@code word} is not a present-tense "-s" verb. */
    static String base(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!word.equals(w) || !w.chars().allMatch(Character::isLetter)) {
            return ""; // "Demi Walsh", "Demi's", "Demi, 12": no verb
        }
        if (IRREGULAR.containsKey(w)) {
            return IRREGULAR.get(w);
        }
        if (w.length() < 4 || !w.endsWith("s") || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")
                || NOT_VERBS.contains(w)) {
            return "";
        }
        return Verbs.plural(w);
    }
}
