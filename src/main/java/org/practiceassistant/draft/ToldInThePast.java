package org.practiceassistant.draft;

import org.practiceassistant.check.rules.FearReading;

/**
 * A "fear" that only tells what has happened ("Jason has used cocaine and fallen asleep ..."): nothing to come in it, as
 * Check reads a future ({@link FearReading#saysWhatCouldHappen}), and told in the past. The coach asks for what they fear
 * instead. Whether it says anything to come is Check's reading; the past is read here, from a few words (auxiliaries,
 * common irregular pasts, "-ed" words with no present beside them). Why a list of its own: Check keeps no reading of
 * tense to share (its two lists of irregular participles serve other questions: an act done to someone in
 * {@code SpecificBehaviourCriterion}, a placeholder's "not seen yet" in {@code Placeholders}, and neither has "been",
 * "gone" or "got", which fears told in the past use most), and no part-of-speech tagger is among the project's
 * dependencies (a tagger and its model would be tens of megabytes and a start-up cost for this one question).
 */
final class ToldInThePast {

    private ToldInThePast() {}

    /** Words that tell of the past on their own: "was found", "got out", "did not", "went missing". */
    private static final java.util.Set<String> PAST = java.util.Set.of("had", "was", "were", "did", "got", "went", "came",
            "said", "told", "found", "took");
    /** "has" and "have" tell of the past only before a past participle: "has used", "have been", not "has nowhere". */
    private static final java.util.Set<String> PERFECT = java.util.Set.of("has", "have");
    private static final java.util.Set<String> IRREGULAR_PARTICIPLES = java.util.Set.of("been", "got", "gone", "done",
            "had", "hit", "left", "found", "taken", "told", "said", "seen", "fallen", "run", "come", "given", "broken");
    /** Words of the present that make an "-ed" word after them a description ("is scared", "feels isolated"). */
    private static final java.util.Set<String> PRESENT = java.util.Set.of("is", "are", "am", "gets", "get", "feels", "feel",
            "keeps", "keep", "seems", "looks", "becomes");
    /** Words ending in "ed" that are no past: "need", "bed", "feed", "red". */
    private static final int SHORTEST_PAST_IN_ED = 4;

    /**
     * True when the fear said only tells what has happened ("Jason has used cocaine and fallen asleep ..., and Alfie got
     * out of the flat"): nothing in it is to come, as Check reads a future, and it is told in the past. Composed after
     * "if nothing changes," it would say what happened again rather than what it will mean for the child. A fear in the
     * present ("Tasha is stressed", "she has nowhere to live") is left: the composer says it after "if nothing changes".
     */
    private static final java.util.regex.Pattern WILL = java.util.regex.Pattern.compile("(?iu)\\b(\\p{L}+)['\u2019]ll\\b");

    static boolean onlyWhatHappened(String fear) {
        // "he'll be used to carry drugs": "'ll" is "will", a fear of what could happen, not "used" as what happened.
        String tidy = WILL.matcher(ChatWords.tidy(fear)).replaceAll("$1 will");
        if (tidy.isBlank() || FearReading.saysWhatCouldHappen(tidy)) {
            return false;
        }
        String[] words = tidy.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}']+");
        boolean present = false;
        boolean regularPast = false;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String next = i + 1 < words.length ? words[i + 1] : "";
            if (PAST.contains(word) || PERFECT.contains(word) && (participle(next) || IRREGULAR_PARTICIPLES.contains(next))) {
                return true;
            }
            present |= PRESENT.contains(word);
            regularPast |= participle(word) && word.endsWith("ed");
        }
        return regularPast && !present;
    }

    /** "used", "pushed", "taken": a word that reads as a past participle; not "need" or "bed". */
    private static boolean participle(String word) {
        return word.length() >= SHORTEST_PAST_IN_ED && (word.endsWith("ed") && !word.endsWith("eed") || word.endsWith("en")
                && !word.endsWith("een") && !word.endsWith("ten") && !word.equals("often") && !word.equals("women")
                && !word.equals("children"));
    }
}
