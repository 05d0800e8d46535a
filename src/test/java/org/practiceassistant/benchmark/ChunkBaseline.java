package org.practiceassistant.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.stream.Stream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.practiceassistant.ask.AskQualitySet;
import org.practiceassistant.ask.TypoTwins;

/**
 * The baseline Ask is measured against: plain BM25 (Lucene's English analyser, no synonyms, no
 * fields, no threshold) over fixed-size chunks of the raw source documents, as a keyword search over
 * the documents would be. Reads the raw documents from {@code ../shared/seeds} (or the folder named
 * by {@code -Dask.baseline.seeds}); says so and skips when they are not there.
 */
final class ChunkBaseline {

    static final int CHUNK = 500;
    static final int OVERLAP = 100;

    private ChunkBaseline() {}

    static String report(AskQualitySet set) {
        Path seeds = Stream.of(System.getProperty("ask.baseline.seeds", ""), "../shared/seeds", "../../shared/seeds")
                .filter(folder -> !folder.isEmpty()).map(Path::of).filter(Files::isDirectory).findFirst().orElse(null);
        if (seeds == null) {
            return "baseline: skipped (raw source documents not found; pass -Dask.baseline.seeds=FOLDER)";
        }
        try (EnglishAnalyzer analyzer = new EnglishAnalyzer(); ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            List<String> chunks = chunks(seeds);
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
                for (String chunk : chunks) {
                    Document document = new Document();
                    document.add(new TextField("text", chunk, Field.Store.YES));
                    writer.addDocument(document);
                }
            }
            // Per split, as the splits differ in how far their wording is from the text's.
            Map<String, int[]> bySplit = new LinkedHashMap<>();
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                QueryBuilder builder = new QueryBuilder(analyzer);
                List<AskQualitySet.Question> asked = new ArrayList<>(set.questions());
                // Each split's typo twins too, so a split's baseline sits beside its twins' as Ask's figures do.
                TypoTwins.of(set.questions(), TypoTwins.SEED).forEach(twin -> asked.add(
                        new AskQualitySet.Question(twin.split() + " twins", twin.area(), twin.q(), twin.expect())));
                for (AskQualitySet.Question question : asked) {
                    int[] counts = bySplit.computeIfAbsent(question.split(), split -> new int[3]);
                    counts[2]++;
                    Query query = builder.createBooleanQuery("text", question.q());
                    if (query == null) {
                        continue;
                    }
                    ScoreDoc[] hits = searcher.search(query, 3).scoreDocs;
                    for (int rank = 0; rank < hits.length; rank++) {
                        String text = searcher.storedFields().document(hits[rank].doc).get("text");
                        if (AskQualitySet.matches(text, question.expect())) {
                            counts[0] += rank == 0 ? 1 : 0;
                            counts[1]++;
                            break;
                        }
                    }
                }
            }
            StringBuilder report = new StringBuilder(String.format(java.util.Locale.ROOT,
                    "baseline (plain BM25, %d-char chunks of the raw documents, %d chunks):", CHUNK, chunks.size()));
            bySplit.forEach((split, counts) -> report.append(String.format(java.util.Locale.ROOT,
                    "%n  %-14s top-1 %5.1f%% (%d/%d), top-3 %5.1f%% (%d/%d)", split,
                    100.0 * counts[0] / counts[2], counts[0], counts[2], 100.0 * counts[1] / counts[2], counts[1], counts[2])));
            return report.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> chunks(Path seeds) throws IOException {
        List<String> chunks = new ArrayList<>();
        try (Stream<Path> files = Files.list(seeds)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".txt")).sorted().toList()) {
                String text = Files.readString(file).replaceAll("\\s+", " ");
                for (int start = 0; start < text.length(); start += CHUNK - OVERLAP) {
                    chunks.add(text.substring(start, Math.min(text.length(), start + CHUNK)));
                }
            }
        }
        return chunks;
    }
}
