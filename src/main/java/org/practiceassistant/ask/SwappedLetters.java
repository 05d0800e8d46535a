package org.practiceassistant.ask;

import java.io.IOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * The two exceptions the spelling step makes for the commonest slip, two neighbouring letters swapped: an English word
 * the pack never uses that swaps back into a pack word is that word ("minuets" for "minutes": in a question about
 * practice the swap is likelier than the rare word), and a word of six or seven letters may be a swap and one more slip
 * from a pack word ("jorunel" for "journal"), where any other two edits make another word more often than a typo.
 */
final class SwappedLetters {

    /** Words shorter than this get no swap and one more: the spelling step tries two edits of any kind from eight. */
    private static final int SWAP_AND_ONE_MORE_FROM = 6;
    private static final int SWAP_AND_ONE_MORE_UNTIL = 8;

    /**
     * An English word shorter than this is never swapped back: in three letters a swap makes another common word too
     * often. Four letters are swapped back ("gaol" is "goal"), not in the first letter ("form" and "from" are both the
     * pack's anyway).
     */
    private static final int SWAPPED_BACK_FROM = 4;

    private final IndexReader vocabulary;
    private final String field;
    private final String stemsField;
    private final DirectSpellChecker twoEdits;
    private final int weighed;
    private final NeighbourTieBreak stems;

    /**
     * @param vocabulary the spelling step's vocabulary, each text one document
     * @param field      its field of surface words (the pack's, the not-covered lines', the asked-with words)
     * @param stemsField its field of the pack's own texts, stemmed as the passage index stems them
     * @param twoEdits   a checker for two edits, commonest first, whose accuracy lets six letters through
     * @param weighed    how many of its suggestions are tried
     * @param stems      stems a word as the passage index does
     */
    SwappedLetters(IndexReader vocabulary, String field, String stemsField, DirectSpellChecker twoEdits, int weighed,
                   NeighbourTieBreak stems) {
        this.vocabulary = vocabulary;
        this.field = field;
        this.stemsField = stemsField;
        this.twoEdits = twoEdits;
        this.weighed = weighed;
        this.stems = stems;
    }

    /** For a word of six or seven letters, the pack's word a swap and one more slip away, commonest first; or null. */
    String swappedAndOneMore(String word, Term term) throws IOException {
        if (word.length() < SWAP_AND_ONE_MORE_FROM || word.length() >= SWAP_AND_ONE_MORE_UNTIL) {
            return null;
        }
        for (SuggestWord suggestion : twoEdits.suggestSimilar(term, weighed, vocabulary, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
            if (Slips.swappedAndOneMore(word, suggestion.string) && usedByThePack(suggestion.string)) {
                return suggestion.string;
            }
        }
        return null;
    }

    /** For an English word the pack never uses in any form, the pack's word it swaps back into; or null. */
    String swappedBack(String word) throws IOException {
        if (word.length() < SWAPPED_BACK_FROM || usedByThePack(word)) {
            return null;
        }
        char[] letters = word.toCharArray();
        // Not the first letter, which the spelling step takes as typed throughout ("sued" stays "sued", not "used").
        for (int i = 1; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            char first = letters[i];
            letters[i] = letters[i + 1];
            letters[i + 1] = first;
            String candidate = new String(letters);
            letters[i + 1] = letters[i];
            letters[i] = first;
            if (vocabulary.docFreq(new Term(field, candidate)) > 0 && usedByThePack(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** Whether the pack's own texts (not the not-covered lines or the asked-with words) use the word in some form. */
    private boolean usedByThePack(String word) throws IOException {
        String stem = stems.stem(word);
        return stem != null && vocabulary.docFreq(new Term(stemsField, stem)) > 0;
    }
}
