package org.practiceassistant.ask;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
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
        return isAbout(question, name, Set.of());
    }

    /**
     * As {@link #isAbout(List, List)}, for a passage whose own text places it in these services ({@link #services}): a
     * question's word for one of them asks nothing the passage does not already say, so "what's a TAF in early help" is
     * about the entry Team Around the Family, "a meeting in the Early Help Service", while "what do we use the harm
     * matrix for in CWD" still asks of disabled children what the entry Harm Matrix, which names no service, does not say.
     */
    static boolean isAbout(List<String> question, List<String> name, Set<String> setting) {
        if (!names(question, name)) {
            return false;
        }
        if (isMostOf(question, name, setting)) {
            return true;
        }
        // Two things set side by side: each side is asked about as a question of its own.
        for (List<String> side : Comparison.sides(question)) {
            if (names(side, name) && isMostOf(side, name, setting)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the name's content words make up enough of the question's (the services the passage is in left out). */
    private static boolean isMostOf(List<String> question, List<String> name, Set<String> setting) {
        // A service the name itself gives ("CP – visits") is part of naming the passage, not a setting to leave out.
        boolean example = question.stream().anyMatch(EXAMPLE::contains);
        long content = question.stream()
                .filter(word -> isContent(word) && (!setting.contains(word) || name.contains(word))
                        && !(example && ASKING_FOR_AN_EXAMPLE.contains(word) && !name.contains(word))).count();
        long named = name.stream().filter(PassageNames::isContent).count();
        return content == 0 || named >= MIN_NAME_SHARE * content;
    }

    /** The share of a question's content words its name must make up for the question to be about the named passage. */
    static final double MIN_NAME_SHARE = 2.0 / 3;

    /**
     * The services among a passage's words (folded as its name is), which a question need not repeat to be about it.
     *
     * @param services the acronyms of the pack's services, as {@link Acronyms#servicesOf} reads them from the synonyms
     *                 file ("eh", "cla"); plans ("cpp", "pep") are not among them: "what's a pep" asks about one
     */
    static Set<String> services(List<String> passageWords, Set<String> services) {
        return passageWords.stream().filter(services::contains).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Words that ask what a named thing is for or how it goes ("FNM - who runs it and whats it for", "how does group
     * supervision run, whos involved") rather than name something else the question is about. Only for the share:
     * the search still uses them.
     */
    private static final Set<String> ASKING_OF_A_THING = Set.of("run", "involved", "purpose", "difference", "diff");

    /** Words that ask for an example of something ("eg of a good DS?"), as {@link #words} folds them. */
    private static final Set<String> EXAMPLE = Set.of("example", "eg", "sample");

    /**
     * Words that, beside "example", only ask for one ("can you give me an example of a good danger statement"): the
     * term named is then what is asked about, and the passage defining it (what a good one holds) answers first.
     */
    private static final Set<String> ASKING_FOR_AN_EXAMPLE = Set.of("give", "good", "show", "need");

    /** A word that says what a question is about (not "what", "the", "should", "who runs" ...). */
    private static boolean isContent(String word) {
        return !PracticeAnalyzers.STOP_WORDS.contains(word) && !PracticeAnalyzers.STOP_WORDS.contains(word + "s")
                && !ASKING_OF_A_THING.contains(word);
    }

    /** True when the question's words contain the name's words, in order and side by side. */
    static boolean names(List<String> question, List<String> name) {
        return !name.isEmpty() && Collections.indexOfSubList(question, name) >= 0;
    }
}
