package org.practiceassistant.ask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.practiceassistant.knowledge.KnowledgePackException;
import org.practiceassistant.knowledge.Passage;

/**
 * The subjects a pack says it does not cover (pay, leave, IT, legal aid: {@code knowledge/not-covered.txt}).
 * A question about one is "not covered" whatever else it shares with a passage: its other words ("looked
 * after children") match many passages, but what it asks for (an allowance) is in none of them.
 *
 * <p>Subjects are compared by their words without stop words and plural endings only, so "allowance"
 * finds "allowances"; not by the index's stems, which make "allowance" and the pack's "allows" one word.
 */
final class NotCoveredSubjects {

    /** The manifest's resource id for the file. */
    static final String RESOURCE = "not-covered";

    private final Analyzer analyzer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
            return new TokenStreamComponents(source,
                    new EnglishMinimalStemFilter(new StopFilter(words, PracticeAnalyzers.STOP_WORDS)));
        }
    };
    private final List<List<String>> subjects;

    private NotCoveredSubjects(List<List<String>> subjects) {
        this.subjects = subjects;
    }

    static NotCoveredSubjects none() {
        return new NotCoveredSubjects(List.of());
    }

    /**
     * Reads the file, one subject a line ({@code #} for notes).
     *
     * @throws KnowledgePackException naming the file and line of a subject with no searchable word, or of
     *     one the pack's passages use (then the pack does cover it)
     */
    static NotCoveredSubjects read(Path file, List<Passage> passages) {
        NotCoveredSubjects reader = none();
        List<List<String>> passageTerms = passages.stream()
                .map(passage -> PracticeAnalyzers.terms(reader.analyzer, passage.section() + " \n " + passage.text()))
                .toList();
        List<List<String>> subjects = new ArrayList<>();
        for (PackLines entry : PackLines.read(file)) {
            String line = entry.text();
            List<String> terms = PracticeAnalyzers.terms(reader.analyzer, line);
            if (terms.isEmpty()) {
                throw new KnowledgePackException(file, entry.number(), "'" + line + "' has no word questions are searched by");
            }
            for (int p = 0; p < passages.size(); p++) {
                if (contains(passageTerms.get(p), terms)) {
                    throw new KnowledgePackException(file, entry.number(), "the pack does cover '" + line + "': passage "
                            + passages.get(p).id() + " uses it; take the line out");
                }
            }
            subjects.add(List.copyOf(terms));
        }
        return new NotCoveredSubjects(List.copyOf(subjects));
    }

    /** Whether the question asks about a subject the pack does not cover. */
    boolean asksAbout(String question) {
        if (subjects.isEmpty()) {
            return false;
        }
        List<String> terms = PracticeAnalyzers.terms(analyzer, question);
        return subjects.stream().anyMatch(subject -> contains(terms, subject));
    }

    int size() {
        return subjects.size();
    }

    /** Whether {@code words} holds {@code phrase} as consecutive terms. */
    private static boolean contains(List<String> words, List<String> phrase) {
        for (int start = 0; start + phrase.size() <= words.size(); start++) {
            if (words.subList(start, start + phrase.size()).equals(phrase)) {
                return true;
            }
        }
        return false;
    }
}
