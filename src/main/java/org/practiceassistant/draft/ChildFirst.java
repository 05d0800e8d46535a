package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Asked what they fear will happen to the child, workers often answer with the child as the sentence's subject, in the
 * present and without "will" ("Ella gets more and more cut off", "ella hungry and looking after mum"). Read as who is
 * worried, such an answer replaced the people kept and the fear was asked for again without end. A child named first and
 * followed by words of their own (not "and", "too", "herself") is what happens to the child: who is worried names the
 * adults around them, or the child in a possessive ("Ella's school").
 */
final class ChildFirst {

    /** Words after the child's name that make the child one of a list of people, not a sentence's subject. */
    private static final Set<String> LISTING = Set.of("and", "&", "n", "+", "too", "as", "herself", "himself",
            "themselves", "themself", "also", "is", "was", "are", "were", "has", "feels", "says", "said", "thinks");

    private ChildFirst() {
    }

    /** Whether the answer opens with one of the children's first names as the subject of three words or more. */
    static boolean opensTheAnswer(String typed, List<String> children) {
        String[] words = typed.strip().split("\\s+");
        if (words.length < 3) {
            return false;
        }
        String first = bare(words[0]);
        String next = bare(words[1]);
        if (first.isEmpty() || next.isEmpty() || LISTING.contains(next) || words[0].endsWith(",")) {
            return false;
        }
        return children.stream().anyMatch(name -> name.toLowerCase(Locale.ROOT).equals(first));
    }

    /** The word in lower case without the punctuation typed around it ("Ella," is "ella"; "Ella's" stays possessive). */
    private static String bare(String word) {
        int start = 0;
        int end = word.length();
        while (start < end && !Character.isLetterOrDigit(word.charAt(start)) && word.charAt(start) != '&'
                && word.charAt(start) != '+') {
            start++;
        }
        while (end > start && ".,;:!?)".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
