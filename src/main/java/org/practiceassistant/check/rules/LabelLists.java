package org.practiceassistant.check.rules;

import java.util.Locale;
import java.util.Set;

/**
 * "DV, neglect, mental health and poor home conditions": a list of labels, not a statement. A statement
 * or goal says something (it has a verb: "is", "will", "hits", "worried"); a list of labels is short
 * parts joined by commas, slashes or "and", none of them with a verb.
 */
final class LabelLists {

    /* The longest part of a list that is still a label ("poor home conditions", "drug and alcohol use"). */
    private static final int MAX_LABEL_WORDS = 4;

    /* Words that make a clause of a part: any of them and the part says something. */
    private static final Set<String> VERB_WORDS = Set.of("am", "is", "are", "was", "were", "be", "been", "will", "would", "can",
            "could", "may", "might", "must", "should", "has", "have", "had", "does", "do", "did", "worried", "worry",
            "concerned", "feel", "feels", "felt", "says", "said", "want", "wants", "need", "needs", "hit", "hits", "drinks",
            "leaves", "left", "shouts", "takes", "goes", "gets", "keeps", "to",
            // "Jacob presents as tired and withdrawn in class": how someone seems is said of them, in a clause.
            "presents", "presented", "appears", "appeared", "seems", "seemed", "looks", "looked");

    private LabelLists() {}

    static boolean isListOfLabels(String item) {
        return labels(item) >= 2;
    }

    /** "Parental mental health": one label and nothing else. */
    static boolean isOneLabel(String item) {
        return labels(item) == 1;
    }

    /* How many labels the item lists, or 0 when any part of it says something. */
    private static int labels(String item) {
        String[] parts = item.toLowerCase(Locale.ROOT).split("[,;/\u2022]|\\band\\b|\\bor\\b|\\s[-\u2013]\\s");
        int labels = 0;
        for (String part : parts) {
            String[] words = part.strip().replaceAll("[^\\p{L}\\p{N}' ]", " ").strip().split("\\s+");
            if (words.length == 1 && words[0].isEmpty()) {
                continue;
            }
            if (words.length > MAX_LABEL_WORDS) {
                return 0;
            }
            for (String word : words) {
                if (VERB_WORDS.contains(word)) {
                    return 0;
                }
            }
            labels++;
        }
        return labels;
    }
}
