package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CachingTokenFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

/**
 * A question as a Lucene query, one clause per concept the question names.
 *
 * <p>Each concept (a content word, or a group of synonyms such as CIN / "child in need") becomes one
 * clause that looks for it in every field at once and keeps the best field's score (a term-centric
 * disjunction, as Solr's edismax does), so a passage is rewarded for covering more of the question
 * rather than for repeating one word in several fields. The clauses are kept apart so that
 * {@link PassageIndex} can measure how much of the question a passage covers.
 *
 * @param query    all clauses, any of which may match
 * @param concepts one query per concept in the {@link IndexFields#TEXT} field, to weigh the concepts
 * @param clauses  one query per concept over all fields, in the same order as {@code concepts}
 */
record QuestionQuery(Query query, List<Query> concepts, List<Query> clauses) {

    /** How much the best field's score is topped up by the others'. */
    private static final float TIE_BREAKER = 0.1f;

    /** How much the question's literal words count on top of the concepts (which include their synonyms). */
    private static final float LITERAL_BOOST = 0.3f;

    QuestionQuery {
        concepts = List.copyOf(concepts);
        clauses = List.copyOf(clauses);
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Builds the query for a question; empty when the question has no content words at all. */
    static QuestionQuery of(String question, Analyzer analyzer, Analyzer literal, Map<String, Float> fieldBoosts) {
        List<Query> concepts;
        List<List<Query>> perField = new ArrayList<>();
        // Multi-word synonyms ("initial child protection conference") must match as phrases, not as bags of words.
        try (AnalysedOnce synonyms = new AnalysedOnce(analyzer, question, true)) {
            concepts = concepts(synonyms.query(IndexFields.TEXT, Occur.MUST));
            fieldBoosts.forEach((field, boost) -> perField.add(concepts(synonyms.query(field, Occur.MUST))
                    .stream().<Query>map(query -> new BoostQuery(query, boost)).toList()));
        }
        List<Query> clauses = new ArrayList<>();
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int i = 0; i < concepts.size(); i++) {
            int concept = i;
            Query clause = new DisjunctionMaxQuery(perField.stream().map(field -> field.get(concept)).toList(), TIE_BREAKER);
            clauses.add(clause);
            any.add(clause, Occur.SHOULD);
        }
        // The question's own words, without synonyms, count a little extra: "what is a danger statement?"
        // should prefer the entry named Danger Statement to its equivalent, Worry Statement.
        List<Query> literalFields = new ArrayList<>();
        try (AnalysedOnce exact = new AnalysedOnce(literal, question, false)) {
            fieldBoosts.forEach((field, boost) -> {
                Query words = exact.query(field, Occur.SHOULD);
                if (words != null) {
                    literalFields.add(new BoostQuery(words, boost));
                }
            });
        }
        if (!literalFields.isEmpty()) {
            any.add(new BoostQuery(new DisjunctionMaxQuery(literalFields, TIE_BREAKER), LITERAL_BOOST), Occur.SHOULD);
        }
        return new QuestionQuery(any.build(), concepts, clauses);
    }

    /**
     * The question's concepts as queries of the passage text alone, as {@link #concepts()} holds them: one analysis of
     * the question, for when the query of every field is not needed.
     */
    static List<Query> textConcepts(String question, Analyzer analyzer) {
        try (AnalysedOnce synonyms = new AnalysedOnce(analyzer, question, true)) {
            return concepts(synonyms.query(IndexFields.TEXT, Occur.MUST));
        }
    }

    /**
     * A question's tokens, analysed once and replayed for the query of every field: Ask's analyzers read every field
     * alike, so each field's query is the one {@link QueryBuilder#createBooleanQuery} builds, without running the
     * analyzer (the synonym graph above all) thirteen times a question, which was a sixth of answering's CPU time.
     */
    private static final class AnalysedOnce extends QueryBuilder implements AutoCloseable {

        private final CachingTokenFilter analysed;
        /** The analysed tokens, replayed; not closed by QueryBuilder, which closes the stream it is given after each query. */
        private final TokenStream tokens;

        AnalysedOnce(Analyzer analyzer, String question, boolean synonymPhrases) {
            super(analyzer);
            setAutoGenerateMultiTermSynonymsPhraseQuery(synonymPhrases);
            this.analysed = new CachingTokenFilter(analyzer.tokenStream(IndexFields.TEXT, question));
            this.tokens = new TokenFilter(analysed) {
                @Override
                public boolean incrementToken() throws java.io.IOException {
                    return input.incrementToken();
                }

                @Override
                public void close() {}
            };
        }

        /** As {@code createBooleanQuery(field, question, operator)}: null when the question has no words to search. */
        Query query(String field, Occur operator) {
            return createFieldQuery(tokens, operator, field, false, 0);
        }

        @Override
        public void close() {
            try {
                analysed.close();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /**
     * Splits what {@link QueryBuilder} made into concepts: with {@link Occur#MUST} as the operator,
     * each top-level required clause is one position in the question, while the alternatives of a
     * synonym group stay together as optional clauses inside one of them.
     */
    private static List<Query> concepts(Query query) {
        if (query == null) {
            return List.of();
        }
        if (query instanceof BooleanQuery bool && !bool.clauses().isEmpty()
                && bool.clauses().stream().allMatch(clause -> clause.occur() == Occur.MUST)) {
            return bool.clauses().stream().map(BooleanClause::query).toList();
        }
        return List.of(query);
    }
}
