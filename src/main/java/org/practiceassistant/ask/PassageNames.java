package org.practiceassistant.ask;

import java.util.Collections;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Whether a question names a passage outright: "what is a fire drill?" names the glossary entry
 * "Fire Drills". Names are compared word for word with plurals folded but nothing else stemmed, so
 * "safety plan" names "Safety Plan" and not "Safety Planning", which the index's stemmer conflates.
 */
final class PassageNames {

    private static final Analyzer WORDS = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source,
                    new EnglishMinimalStemFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source))));
        }
    };

    private PassageNames() {}

    /** The words of a name or a question, lower case, plurals folded. */
    static List<String> words(String text) {
        return PracticeAnalyzers.terms(WORDS, text);
    }

    /** True when the question's words contain the name's words, in order and side by side. */
    static boolean names(List<String> question, List<String> name) {
        return !name.isEmpty() && Collections.indexOfSubList(question, name) >= 0;
    }
}
