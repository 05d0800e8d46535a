package org.practiceassistant.ask;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Of corrections equally likely as slips, the one the pack uses beside the typed word's neighbours (in the same passage,
 * heading or list): "lac tems" is "lac teams", which the pack says of looked after children, not the commoner "terms".
 * The commonest word wins only when the neighbours cannot tell.
 */
final class NeighbourTieBreak {

    private final IndexReader vocabulary;
    private final IndexSearcher searcher;
    private final Analyzer stems;
    private final String stemsField;

    /**
     * @param vocabulary the spelling step's vocabulary, each pack text one document
     * @param stemsField its field holding the texts stemmed as the passage index stems them
     */
    NeighbourTieBreak(IndexReader vocabulary, String stemsField) {
        this.vocabulary = vocabulary;
        this.searcher = new IndexSearcher(vocabulary);
        this.stems = PracticeAnalyzers.indexing();
        this.stemsField = stemsField;
    }

    /**
     * Of the suggestions as likely a slip as {@code chosen}, the one the pack uses most with the neighbours; ties, and
     * neighbours the pack never uses, keep {@code chosen}.
     */
    String choose(String word, SuggestWord[] suggestions, Slips.Slip slip, String chosen, List<String> neighbours)
            throws IOException {
        List<String> contexts = new ArrayList<>(neighbours.size());
        for (String neighbour : neighbours) {
            String stem = stem(neighbour);
            if (stem != null && vocabulary.docFreq(new Term(stemsField, stem)) > 0) {
                contexts.add(stem);
            }
        }
        if (contexts.isEmpty()) {
            return chosen;
        }
        String best = chosen;
        int bestCount = together(chosen, contexts);
        for (SuggestWord suggestion : suggestions) {
            if (!suggestion.string.equals(chosen) && Slips.slip(word, suggestion.string) == slip) {
                int count = together(suggestion.string, contexts);
                if (count > bestCount) {
                    best = suggestion.string;
                    bestCount = count;
                }
            }
        }
        return best;
    }

    /** In how many of the pack's texts this word is used with one of these stems. */
    private int together(String word, List<String> contexts) throws IOException {
        String stem = stem(word);
        if (stem == null) {
            return 0;
        }
        int count = 0;
        for (String context : contexts) {
            count += searcher.count(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(stemsField, stem)), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(stemsField, context)), BooleanClause.Occur.MUST)
                    .build());
        }
        return count;
    }

    /** The word as the index stems it, or null for a stop word. */
    String stem(String word) throws IOException {
        try (TokenStream tokens = stems.tokenStream(stemsField, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String first = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return first;
        }
    }
}
