package org.practiceassistant.check.text;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A draft's text split into sentences and stemmed word tokens that remember where they came from, so
 * a criterion can match lexicons by stem ("engaging" finds "engage") and still quote the draft's own
 * words as evidence.
 */
public final class AnalysedText {

    /** One word: its stem for matching, its offsets for quoting. */
    public record Token(String stem, int start, int end, int sentence) {}

    /** One sentence by character range. */
    public record Sentence(int start, int end, int firstToken, int endToken) {}

    /*
     * Lucene's English analysis without stop-word removal: lexicons are phrases ("if nothing changes",
     * "will not"), and dropping "not" or "if" would make them match the wrong things.
     */
    private static final Analyzer STEMMING = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            StandardTokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /* Creating a sentence iterator is costly and they are not thread-safe: one per thread. */
    private static final ThreadLocal<BreakIterator> SENTENCES =
            ThreadLocal.withInitial(() -> BreakIterator.getSentenceInstance(Locale.UK));

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    /* Computed once per text: several criteria ask for the same readings (clauses, the worrier). */
    private final Map<Reading<?>, Object> readings = new HashMap<>();

    private AnalysedText(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = tokens;
        this.sentences = sentences;
    }

    public static AnalysedText of(String raw) {
        Objects.requireNonNull(raw, "text");
        String text = normalise(raw);
        List<int[]> sentenceRanges = sentenceRanges(text);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < sentenceRanges.size(); s++) {
            int[] range = sentenceRanges.get(s);
            int first = tokens.size();
            tokens.addAll(stems(text, range[0], range[1], s));
            sentences.add(new Sentence(range[0], range[1], first, tokens.size()));
        }
        return new AnalysedText(text, List.copyOf(tokens), List.copyOf(sentences));
    }

    /** Stems of a lexicon phrase, analysed exactly as draft text is. */
    public static List<String> stemsOf(String phrase) {
        return stems(normalise(phrase), 0, phrase.length(), 0).stream().map(Token::stem).toList();
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public boolean isBlank() {
        return tokens.isEmpty();
    }

    /** The draft's own words from {@code start} to {@code end}, on one line. */
    public String quote(int start, int end) {
        return text.substring(start, end).replaceAll("\\s+", " ").strip();
    }

    public String sentenceText(int sentence) {
        Sentence s = sentences.get(sentence);
        return quote(s.start(), s.end());
    }

    public int wordCount() {
        return tokens.size();
    }

    /**
     * Something read from the text (its clauses, who is worried), computed once per text: several
     * criteria ask for the same reading. A reading is a constant owned by the code that computes it.
     */
    public static final class Reading<T> {
        private final Function<AnalysedText, T> compute;

        public Reading(Function<AnalysedText, T> compute) {
            this.compute = Objects.requireNonNull(compute);
        }
    }

    /** The reading for this text, computed on first use. Not thread-safe: a text is checked on one thread. */
    @SuppressWarnings("unchecked")
    public <T> T read(Reading<T> reading) {
        Object known = readings.get(reading);
        if (known == null) {
            known = reading.compute.apply(this);
            readings.put(reading, known);
        }
        return (T) known;
    }

    /* Curly quotes and apostrophes become straight ones (same length, so offsets still hold). */
    private static String normalise(String raw) {
        return raw.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201C', '"').replace('\u201D', '"');
    }

    private static List<int[]> sentenceRanges(String text) {
        List<int[]> ranges = new ArrayList<>();
        BreakIterator breaks = SENTENCES.get();
        // Line breaks end a sentence too: plans put one item per line without full stops.
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            breaks.setText(line);
            int start = breaks.first();
            for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
                if (!line.substring(start, end).isBlank()) {
                    ranges.add(new int[] {lineStart + start, lineStart + end});
                }
            }
            lineStart = lineEnd + 1;
        }
        return ranges;
    }

    private static List<Token> stems(String text, int from, int to, int sentence) {
        List<Token> out = new ArrayList<>();
        try (TokenStream stream = STEMMING.tokenStream("text", new StringReader(text.substring(from, to)))) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                out.add(new Token(term.toString(), from + offset.startOffset(), from + offset.endOffset(), sentence));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text of " + (to - from) + " characters", e);
        }
        return out;
    }
}
