package org.practiceassistant.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * How close together a question's concepts sit in a passage: the shortest stretch of the passage (in word positions,
 * stop words counted) that holds every concept of the question the passage holds at all. Two passages that hold the
 * same words of a question are not equally about it: "a MASH worker may override the parents' refusal of consent"
 * answers "can MASH override consent" better than a passage naming MASH in its first sentence and consent in its last.
 *
 * <p>Each concept is one clause of the question's query (a word with its synonyms, a multi-word synonym as a phrase);
 * a passage is read once, each position matched against the concepts' stems, and the window found in one sweep: linear
 * in the passage's length.
 */
final class ConceptProximity {

    /** For each concept, its alternatives, each a sequence of stems that must follow one another. */
    private final List<List<List<String>>> concepts;
    private final Analyzer stems;

    private ConceptProximity(List<List<List<String>>> concepts, Analyzer stems) {
        this.concepts = concepts;
        this.stems = stems;
    }

    /**
     * @param concepts the question's concepts as queries of the passage text, as {@link QuestionQuery#concepts()}
     * @param stems    the analyser the passages' text was indexed with
     */
    static ConceptProximity of(List<Query> concepts, Analyzer stems) {
        List<List<List<String>>> alternatives = new ArrayList<>(concepts.size());
        for (Query concept : concepts) {
            Set<List<String>> ways = new LinkedHashSet<>();
            collect(concept, ways);
            if (!ways.isEmpty()) {
                alternatives.add(List.copyOf(ways));
            }
        }
        return new ConceptProximity(List.copyOf(alternatives), stems);
    }

    /** How many concepts the question has. */
    int concepts() {
        return concepts.size();
    }

    private static void collect(Query query, Set<List<String>> ways) {
        switch (query) {
            case BoostQuery boosted -> collect(boosted.getQuery(), ways);
            case TermQuery term -> ways.add(List.of(term.getTerm().text()));
            case PhraseQuery phrase -> ways.add(java.util.Arrays.stream(phrase.getTerms()).map(Term::text).toList());
            case BooleanQuery bool when bool.clauses().stream().allMatch(c -> c.occur() == BooleanClause.Occur.SHOULD) ->
                    bool.clauses().forEach(clause -> collect(clause.query(), ways));
            default -> query.visit(new QueryVisitor() {
                @Override
                public void consumeTerms(Query leaf, Term... terms) {
                    for (Term term : terms) {
                        ways.add(List.of(term.text()));
                    }
                }

                @Override
                public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                    return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
                }
            });
        }
    }

    /** The closest stretch of a text holding every concept it holds. */
    record Window(int held, int span) {

        /**
         * Held concepts per position of the stretch, 1 for adjacent words (at most 1: two concepts may share a word, a
         * synonym of both); 0 when fewer than two concepts are held.
         */
        double density() {
            return held < 2 ? 0 : Math.min(1, (double) held / span);
        }
    }

    /** The shortest stretch of {@code text} holding every concept of the question that the text holds. */
    Window in(String text) {
        return window(occurrences(text));
    }

    /** Where the question's concepts occur in {@code text}, in order: each the concept, its first and last position. */
    List<int[]> occurrences(String text) {
        List<String> tokens = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        try (TokenStream stream = stems.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term.toString());
                positions.add(position);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<int[]> occurrences = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int c = 0; c < concepts.size(); c++) {
                int end = matchAt(concepts.get(c), tokens, positions, i);
                if (end >= 0) {
                    occurrences.add(new int[] {c, positions.get(i), end});
                }
            }
        }
        return occurrences;
    }

    /** The shortest stretch over these occurrences holding every concept among them. */
    Window window(List<int[]> occurrences) {
        int[] counts = new int[concepts.size()];
        int held = 0;
        for (int[] occurrence : occurrences) {
            if (counts[occurrence[0]]++ == 0) {
                held++;
            }
        }
        if (held == 0) {
            return new Window(0, 0);
        }
        // Sweep: extend the right edge, then drop from the left while every held concept stays inside.
        java.util.Arrays.fill(counts, 0);
        int inside = 0;
        int best = Integer.MAX_VALUE;
        int left = 0;
        for (int right = 0; right < occurrences.size(); right++) {
            int[] added = occurrences.get(right);
            if (counts[added[0]]++ == 0) {
                inside++;
            }
            while (inside == held) {
                int[] first = occurrences.get(left);
                int end = furthestEnd(occurrences, left, right);
                best = Math.min(best, end - first[1] + 1);
                if (--counts[first[0]] == 0) {
                    inside--;
                }
                left++;
            }
        }
        return new Window(held, best);
    }

    /** The furthest end of the occurrences from {@code left} to {@code right}: a phrase may end after a later word. */
    private static int furthestEnd(List<int[]> occurrences, int left, int right) {
        int end = occurrences.get(right)[2];
        // Phrases are a few words long, so only the last few occurrences can reach further than the last one.
        for (int k = right - 1; k >= left && k >= right - 4; k--) {
            end = Math.max(end, occurrences.get(k)[2]);
        }
        return end;
    }

    /** The end position of the concept's first alternative that starts at token {@code i}, or -1. */
    private static int matchAt(List<List<String>> alternatives, List<String> tokens, List<Integer> positions, int i) {
        int end = -1;
        for (List<String> way : alternatives) {
            if (i + way.size() <= tokens.size() && tokens.subList(i, i + way.size()).equals(way)) {
                end = Math.max(end, positions.get(i + way.size() - 1));
            }
        }
        return end;
    }
}
