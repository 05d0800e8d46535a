package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * The letters services write for family members, as case notes do: "M" (mum), "F" (father), "M&D", and the grandparents'
 * "MGM", "PGM", "MGF", "PGF" (maternal / paternal grandmother, grandfather). They are people who act ("M to engage",
 * "M&D + PGM to implement the safety plan") and people in the network ("MGF (Phil) supportive"), whatever the jargon
 * criterion says of the letters themselves. The grandparents' letters are no English word, so the family word list holds
 * them; a lone "M" or "F" is read here, in capitals as written and only where a person's verb follows, because "m" and "f"
 * are also metres, sizes and grades.
 */
final class FamilyLetters {

    private static final Set<String> PARENTS = Set.of("M", "F");

    /* What follows a parent's letter when the letter is someone acting: "M to engage", "F did not attend", "M will ring". */
    private static final Set<String> ACTS_NEXT = WordLists.stems("to", "will", "has", "had", "did", "does", "agreed", "is", "was",
            "must", "should", "can", "won't", "and");

    private FamilyLetters() {}

    /**
     * A parent's letter at {@code i} written as someone acting: "M" or "F" alone in capitals followed in its sentence by a
     * person's verb; "M&D" / "M & D" / "M+D" read as one pair (the "&" and "+" are not tokens, so the pair is two
     * neighbouring letters with only those signs between).
     */
    static Optional<Lexicon.Match> parentAt(AnalysedText text, int i) {
        List<AnalysedText.Token> tokens = text.tokens();
        AnalysedText.Token t = tokens.get(i);
        String word = text.text().substring(t.start(), t.end());
        if (!PARENTS.contains(word) || i + 1 >= tokens.size() || tokens.get(i + 1).sentence() != t.sentence()) {
            return Optional.empty();
        }
        AnalysedText.Token next = tokens.get(i + 1);
        String nextWord = text.text().substring(next.start(), next.end());
        if (nextWord.equals("D") && onlyJoinsBetween(text.text(), t.end(), next.start())) {
            return Optional.of(new Lexicon.Match(i, i + 2, t.start(), next.end(), "m&d"));
        }
        return ACTS_NEXT.contains(next.stem()) ? Optional.of(new Lexicon.Match(i, i + 1, t.start(), t.end(), word.toLowerCase(java.util.Locale.ROOT)))
                : Optional.empty();
    }

    /* Between "M" and "D": "&", "+", "/" and spaces only. */
    private static boolean onlyJoinsBetween(String text, int from, int to) {
        if (to - from > 3) {
            return false;
        }
        boolean join = false;
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '&' || c == '+' || c == '/') {
                join = true;
            } else if (c != ' ') {
                return false;
            }
        }
        return join;
    }
}
