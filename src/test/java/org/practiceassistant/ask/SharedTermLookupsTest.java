package org.practiceassistant.ask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** A question's terms looked up once: the query carrying them ranks and scores exactly as the query did. */
class SharedTermLookupsTest {

    @Test
    void theQueryCarryingTheLookupsScoresExactlyAsBefore() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
                for (String[] passage : List.of(
                        new String[] {"Core group meetings", "every core group shares the danger statements"},
                        new String[] {"Safety plan", "a safety plan is reviewed at every review"},
                        new String[] {"Danger statements", "a danger statement says what we are worried about"})) {
                    Document document = new Document();
                    document.add(new TextField("title", passage[0], Field.Store.NO));
                    document.add(new TextField("text", passage[1], Field.Store.NO));
                    writer.addDocument(document);
                    // A segment a passage: lookups are per segment.
                    writer.commit();
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                Query query = new BooleanQuery.Builder()
                        .add(new DisjunctionMaxQuery(List.of(new TermQuery(new Term("text", "danger")),
                                new BoostQuery(new TermQuery(new Term("title", "danger")), 2f)), 0.1f), Occur.SHOULD)
                        .add(new SynonymQuery.Builder("text").addTerm(new Term("text", "plan"))
                                .addTerm(new Term("text", "review")).build(), Occur.SHOULD)
                        .add(new TermQuery(new Term("text", "every")), Occur.SHOULD)
                        .build();
                SharedTermLookups lookups = SharedTermLookups.of(searcher, query);
                Query carrying = lookups.carrying(query);

                assertThat(carrying).isEqualTo(query);
                assertThat(scores(searcher, carrying)).containsExactly(scores(searcher, query));
                TermQuery first = (TermQuery) ((DisjunctionMaxQuery) ((BooleanQuery) carrying).clauses().getFirst().query())
                        .getDisjuncts().iterator().next();
                assertThat(first.getTermStates()).as("the term query carries its lookup").isNotNull();
                assertThat(lookups.docFreq(searcher, new Term("text", "danger"))).isEqualTo(2);
                assertThat(lookups.docFreq(searcher, new Term("text", "worried"))).as("not one of the query's terms").isEqualTo(1);
            }
        }
    }

    private static float[] scores(IndexSearcher searcher, Query query) throws Exception {
        ScoreDoc[] top = searcher.search(query, 10).scoreDocs;
        float[] scores = new float[top.length * 2];
        for (int i = 0; i < top.length; i++) {
            scores[2 * i] = top[i].doc;
            scores[2 * i + 1] = top[i].score;
        }
        return scores;
    }
}
