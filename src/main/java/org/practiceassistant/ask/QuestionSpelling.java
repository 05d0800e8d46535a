package org.practiceassistant.ask;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.practiceassistant.system.text.EnglishWords;

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
 * one edit in five letters (a swap of two letters counts as one); of equally close words the likelier slip wins
 * ({@link Slips}), then the one used with the neighbouring words ({@link NeighbourTieBreak}). Two exceptions for the
 * commonest slip, two letters swapped: an English word the pack never uses that swaps back into a pack word is that word
 * ("minuets"), and a word of six or seven letters may be a swap and one more slip from one ("jorunel"). After "how", a
 * word one slip from what "how" asks for is that word ({@link HowWords}).
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
    /** Chooses between equally likely corrections by the words around them. */
    private final NeighbourTieBreak tieBreak;
    /** One edit for words shorter than {@link #TWO_EDITS_FROM}, two for longer ones. */
    private final DirectSpellChecker oneEdit;
    private final DirectSpellChecker twoEdits;

    /**
     * Words this long may be two edits from the pack's word ("assesmnet"), tried only when one edit finds
     * nothing: most typos are one edit, which costs about 30 microseconds a word against 0.7 ms for two.
     * In a shorter word two edits make another word more often than a typo.
     */
    private static final int TWO_EDITS_FROM = 8;

    /** Words the synonyms file declares slips of another (typed to intended). */
    private final Map<String, String> declared;

    /**
     * The pack's words as typed and as stemmed, read out of {@link #vocabulary} once: looking a word up in the index
     * opened a new terms enumerator (tens of kilobytes of garbage) for every word of every question.
     */
    private final Set<String> packWords;
    private final Set<String> packStems;

    private QuestionSpelling(IndexReader vocabulary, Map<String, String> declared) {
        this.vocabulary = vocabulary;
        this.declared = declared;
        this.packWords = termsOf(vocabulary, FIELD);
        this.packStems = termsOf(vocabulary, STEMS);
        this.tieBreak = new NeighbourTieBreak(vocabulary, STEMS);
        this.oneEdit = checker(1);
        this.twoEdits = checker(2);
        DirectSpellChecker swapAndOneMore = checker(2);
        // Two edits in six or seven letters is below ACCURACY; Slips.swappedAndOneMore keeps it safe instead.
        swapAndOneMore.setAccuracy(0.6f);
        this.swaps = new SwappedLetters(vocabulary, FIELD, STEMS, swapAndOneMore, WEIGHED, tieBreak);
        this.shortWords = checker(1);
        // One edit in three letters is below ACCURACY; the rule in shortSuggestion keeps it safe instead.
        shortWords.setAccuracy(0.5f);
        shortWords.setMinQueryLength(SHORT_LENGTH);
    }

    /** The two exceptions made for the commonest slip, two neighbouring letters swapped. */
    private final SwappedLetters swaps;

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
        return of(packTexts, notCoveredTexts, Map.of());
    }

    /**
     * As {@link #of(Collection, Collection)}, and a word the synonyms file declares a slip of another ({@link
     * DeclaredMisspellings}: "minuets => minutes") is corrected into it although the pack's vocabulary holds it.
     */
    static QuestionSpelling of(Collection<String> packTexts, Collection<String> notCoveredTexts, Map<String, String> declared) {
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
            return new QuestionSpelling(DirectoryReader.open(directory), Map.copyOf(declared));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the spelling vocabulary", e);
        }
    }

    /** Every term of a field of the vocabulary (which deletes nothing, so each is in some document). */
    private static Set<String> termsOf(IndexReader vocabulary, String field) {
        Set<String> terms = new HashSet<>();
        try {
            Terms all = MultiTerms.getTerms(vocabulary, field);
            if (all != null) {
                TermsEnum each = all.iterator();
                for (BytesRef term = each.next(); term != null; term = each.next()) {
                    terms.add(term.utf8ToString());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(terms);
    }

    /** Whether the pack itself uses this (lower-case) word somewhere. */
    boolean packKnows(String word) {
        return packWords.contains(word);
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
                if (stem.length() >= 3 && isLetters(stem) && !packStems.contains(stem)) {
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

    /**
     * The question's words as typed, by the tokenizer an analyzer keeps for each thread: a new tokenizer for every
     * question allocated its scanner's buffers afresh (tens of kilobytes a question).
     */
    private final Analyzer typedWords = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            return new TokenStreamComponents(new StandardTokenizer());
        }
    };

    /** A word of the question as typed, and where it is. */
    private record Token(String typed, int start, int end) {}

    /** The question with its misspelt words corrected, and what was changed (nothing when nothing needed to be). */
    Spelled correct(String question) {
        List<Spelled.Correction> corrections = new ArrayList<>();
        StringBuilder corrected = new StringBuilder(question.length());
        int copied = 0;
        List<Token> words = new ArrayList<>();
        try (TokenStream tokens = typedWords.tokenStream(FIELD, question)) {
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
            String suggestion = i > 0 && words.get(i - 1).typed().equalsIgnoreCase("how") ? HowWords.intended(typed) : null;
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
        if (declared.containsKey(word)) {
            return declared.get(word);
        }
        if (PracticeAnalyzers.STOP_WORDS.contains(word) || packKnows(word)) {
            return null;
        }
        try {
            if (EnglishWords.contains(word)) {
                return capitalised ? null : swaps.swappedBack(word);
            }
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
                return suggestions.length == 0 ? null : suggestions[0].string;
            }
            return swaps.swappedAndOneMore(word, term);
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
            Slips.Slip slip = Slips.slip(word, candidate);
            if (slip == Slips.Slip.MISSED_OR_DOUBLED && candidate.length() > word.length() || slip == Slips.Slip.SWAPPED) {
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
        Slips.Slip bestSlip = Slips.slip(word, best);
        for (int i = 1; i < suggestions.length; i++) {
            Slips.Slip candidate = Slips.slip(word, suggestions[i].string);
            if (candidate.ordinal() < bestSlip.ordinal()) {
                best = suggestions[i].string;
                bestSlip = candidate;
            }
        }
        return neighbours.isEmpty() ? best : tieBreak.choose(word, suggestions, bestSlip, best, neighbours);
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
