package org.practiceassistant.ask;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.apache.lucene.util.BytesRef;
import org.practiceassistant.knowledge.DocumentKind;
import org.practiceassistant.knowledge.Passage;

/**
 * The knowledge pack's passages in an in-memory Lucene index, searched with practitioners' questions.
 *
 * <p>Thread-safe: searches run concurrently on the latest committed view while {@link #replaceAll}
 * updates the index; re-indexing replaces each passage by its id and removes passages that are gone,
 * so the index never holds a passage twice.
 */
final class PassageIndex implements Closeable {

    private final Analyzer queryAnalyzer;
    private final Analyzer indexAnalyzer;
    private final float unaskedRubric;
    private final Map<String, Float> fieldBoosts;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile Map<String, Passage> passages = Map.of();
    /** Each named passage's own name (glossary term, criterion, template field) and the services its text places it in. */
    private volatile Map<String, Name> names = Map.of();
    /** The pack's "also asked as" questions by passage id, as last indexed. */
    private volatile Map<String, List<String>> alsoAsked = Map.of();
    private final Acronyms acronyms;

    PassageIndex(SynonymMap synonyms, AskProperties.Boosts boosts) {
        this(synonyms, Acronyms.none(), boosts);
    }

    PassageIndex(SynonymMap synonyms, Acronyms acronyms, AskProperties.Boosts boosts) {
        this.acronyms = acronyms;
        this.queryAnalyzer = PracticeAnalyzers.querying(synonyms);
        this.indexAnalyzer = PracticeAnalyzers.indexing();
        this.unaskedRubric = boosts.unaskedRubric();
        this.fieldBoosts = boosts(boosts);
        this.countingTerms = Set.copyOf(PracticeAnalyzers.terms(indexAnalyzer, COUNTING_WORDS));
        try {
            // Each file is read back as one buffer: with the default (many small buffers) every term lookup
            // duplicated a list of buffers, about 0.7 MB of garbage per question (of 2.1 MB; JFR).
            this.writer = new IndexWriter(new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new,
                    ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER), new IndexWriterConfig(indexAnalyzer));
            writer.commit();
            this.searchers = new SearcherManager(writer, new SearcherFactory() {
                @Override
                public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                    IndexSearcher searcher = new IndexSearcher(reader);
                    // No query cache: every question is a new query over a small in-memory index, so caching
                    // never pays, and its usage tracking is a lock that concurrent questions queued on.
                    searcher.setQueryCache(null);
                    return searcher;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the in-memory passage index", e);
        }
    }

    private static Map<String, Float> boosts(AskProperties.Boosts boosts) {
        Map<String, Float> fields = new LinkedHashMap<>();
        fields.put(IndexFields.TEXT, boosts.text());
        fields.put(IndexFields.SECTION, boosts.section());
        fields.put(IndexFields.TITLE, boosts.title());
        fields.put(IndexFields.SERVICE, boosts.service());
        fields.put(IndexFields.DOCUMENT, boosts.document());
        fields.put(IndexFields.ASKED, boosts.asked());
        return Collections.unmodifiableMap(fields);
    }

    /** Makes the index hold exactly these passages (ids must be unique). */
    void replaceAll(List<Passage> replacement) {
        replaceAll(replacement, Map.of());
    }

    /** Makes the index hold exactly these passages, each with the pack's "also asked as" questions for it. */
    synchronized void replaceAll(List<Passage> replacement, Map<String, List<String>> alsoAsked) {
        Map<String, Passage> byId = new LinkedHashMap<>();
        for (Passage passage : replacement) {
            if (byId.putIfAbsent(passage.id(), passage) != null) {
                throw new IllegalArgumentException("Two passages have the id " + passage.id());
            }
        }
        try {
            Map<String, Long> perSection = byId.values().stream()
                    .collect(Collectors.groupingBy(Passage::section, Collectors.counting()));
            Map<String, Name> newNames = new HashMap<>();
            Set<String> services = acronyms.servicesOf(byId.values().stream().map(Passage::serviceArea).collect(Collectors.toSet()));
            for (Passage passage : byId.values()) {
                boolean named = perSection.get(passage.section()) <= MAX_NAMED && !passage.headingPath().isEmpty();
                writer.updateDocument(new Term(IndexFields.ID, passage.id()), document(passage, named,
                        alsoAsked.getOrDefault(passage.id(), List.of())));
                if (named) {
                    newNames.put(passage.id(), new Name(nameWords(passage.headingPath().getLast()),
                            PassageNames.services(nameWords(passage.text()), services)));
                }
            }
            names = Map.copyOf(newNames);
            this.alsoAsked = Map.copyOf(alsoAsked);
            Set<String> gone = new HashSet<>(passages.keySet());
            gone.removeAll(byId.keySet());
            for (String id : gone) {
                writer.deleteDocuments(new Term(IndexFields.ID, id));
            }
            writer.commit();
            // Publish the passages before the searcher, so no hit can name a passage we do not hold.
            Map<String, Passage> all = new LinkedHashMap<>(passages);
            all.putAll(byId);
            passages = all;
            searchers.maybeRefreshBlocking();
            // In pack order: Map.copyOf's order changes from run to run, and the passage-vector cache is keyed by them.
            passages = Collections.unmodifiableMap(byId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot index the passages", e);
        }
    }

    /**
     * A heading over at most this many passages names them (a glossary term, a rubric criterion, a
     * template field); a heading over a longer list ("Conference Bottom Lines") is only their context.
     */
    private static final int MAX_NAMED = 3;

    /** How many of Lucene's best are re-ranked by how much of the question they cover. */
    static final int RERANKED = 30;

    private static Document document(Passage passage, boolean named, List<String> asked) {
        Document document = new Document();
        document.add(new StringField(IndexFields.ID, passage.id(), Field.Store.NO));
        document.add(new SortedDocValuesField(IndexFields.ID, new BytesRef(passage.id())));
        document.add(new TextField(IndexFields.TEXT, passage.text(), Field.Store.NO));
        document.add(new TextField(IndexFields.SECTION, passage.section(), Field.Store.NO));
        List<String> headings = passage.headingPath();
        if (named && !headings.isEmpty()) {
            document.add(new TextField(IndexFields.TITLE, headings.getLast(), Field.Store.NO));
        }
        document.add(new TextField(IndexFields.SERVICE, passage.serviceArea(), Field.Store.NO));
        document.add(new TextField(IndexFields.DOCUMENT,
                passage.documentTitle() + " " + passage.kind().name().toLowerCase(Locale.ROOT), Field.Store.NO));
        for (String question : asked) {
            document.add(new TextField(IndexFields.ASKED, question, Field.Store.NO));
        }
        return document;
    }

    /** How many passages the index holds. */
    int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The passage with this id, if the index holds it. */
    Passage passage(String id) {
        return passages.get(id);
    }

    /** The pack's "also asked as" questions by passage id. */
    Map<String, List<String>> alsoAsked() {
        return alsoAsked;
    }

    /** All passages, in pack order. */
    List<Passage> passages() {
        return List.copyOf(passages.values());
    }

    /**
     * Finds the passages that best answer a question.
     *
     * @return at most {@code maxHits} hits, best first; empty when the question has no content words
     *     or nothing matches
     */
    List<Hit> search(String question, int maxHits) {
        QuestionQuery query = QuestionQuery.of(question, queryAnalyzer, indexAnalyzer, fieldBoosts);
        if (query.isEmpty()) {
            return List.of();
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, query, maxHits, asksAboutTheRubric(question), nameWords(question));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Search failed", e);
        }
    }

    /** How close together the question's concepts (its words with their synonyms) sit in a passage's text. */
    ConceptProximity proximity(String question) {
        return ConceptProximity.of(QuestionQuery.textConcepts(question, queryAnalyzer), indexAnalyzer);
    }

    /**
     * The words of a passage's name or a question as names are compared: an acronym and its expansion are one word, so
     * "what's a TAF" names "Team Around the Family".
     */
    private List<String> nameWords(String text) {
        return acronyms.fold(PassageNames.words(text));
    }

    /**
     * Which sentences are about what the question asks of: those sharing a word of its subject with it, synonyms counted
     * ("strat" is "strategy", "ICPC" a "conference"), its words for time and counting left out ("days", "within",
     * "every"), as they are in every question for a timescale and every answer to one. Any sentence is, when the
     * question has no other word.
     */
    java.util.function.Predicate<String> aboutTheSubjectOf(String question) {
        // Worked out on the first sentence asked about: most questions never need it (no count, span or timescale asked).
        return new java.util.function.Predicate<>() {
            private Set<String> asked;

            @Override
            public boolean test(String sentence) {
                if (asked == null) {
                    asked = subjectTerms(question);
                }
                // The sentence is read with the synonyms too, so its "Child in Need" is the question's "CIN".
                return asked.isEmpty() || PracticeAnalyzers.terms(queryAnalyzer, sentence).stream().anyMatch(asked::contains);
            }
        };
    }

    /**
     * Whether a span of time in a sentence times what the question asks of: the words before the span ({@code timed})
     * share a word of the question's subject that the words after it ({@code countedFrom}) do not. "CP conference held
     * 15 working days from the strategy meeting which determined start date of s.47 enquiry" times the conference, so it
     * gives no number of days to complete a s47 ("CP" is in both halves: "s47" is a "cp enquiry").
     */
    java.util.function.BiPredicate<String, String> timesTheSubjectOf(String question) {
        return new java.util.function.BiPredicate<>() {
            private Set<String> asked;

            @Override
            public boolean test(String timed, String countedFrom) {
                if (asked == null) {
                    // Common words kept ("family" of "Family Network Meetings"): the question is already known to be
                    // about the sentence; this asks only which half of it the question's words are in.
                    asked = new HashSet<>(PracticeAnalyzers.terms(queryAnalyzer, question));
                    asked.removeAll(countingTerms);
                    asked.removeIf(term -> Character.isDigit(term.charAt(0)));
                }
                if (asked.isEmpty()) {
                    return true;
                }
                Set<String> before = new HashSet<>(PracticeAnalyzers.terms(queryAnalyzer, timed));
                before.retainAll(asked);
                before.removeAll(PracticeAnalyzers.terms(queryAnalyzer, countedFrom));
                return !before.isEmpty();
            }
        };
    }

    private Set<String> subjectTerms(String question) {
        Set<String> asked = new HashSet<>(PracticeAnalyzers.terms(queryAnalyzer, question));
        asked.removeAll(countingTerms);
        asked.removeIf(term -> Character.isDigit(term.charAt(0)) || isCommon(term));
        return asked;
    }

    /**
     * Whether a term is in more than {@link #COMMON} of the passages ("child", "family", "plan"): sharing it says
     * nothing of what a sentence is about. A synonym brings such words into a question ("C&F" is "child and family").
     */
    private boolean isCommon(String term) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexReader reader = searcher.getIndexReader();
                return reader.docFreq(new Term(IndexFields.TEXT, term)) > COMMON * reader.numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final double COMMON = 0.1;

    /** The words of spans of time and of counting, as the index stems them. */
    private final Set<String> countingTerms;

    private static final String COUNTING_WORDS = "hour hours night nights day days week weeks month months year years "
            + "working time timescale timescales within after before first last next often frequency frequently every weekly "
            + "monthly daily fortnightly hr hrs wk wks";

    /** Words (stemmed) that show a question is about audit grades rather than everyday practice. */
    private static final Set<String> RUBRIC_WORDS = Set.of(
            "audit", "rubric", "grade", "outstand", "good", "inadequ", "requir", "improv", "criteria", "criterion",
            "descriptor", "ladder", "judgement");

    /** Whether the question is about audit grades (its words, stemmed, name the rubric's): then rubric passages count fully. */
    boolean asksAboutTheRubric(String question) {
        // Answering one question asks this up to three times (the search, the blend, the decision): analysed once.
        RubricAsked last = lastRubricAsked;
        if (last != null && last.question().equals(question)) {
            return last.asked();
        }
        boolean asked = PracticeAnalyzers.terms(indexAnalyzer, question).stream().anyMatch(RUBRIC_WORDS::contains);
        lastRubricAsked = new RubricAsked(question, asked);
        return asked;
    }

    /** The last question {@link #asksAboutTheRubric} analysed and its answer: one immutable pair, so threads may race on it. */
    private record RubricAsked(String question, boolean asked) {}

    private volatile RubricAsked lastRubricAsked;

    /**
     * How much more or less a passage counts for this question, whatever its words: less for a rubric
     * passage when the question is not about audits, more for a passage the question names outright.
     */
    private double prior(Passage passage, boolean rubricAsked, List<String> questionWords) {
        double prior = passage.kind() == DocumentKind.RUBRIC && !rubricAsked ? unaskedRubric : 1.0;
        Name name = names.get(passage.id());
        return name != null && PassageNames.isAbout(questionWords, name.words(), name.setting()) ? prior * NAMED_BONUS : prior;
    }

    /**
     * For a question setting two things side by side ("danger statement vs worry statement"), one test per side: whether
     * a passage is about that side as a question of its own would be. The sides are read as typed, before the synonyms
     * file makes two equivalent terms one (it does for these two), so each keeps the passage it names. None when the
     * question compares nothing.
     */
    List<java.util.function.Predicate<Passage>> aboutEachSideOf(String question) {
        return Comparison.sides(nameWords(question)).stream().<java.util.function.Predicate<Passage>>map(side -> passage -> {
            Name name = names.get(passage.id());
            return name != null && PassageNames.isAbout(side, name.words(), name.setting());
        }).toList();
    }

    /** A passage's name as questions are compared with it, and the services its own text places it in. */
    private record Name(List<String> words, Set<String> setting) {}

    /**
     * A question that names a glossary term or criterion outright, and little else, is asking about it; one that names
     * it in passing ("what do we use the harm matrix for in CWD") asks about something the name is only part of.
     */
    private static final double NAMED_BONUS = 1.5;

    private List<Hit> search(IndexSearcher searcher, QuestionQuery query, int maxHits, boolean rubricAsked,
                             List<String> questionWords) throws IOException {
        SharedTermLookups lookups = SharedTermLookups.of(searcher, query.query());
        ScoreDoc[] top = searcher.search(lookups.carrying(query.query()), Math.max(maxHits, RERANKED)).scoreDocs;
        if (top.length == 0) {
            return List.of();
        }
        double[] weights = conceptWeights(searcher, query.concepts(), lookups);
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        List<Weight> clauses = new ArrayList<>();
        for (Query clause : lookups.carrying(query.clauses())) {
            clauses.add(searcher.createWeight(searcher.rewrite(clause), ScoreMode.COMPLETE_NO_SCORES, 1f));
        }
        List<LeafDoc> docs = inDocumentOrder(searcher, top);
        double[] matched = matchedWeights(clauses, weights, docs);
        String[] ids = passageIds(docs);
        List<Hit> hits = new ArrayList<>(top.length);
        for (int k = 0; k < top.length; k++) {
            Passage passage = passages.get(ids[k]);
            if (passage != null) {
                hits.add(Hit.lexical(passage, top[k].score * prior(passage, rubricAsked, questionWords),
                        total == 0 ? 0 : matched[k] / total));
            }
        }
        // Lucene's score rewards a passage for repeating a word; weighing it by coverage rewards a passage
        // for answering more of the question, which on the question set lifts top-1 by about 15 points.
        hits.sort(Comparator.comparingDouble(Hit::rank).reversed());
        return hits.subList(0, Math.min(maxHits, hits.size()));
    }

    /** A top document as its segment sees it: its position in the top hits, its segment, its id there. */
    private record LeafDoc(int position, LeafReaderContext leaf, int doc) {}

    /**
     * The top documents in document order, each with its segment: doc-values and postings iterators only
     * move forward, so each is walked once rather than looked up afresh for every document.
     */
    private static List<LeafDoc> inDocumentOrder(IndexSearcher searcher, ScoreDoc[] top) {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<LeafDoc> docs = new ArrayList<>(top.length);
        for (int k = 0; k < top.length; k++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(top[k].doc, leaves));
            docs.add(new LeafDoc(k, leaf, top[k].doc - leaf.docBase));
        }
        docs.sort(Comparator.comparingInt(doc -> doc.leaf().docBase + doc.doc()));
        return docs;
    }

    /**
     * The passage id of each top document, from doc values. (Reading a stored field instead decompressed
     * a block of stored documents per hit: about 0.25 MB of garbage per question.)
     */
    private static String[] passageIds(List<LeafDoc> docs) throws IOException {
        String[] ids = new String[docs.size()];
        LeafReaderContext current = null;
        SortedDocValues values = null;
        for (LeafDoc doc : docs) {
            if (doc.leaf() != current) {
                current = doc.leaf();
                values = DocValues.getSorted(current.reader(), IndexFields.ID);
            }
            if (values.advanceExact(doc.doc())) {
                ids[doc.position()] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return ids;
    }

    /** The summed weight of the concepts each top document matches, each concept's matches walked once. */
    private static double[] matchedWeights(List<Weight> clauses, double[] weights, List<LeafDoc> docs) throws IOException {
        double[] matched = new double[docs.size()];
        for (int i = 0; i < clauses.size(); i++) {
            LeafReaderContext current = null;
            DocIdSetIterator matches = null;
            for (LeafDoc doc : docs) {
                if (doc.leaf() != current) {
                    current = doc.leaf();
                    Scorer scorer = clauses.get(i).scorer(current);
                    matches = scorer == null ? null : scorer.iterator();
                }
                if (matches != null && matches.docID() < doc.doc()) {
                    matches.advance(doc.doc());
                }
                if (matches != null && matches.docID() == doc.doc()) {
                    matched[doc.position()] += weights[i];
                }
            }
        }
        return matched;
    }

    /**
     * Weighs each concept by how rare it is in the passages (BM25's inverse document frequency): a
     * question is covered when its rare, telling words are matched, not its common ones. A synonym
     * group is as common as its most common alternative; a phrase as common as its rarest word. A
     * word no passage contains weighs most, which is what makes "reset my laptop password" not found.
     */
    private static double[] conceptWeights(IndexSearcher searcher, List<Query> concepts, SharedTermLookups lookups)
            throws IOException {
        int documents = Math.max(1, searcher.getIndexReader().numDocs());
        double[] weights = new double[concepts.size()];
        for (int i = 0; i < concepts.size(); i++) {
            long docFreq = 0;
            for (Query alternative : alternatives(concepts.get(i))) {
                Set<Term> terms = new HashSet<>();
                alternative.visit(QueryVisitor.termCollector(terms));
                long rarest = Long.MAX_VALUE;
                for (Term term : terms) {
                    rarest = Math.min(rarest, lookups.docFreq(searcher, term));
                }
                docFreq = Math.max(docFreq, rarest == Long.MAX_VALUE ? 0 : rarest);
            }
            weights[i] = Math.log(1 + (documents - docFreq + 0.5) / (docFreq + 0.5));
        }
        return weights;
    }

    private static List<Query> alternatives(Query concept) {
        if (concept instanceof SynonymQuery synonyms) {
            return synonyms.getTerms().stream().<Query>map(TermQuery::new).toList();
        }
        if (concept instanceof BooleanQuery bool
                && bool.clauses().stream().allMatch(clause -> clause.occur() == BooleanClause.Occur.SHOULD)) {
            return bool.clauses().stream().map(BooleanClause::query).toList();
        }
        return List.of(concept);
    }

    @Override
    public void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
