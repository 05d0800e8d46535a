package org.practiceassistant.ask;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * Every term of one question's query looked up in the index once, for the ranked search, the weighing of its concepts
 * and the coverage pass alike. Each of the three looked the same terms up again (a walk of the terms dictionary and a
 * terms enumerator per term, field and segment): about a third of the answering thread's CPU and most of its garbage
 * (JFR, 2026-12-07). A term query given its looked-up states skips the lookup and scores exactly as it did, with the
 * same statistics; synonym and phrase queries, which take no states, still look their own terms up.
 *
 * <p>Built for one searcher's view of the index and one question; not shared between threads.
 */
final class SharedTermLookups {

    private final Map<Term, TermStates> states;

    private SharedTermLookups(Map<Term, TermStates> states) {
        this.states = states;
    }

    /** Looks up every term of {@code query}, with the statistics scoring needs, in {@code searcher}'s view. */
    static SharedTermLookups of(IndexSearcher searcher, Query query) throws IOException {
        Set<Term> terms = new HashSet<>();
        query.visit(QueryVisitor.termCollector(terms));
        Map<Term, TermStates> states = new HashMap<>(terms.size() * 2);
        for (Term term : terms) {
            states.put(term, TermStates.build(searcher, term, true));
        }
        return new SharedTermLookups(states);
    }

    /** How many passages hold the term, from its lookup when it is one of the query's terms. */
    long docFreq(IndexSearcher searcher, Term term) throws IOException {
        TermStates looked = states.get(term);
        return looked == null ? searcher.getIndexReader().docFreq(term) : looked.docFreq();
    }

    /**
     * The same query, its term queries carrying their looked-up states. Disjuncts and clauses keep their order, so scores
     * are summed in the same order and come out the same to the last bit.
     */
    Query carrying(Query query) {
        return switch (query) {
            case TermQuery term -> {
                TermStates looked = states.get(term.getTerm());
                yield looked == null ? term : new TermQuery(term.getTerm(), looked);
            }
            case BoostQuery boosted -> new BoostQuery(carrying(boosted.getQuery()), boosted.getBoost());
            case DisjunctionMaxQuery disjunction -> new DisjunctionMaxQuery(
                    disjunction.getDisjuncts().stream().map(this::carrying).toList(), disjunction.getTieBreakerMultiplier());
            case BooleanQuery bool -> {
                BooleanQuery.Builder builder = new BooleanQuery.Builder()
                        .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
                for (BooleanClause clause : bool.clauses()) {
                    builder.add(carrying(clause.query()), clause.occur());
                }
                yield builder.build();
            }
            default -> query;
        };
    }

    /** As {@link #carrying(Query)}, for each of a list. */
    List<Query> carrying(List<Query> queries) {
        return queries.stream().map(this::carrying).toList();
    }
}
