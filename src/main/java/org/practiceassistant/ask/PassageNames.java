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

    /**
     * True when the question names the passage and the name is most of what it asks about: "what is a fire drill"
     * is about the entry Fire Drills, while "what do we use the harm matrix for in CWD" names the entry Harm Matrix
     * but asks what a chapter says of its use, and "CIN visits frequency for a good audit grade" names the criterion
     * Frequency (of supervision) in passing.
     */
    static boolean isAbout(List<String> question, List<String> name) {
        if (!names(question, name)) {
            return false;
        }
        long content = question.stream().filter(PassageNames::isContent).count();
        long named = name.stream().filter(PassageNames::isContent).count();
        return content == 0 || named >= MIN_NAME_SHARE * content;
    }

    /** The share of a question's content words its name must make up for the question to be about the named passage. */
    static final double MIN_NAME_SHARE = 2.0 / 3;

    /** A word that says what a question is about (not "what", "the", "should" ...). */
    private static boolean isContent(String word) {
        return !PracticeAnalyzers.STOP_WORDS.contains(word) && !PracticeAnalyzers.STOP_WORDS.contains(word + "s");
    }

    /** True when the question's words contain the name's words, in order and side by side. */
    static boolean names(List<String> question, List<String> name) {
        return !name.isEmpty() && Collections.indexOfSubList(question, name) >= 0;
    }
}
