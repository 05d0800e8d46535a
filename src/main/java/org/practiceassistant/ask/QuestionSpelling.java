package org.practiceassistant.ask;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Corrects misspelt words of a question against the knowledge pack's own vocabulary ("frist home visit"
 * becomes "first home visit"), before both the word search and the meaning search, with Lucene's
 * {@link DirectSpellChecker} over the words of every passage, heading, synonym and jargon entry.
 *
 * <p>A word is left exactly as typed when the pack knows it, when it is an ordinary English word
 * ({@link EnglishWords}: "pension" must stay "pension", not become the pack's "person",
 * or a question the pack does not cover would be answered), when it looks like a name (a capital
 * letter after the first word) or an acronym (all capitals), when it holds a digit, or when it is
 * shorter than {@link #MIN_LENGTH} letters (too many words are one letter from a short word) unless a
 * three-letter word misses one letter of a pack word or swaps two. A correction must be close: at most
 * one edit in five letters (a swap of two letters counts as one); of equally close words the likelier slip wins.
 *
 * <p>Thread-safe: the vocabulary is read-only once built. Text handling is linear in the question.
 */
final class QuestionSpelling {

    /** Words shorter than this are never corrected. */
    static final int MIN_LENGTH = 4;

    /**
     * A word of this many letters is corrected only when typed in lower case and only into the pack's word it misses
     * one letter of ("pla" is "plan", "cre" is "care") or a swap of two of its letters: a changed or an added letter
     * in three makes too many other words.
     */
    private static final int SHORT_LENGTH = 3;

    /** How many equally close suggestions are weighed by the kind of slip that would have made the typed word. */
    private static final int WEIGHED = 8;

    /** How close a suggestion must be: 1 - edits / length of the shorter word. */
    private static final float ACCURACY = 0.75f;

    private static final String FIELD = "word";
    /** The same texts stemmed as the passage index stems them: "allowances" is known when the pack says "allowance". */
    private static final String STEMS = "stem";

    private final IndexReader vocabulary;
    /** Counts the pack's texts that use two words together, to choose between equally likely corrections. */
    private final IndexSearcher searcher;
    /** One edit for words shorter than {@link #TWO_EDITS_FROM}, two for longer ones. */
    private final DirectSpellChecker oneEdit;
    private final DirectSpellChecker twoEdits;

    /**
     * Words this long may be two edits from the pack's word ("assesmnet"), tried only when one edit finds
     * nothing: most typos are one edit, which costs about 30 microseconds a word against 0.7 ms for two.
     * In a shorter word two edits make another word more often than a typo.
     */
    private static final int TWO_EDITS_FROM = 8;

    private QuestionSpelling(IndexReader vocabulary) {
        this.vocabulary = vocabulary;
        this.searcher = new IndexSearcher(vocabulary);
        this.oneEdit = checker(1);
        this.twoEdits = checker(2);
        this.shortWords = checker(1);
        // One edit in three letters is below ACCURACY; the rule in shortSuggestion keeps it safe instead.
        shortWords.setAccuracy(0.5f);
        shortWords.setMinQueryLength(SHORT_LENGTH);
    }

    /** One edit for three-letter words, filtered by {@link #shortSuggestion}. */
    private final DirectSpellChecker shortWords;

    private static DirectSpellChecker checker(int maxEdits) {
        DirectSpellChecker checker = new DirectSpellChecker();
        checker.setAccuracy(ACCURACY);
        checker.setMinQueryLength(MIN_LENGTH);
        checker.setMinPrefix(1);
        checker.setMaxEdits(maxEdits);
        checker.setLowerCaseTerms(true);
        // Every suggestion of one checker is as many edits away (two only when one found nothing), so they come
        // commonest first and likeliestSlip weighs them: "plaan" is "plan", not "plain". (The default order,
        // by a length-normalised similarity first, preferred the rarer word of the same length.)
        checker.setComparator(new org.apache.lucene.search.spell.SuggestWordFrequencyComparator());
        return checker;
    }

    /** A spelling step over this vocabulary: each text (a passage, a heading, a synonyms line) is one document. */
    static QuestionSpelling of(Collection<String> packTexts) {
        return of(packTexts, List.of());
    }

    /**
     * As {@link #of(Collection)}, and a misspelling may also be corrected into a word of {@code notCoveredTexts}
     * (the pack's not-covered subjects): "alowance" becomes "allowance", which is then found not covered, rather
     * than a near pack word that would make the question look answerable; and into the English words people ask
     * with ("qiuck one", "how sopn"). Those words do not count as the pack's own for {@link #unknownWords}.
     */
    static QuestionSpelling of(Collection<String> packTexts, Collection<String> notCoveredTexts) {
        try {
            ByteBuffersDirectory directory = new ByteBuffersDirectory();
            try (Analyzer words = new PerFieldAnalyzerWrapper(surfaceWords(), Map.of(STEMS, PracticeAnalyzers.indexing()));
                 IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(words))) {
                for (String text : packTexts) {
                    Document document = new Document();
                    document.add(new TextField(FIELD, text, Field.Store.NO));
                    document.add(new TextField(STEMS, text, Field.Store.NO));
                    writer.addDocument(document);
                }
                for (String text : notCoveredTexts) {
                    Document document = new Document();
                    document.add(new TextField(FIELD, text, Field.Store.NO));
                    writer.addDocument(document);
                }
            }
            // The English list is read on first use: here, at start-up, rather than on the first practitioner's question.
            EnglishWords.contains("warm");
            return new QuestionSpelling(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the spelling vocabulary", e);
        }
    }

    /** Whether the pack itself uses this (lower-case) word somewhere. */
    boolean packKnows(String word) {
        try {
            return vocabulary.docFreq(new Term(FIELD, word)) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The question's content words that the pack never uses in any form ("allowance", "laptop", "TOIL"):
     * not stop words, not numbers, not in the pack as typed nor by their stem. Such a word is often the
     * very subject of the question, one the documents do not cover.
     */
    List<String> unknownWords(String question) {
        List<String> unknown = new ArrayList<>();
        try (TokenStream tokens = stems.tokenStream(STEMS, question)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                if (stem.length() >= 3 && isLetters(stem) && vocabulary.docFreq(new Term(STEMS, stem)) == 0) {
                    unknown.add(stem);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unknown;
    }

    private final Analyzer stems = PracticeAnalyzers.indexing();

    /** A word of the question as typed, and where it is. */
    private record Token(String typed, int start, int end) {}

    /** The question with its misspelt words corrected, and what was changed (nothing when nothing needed to be). */
    Spelled correct(String question) {
        List<Spelled.Correction> corrections = new ArrayList<>();
        StringBuilder corrected = new StringBuilder(question.length());
        int copied = 0;
        List<Token> words = new ArrayList<>();
        try (Tokenizer tokens = new StandardTokenizer()) {
            tokens.setReader(new StringReader(question));
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                words.add(new Token(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < words.size(); i++) {
            String typed = words.get(i).typed();
            String suggestion = i > 0 && words.get(i - 1).typed().equalsIgnoreCase("how") ? howWord(typed) : null;
            if (suggestion == null) {
                List<String> neighbours = new ArrayList<>(2);
                if (i > 0) {
                    neighbours.add(words.get(i - 1).typed());
                }
                if (i + 1 < words.size()) {
                    neighbours.add(words.get(i + 1).typed());
                }
                suggestion = suggestion(typed, i > 0, neighbours);
            }
            if (suggestion != null) {
                corrected.append(question, copied, words.get(i).start()).append(suggestion);
                copied = words.get(i).end();
                corrections.add(new Spelled.Correction(typed, suggestion));
            }
        }
        if (corrections.isEmpty()) {
            return Spelled.unchanged(question);
        }
        corrected.append(question, copied, question.length());
        return new Spelled(question, corrected.toString(), corrections);
    }

    /**
     * What "how" asks for: after it, a word one slip from one of these is that word even when it is English too ("how man
     * hours", "how ling does it last", "how son"), as "how" is followed by little else that close to them.
     */
    private static final List<String> HOW_WORDS = List.of("many", "much", "long", "often", "soon", "quickly");

    /** The {@link #HOW_WORDS} word a lower-case word after "how" is one slip from, or null. */
    private static String howWord(String typed) {
        String word = typed.toLowerCase(Locale.ROOT);
        if (!word.equals(typed) || word.length() < SHORT_LENGTH || HOW_WORDS.contains(word)
                || PracticeAnalyzers.STOP_WORDS.contains(word)) {
            return null;
        }
        String found = null;
        for (String intended : HOW_WORDS) {
            if (oneEditApart(word, intended)) {
                if (found != null) {
                    return null;
                }
                found = intended;
            }
        }
        return found;
    }

    /** Whether one changed, missed, added or swapped letter turns {@code a} into {@code b} (linear in their length). */
    static boolean oneEditApart(String a, String b) {
        int difference = a.length() - b.length();
        if (Math.abs(difference) > 1 || a.equals(b)) {
            return false;
        }
        int at = firstDifference(a, b);
        if (difference > 0) {
            return a.regionMatches(at + 1, b, at, b.length() - at);
        }
        if (difference < 0) {
            return b.regionMatches(at + 1, a, at, a.length() - at);
        }
        return a.regionMatches(at + 1, b, at + 1, a.length() - at - 1)
                || at + 1 < a.length() && a.charAt(at) == b.charAt(at + 1) && a.charAt(at + 1) == b.charAt(at)
                        && a.regionMatches(at + 2, b, at + 2, a.length() - at - 2);
    }

    /** The pack's word this one is a misspelling of, or null to leave it as typed. */
    private String suggestion(String typed, boolean capitalMeansName, List<String> neighbours) {
        if (typed.length() < SHORT_LENGTH || !isLetters(typed)) {
            return null;
        }
        boolean capitalised = Character.isUpperCase(typed.charAt(0));
        if (capitalised && (capitalMeansName || isAllCapitals(typed))) {
            return null;
        }
        String word = typed.toLowerCase(Locale.ROOT);
        if (EnglishWords.contains(word) || PracticeAnalyzers.STOP_WORDS.contains(word) || packKnows(word)) {
            return null;
        }
        try {
            Term term = new Term(FIELD, word);
            if (typed.length() < MIN_LENGTH) {
                return capitalised ? null : shortSuggestion(word, term);
            }
            SuggestWord[] suggestions = oneEdit.suggestSimilar(term, WEIGHED, vocabulary, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0) {
                return likeliestSlip(word, suggestions, neighbours);
            }
            if (word.length() >= TWO_EDITS_FROM) {
                suggestions = twoEdits.suggestSimilar(term, 1, vocabulary, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            }
            return suggestions.length == 0 ? null : suggestions[0].string;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A three-letter word (lower case, unknown to the pack and to English) is the pack's commonest word it misses one
     * letter of ("pla" is "plan", "cre" is "care"), or a swap of two of its letters; otherwise it is left alone.
     */
    private String shortSuggestion(String word, Term term) throws IOException {
        SuggestWord[] suggestions = shortWords.suggestSimilar(term, WEIGHED, vocabulary, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
        for (SuggestWord suggestion : suggestions) {
            String candidate = suggestion.string;
            Slip slip = slip(word, candidate);
            if (slip == Slip.MISSED_OR_DOUBLED && candidate.length() > word.length() || slip == Slip.SWAPPED) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Of suggestions one edit away (commonest first), the one a likelier slip of the fingers would have typed
     * as this word: "leavre" is "leaver" (two letters swapped), not the commoner "leave" (a letter added);
     * "mont" is "month" (a letter missed), not the commoner "most" (a letter changed). Ties keep the commoner word.
     */
    private String likeliestSlip(String word, SuggestWord[] suggestions, List<String> neighbours) throws IOException {
        String best = suggestions[0].string;
        Slip bestSlip = slip(word, best);
        for (int i = 1; i < suggestions.length; i++) {
            Slip candidate = slip(word, suggestions[i].string);
            if (candidate.ordinal() < bestSlip.ordinal()) {
                best = suggestions[i].string;
                bestSlip = candidate;
            }
        }
        return usedWithTheNeighbours(word, suggestions, bestSlip, best, neighbours);
    }

    /**
     * Of the suggestions as likely a slip as the chosen one, the one the pack uses most beside the typed word's
     * neighbours (in the same passage, heading or list): "lac tems" is "lac teams", which the pack says of looked after
     * children, not the commoner "terms". Ties, and neighbours the pack never uses, keep the commoner word.
     */
    private String usedWithTheNeighbours(String word, SuggestWord[] suggestions, Slip slip, String chosen,
                                         List<String> neighbours) throws IOException {
        List<String> contexts = new ArrayList<>(neighbours.size());
        for (String neighbour : neighbours) {
            String stem = stem(neighbour);
            if (stem != null && vocabulary.docFreq(new Term(STEMS, stem)) > 0) {
                contexts.add(stem);
            }
        }
        if (contexts.isEmpty()) {
            return chosen;
        }
        String best = chosen;
        int bestCount = together(chosen, contexts);
        for (SuggestWord suggestion : suggestions) {
            if (!suggestion.string.equals(chosen) && slip(word, suggestion.string) == slip) {
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
                    .add(new TermQuery(new Term(STEMS, stem)), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new Term(STEMS, context)), BooleanClause.Occur.MUST)
                    .build());
        }
        return count;
    }

    /** The word as the index stems it, or null for a stop word. */
    private String stem(String word) throws IOException {
        try (TokenStream tokens = stems.tokenStream(STEMS, word)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            String first = tokens.incrementToken() ? term.toString() : null;
            tokens.end();
            return first;
        }
    }

    /** The kinds of one-edit slip, likeliest first. */
    enum Slip { SWAPPED, MISSED_OR_DOUBLED, CHANGED, ADDED }

    /** Which slip turns {@code intended} into {@code typed}, both one edit apart. */
    static Slip slip(String typed, String intended) {
        int length = typed.length();
        if (intended.length() == length + 1) {
            return Slip.MISSED_OR_DOUBLED;
        }
        if (intended.length() == length - 1) {
            int at = firstDifference(typed, intended);
            boolean doubled = (at > 0 && typed.charAt(at) == typed.charAt(at - 1))
                    || (at + 1 < length && typed.charAt(at) == typed.charAt(at + 1));
            return doubled ? Slip.MISSED_OR_DOUBLED : Slip.ADDED;
        }
        int at = firstDifference(typed, intended);
        boolean swapped = at + 1 < length && typed.charAt(at) == intended.charAt(at + 1)
                && typed.charAt(at + 1) == intended.charAt(at)
                && typed.regionMatches(at + 2, intended, at + 2, length - at - 2);
        return swapped ? Slip.SWAPPED : Slip.CHANGED;
    }

    private static int firstDifference(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int at = 0;
        while (at < shorter && a.charAt(at) == b.charAt(at)) {
            at++;
        }
        return at;
    }

    private static boolean isLetters(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isLetter(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAllCapitals(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isUpperCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Words as typed, lower-cased and folded to ASCII, not stemmed: suggestions must be real words. */
    private static Analyzer surfaceWords() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
                return new TokenStreamComponents(source, stream);
            }
        };
    }
}
