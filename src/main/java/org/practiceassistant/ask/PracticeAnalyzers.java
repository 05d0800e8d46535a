package org.practiceassistant.ask;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * English analysis for the passage index, with the domain's synonyms and acronyms applied to the
 * question only (a synonym graph at query time: editing the synonyms file needs no re-index, and
 * multi-word synonyms such as "child in need" / "CIN" stay exact phrases).
 *
 * <p>Order matters. Synonyms are matched on lower-cased surface words, before stop words are removed
 * and before stemming, so the synonyms file is written in plain words ("looked after", "child in
 * need") and its rules mean what they say. Stop words then drop both English function words and the
 * words a question is made of ("how", "when", "should", "we"), which say nothing about the topic.
 */
final class PracticeAnalyzers {

    /** Words that shape a question but carry no topic, added to Lucene's English stop words. */
    static final List<String> QUESTION_WORDS = List.of(
            "how", "when", "what", "why", "where", "who", "whom", "whose", "which",
            "should", "would", "could", "can", "shall", "must", "may", "might",
            "do", "does", "did", "doing", "done", "is", "am", "are", "was", "were", "be", "been", "being",
            "have", "has", "had", "i", "me", "my", "we", "our", "us", "you", "your", "it", "its",
            "he", "she", "him", "her", "his", "them", "there", "here", "about", "tell", "please",
            "any", "some", "so", "too", "very", "just", "also", "get", "got", "go", "going", "from",
            "long", "much", "many", "meant", "mean", "means", "supposed", "expected", "say", "says",
            // Words that frame a question ("how quickly", "what counts as", "an example of") rather than name its topic.
            "quickly", "soon", "often", "main", "really", "actually", "exactly", "example", "eg", "definition", "define", "def", "defn",
            "meaning", "stand", "count", "counts", "kind", "sort", "type", "way", "ways", "thing", "things",
            "ok", "okay", "allowed", "able", "happen", "happens", "isn't", "don't", "doesn't", "can't", "won't",
            "let", "know", "anything", "something", "anyone", "someone", "else", "still", "ever",
            // Teams fillers: they say how a question is asked, never what it is about.
            "sorted", "stuff", "quick", "cheers", "thanks", "thank", "thx", "pls", "plz", "hi", "hiya", "hey", "basically",
            "literally", "lol", "asap", "wondering", "wondered", "guys", "bit", "abit", "etc", "ta", "gonna", "wanna",
            "gotta", "u", "ur", "im", "ive", "id", "dont", "doesnt", "cant", "wont", "isnt", "whats", "hows", "whens",
            // Contractions typed without their apostrophe: not words to search for, and never to be "corrected"
            // into a pack word ("theres" became "themes").
            "theres", "thats", "shes", "hes", "theyre", "youre", "theyve", "weve", "youve", "didnt", "wasnt", "arent",
            "havent", "hasnt", "couldnt", "shouldnt", "wouldnt", "wheres", "whos", "itll", "theyll", "youll",
            // "what" as typed in a hurry ("wats the timescale"): "wats" had become the pack's "ways".
            "wat", "wats", "wot", "wots");

    static final CharArraySet STOP_WORDS;

    static {
        CharArraySet words = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        words.addAll(QUESTION_WORDS);
        STOP_WORDS = CharArraySet.unmodifiableSet(words);
    }

    private PracticeAnalyzers() {}

    /** The analyser for passages: tokens, lower case, no stop words, stems. */
    static Analyzer indexing() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = surfaceWords(source);
                return new TokenStreamComponents(source, new PorterStemFilter(new StopFilter(stream, STOP_WORDS)));
            }
        };
    }

    /** The analyser for questions: as {@link #indexing()}, with the synonym graph before stop words and stems. */
    static Analyzer querying(SynonymMap synonyms) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = surfaceWords(source);
                if (synonyms.fst != null) {
                    stream = new SynonymGraphFilter(stream, synonyms, true);
                }
                return new TokenStreamComponents(source, new PorterStemFilter(new StopFilter(stream, STOP_WORDS)));
            }
        };
    }

    /**
     * Parses synonym rules in the Solr format ("cin, child in need" for equivalents, "a => b" for
     * one-way rewrites, "#" for comments).
     *
     * @throws IllegalArgumentException naming the source and the problem when a rule cannot be read
     */
    static SynonymMap synonyms(Reader rules, String sourceName) {
        try (Analyzer surface = surfaceAnalyzer(); BufferedReader lines = new BufferedReader(rules)) {
            String text = lines.lines().collect(Collectors.joining("\n"));
            requireContentAtEdges(text, sourceName);
            SolrSynonymParser parser = new SolrSynonymParser(true, true, surface);
            parser.parse(new StringReader(text));
            return parser.build();
        } catch (ParseException e) {
            throw new IllegalArgumentException(
                    "Cannot read synonyms in " + sourceName + " near line " + e.getErrorOffset() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new IllegalArgumentException("Cannot read synonyms in " + sourceName + ": " + e.getMessage(), e);
        }
    }

    /**
     * Stop words are removed after synonyms are matched, so a synonym that starts or ends with one
     * ("get hold of") would leave a dangling gap in the question's token graph: refuse it here, naming
     * the line, rather than fail on some later question.
     */
    private static void requireContentAtEdges(String text, String sourceName) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            for (String term : line.split("=>|,")) {
                String[] words = term.strip().toLowerCase(Locale.ROOT).split("\\s+");
                if (words.length == 0 || words[0].isEmpty()) {
                    continue;
                }
                String first = words[0];
                String last = words[words.length - 1];
                if (STOP_WORDS.contains(first) || STOP_WORDS.contains(last)) {
                    throw new IllegalArgumentException("Cannot read synonyms in " + sourceName + " line " + (i + 1)
                            + ": '" + term.strip() + "' starts or ends with a word questions ignore ('"
                            + (STOP_WORDS.contains(first) ? first : last) + "'); drop that word");
                }
            }
        }
    }

    /** An empty synonym map, for an index without synonyms. */
    static SynonymMap noSynonyms() {
        return synonyms(Reader.nullReader(), "(none)");
    }

    /** The terms an analyser makes of a text, in order. */
    static List<String> terms(Analyzer analyzer, String text) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(IndexFields.TEXT, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    private static TokenStream surfaceWords(Tokenizer source) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
    }

    private static Analyzer surfaceAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, surfaceWords(source));
            }
        };
    }
}
