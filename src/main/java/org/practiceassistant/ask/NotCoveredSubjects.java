package org.practiceassistant.ask;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.practiceassistant.system.text.EnglishWords;

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
    /**
     * The subjects by their first term, so a question's words are looked up once each rather than every subject tried at
     * every word (hundreds of subjects, twice a question: a tenth of a question's CPU time in JFR).
     */
    private final Map<String, List<List<String>>> byFirstTerm;

    /**
     * Lines written in capitals only ("IT"): acronyms matched only where the question types them in capitals too, since
     * their lower-case form is a common word ("who do i ring in IT" asks about IT, "is it ok to" does not).
     */
    private final Set<String> acronyms;

    private NotCoveredSubjects(List<List<String>> subjects, Set<String> acronyms) {
        this.subjects = subjects;
        this.acronyms = acronyms;
        Map<String, List<List<String>>> byFirst = new HashMap<>();
        for (List<String> subject : subjects) {
            byFirst.computeIfAbsent(subject.getFirst(), term -> new ArrayList<>()).add(subject);
        }
        this.byFirstTerm = Map.copyOf(byFirst);
    }

    static NotCoveredSubjects none() {
        return new NotCoveredSubjects(List.of(), Set.of());
    }

    /** Two to six capital letters: a line that is an acronym, matched as typed. */
    private static final Pattern ACRONYM = Pattern.compile("[A-Z]{2,6}");

    /** Runs of letters, how a question's words are found for {@link #namesAnAcronym}. */
    private static final Pattern LETTERS = Pattern.compile("[A-Za-z]+");

    /**
     * Reads the file, one subject a line ({@code #} for notes).
     *
     * @throws KnowledgePackException naming the file and line of a subject with no searchable word, or of
     *     one the pack's passages use (then the pack does cover it)
     */
    static NotCoveredSubjects read(Path file, List<Passage> passages) {
        NotCoveredSubjects reader = none();
        PassageTerms passageTerms = new PassageTerms(passages.stream()
                .map(passage -> PracticeAnalyzers.terms(reader.analyzer, passage.section() + " \n " + passage.text()))
                .toList());
        // Each passage's words found once, and only when the file has an acronym line, not once per acronym line.
        List<Set<String>> passageWords = null;
        List<List<String>> subjects = new ArrayList<>();
        Set<String> acronyms = new HashSet<>();
        for (PackLines entry : PackLines.read(file)) {
            String line = entry.text();
            if (ACRONYM.matcher(line).matches()) {
                if (passageWords == null) {
                    passageWords = passages.stream().map(passage -> words(passage.section() + " " + passage.text())).toList();
                }
                for (int p = 0; p < passages.size(); p++) {
                    if (passageWords.get(p).contains(line)) {
                        throw new KnowledgePackException(file, entry.number(), "the pack does cover '" + line + "': passage "
                                + passages.get(p).id() + " uses it; take the line out");
                    }
                }
                acronyms.add(line);
                continue;
            }
            List<String> terms = PracticeAnalyzers.terms(reader.analyzer, line);
            if (terms.isEmpty()) {
                throw new KnowledgePackException(file, entry.number(), "'" + line + "' has no word questions are searched by");
            }
            int using = passageTerms.firstHolding(terms);
            if (using >= 0) {
                throw new KnowledgePackException(file, entry.number(), "the pack does cover '" + line + "': passage "
                        + passages.get(using).id() + " uses it; take the line out");
            }
            subjects.add(List.copyOf(terms));
        }
        return new NotCoveredSubjects(List.copyOf(subjects), Set.copyOf(acronyms));
    }

    /**
     * The passages' terms, with where each term stands, so a subject is looked for only where its first term is: start-up
     * checked every line of the file against every term of every passage (hundreds of lines times tens of thousands of
     * terms), which was most of building Ask's not-covered check.
     */
    private static final class PassageTerms {

        private final List<List<String>> terms;
        /** For each term, where it stands: pairs of passage index and offset, in passage order. */
        private final Map<String, List<int[]>> places = new HashMap<>();

        PassageTerms(List<List<String>> terms) {
            this.terms = terms;
            for (int p = 0; p < terms.size(); p++) {
                List<String> passage = terms.get(p);
                for (int at = 0; at < passage.size(); at++) {
                    places.computeIfAbsent(passage.get(at), term -> new ArrayList<>()).add(new int[] {p, at});
                }
            }
        }

        /** The first passage holding {@code phrase} as consecutive terms; -1 when none does. */
        int firstHolding(List<String> phrase) {
            for (int[] place : places.getOrDefault(phrase.getFirst(), List.of())) {
                List<String> passage = terms.get(place[0]);
                int end = place[1] + phrase.size();
                if (end <= passage.size() && passage.subList(place[1], end).equals(phrase)) {
                    return place[0];
                }
            }
            return -1;
        }
    }

    /**
     * Whether the question, as typed, names an acronym subject: in capitals ("who do i ring in IT"), or in lower case when
     * that is no other word ("my tm or hr"; "it" is, so only "IT" names IT). An abbreviated unit of time is that unit after
     * a number ("24 hr"), the acronym elsewhere. A question typed all in capitals names none: its every word looks like an
     * acronym.
     */
    boolean namesAnAcronym(String typed) {
        if (acronyms.isEmpty() || typed.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        Matcher word = LETTERS.matcher(typed);
        while (word.find()) {
            String found = word.group();
            if (acronyms.contains(found) || found.equals(found.toLowerCase(Locale.ROOT))
                    && acronyms.contains(found.toUpperCase(Locale.ROOT)) && namesItInLowerCase(typed, word.start(), found)) {
                return true;
            }
        }
        return false;
    }

    /** Abbreviations of units of time that are English words only as such ("hr"): after a number they are the unit. */
    private static final Set<String> TIME_UNITS = Set.of("hr", "hrs", "wk", "wks", "min", "mins");

    private static boolean namesItInLowerCase(String typed, int start, String word) {
        if (TIME_UNITS.contains(word)) {
            return !afterANumber(typed, start);
        }
        return !EnglishWords.contains(word);
    }

    /** Whether the word starting at {@code start} follows a figure ("24 hr", "48hr"), spaces between allowed. */
    private static boolean afterANumber(String typed, int start) {
        int before = start - 1;
        while (before >= 0 && typed.charAt(before) == ' ') {
            before--;
        }
        return before >= 0 && Character.isDigit(typed.charAt(before));
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        Matcher word = LETTERS.matcher(text);
        while (word.find()) {
            words.add(word.group());
        }
        return words;
    }

    /** Whether the question asks about a subject the pack does not cover. */
    boolean asksAbout(String question) {
        if (subjects.isEmpty()) {
            return false;
        }
        List<String> terms = PracticeAnalyzers.terms(analyzer, question);
        for (int start = 0; start < terms.size(); start++) {
            for (List<String> subject : byFirstTerm.getOrDefault(terms.get(start), List.of())) {
                if (startsAt(terms, start, subject)) {
                    return true;
                }
            }
        }
        return false;
    }

    int size() {
        return subjects.size() + acronyms.size();
    }

    /** Whether {@code words} holds {@code phrase} as consecutive terms from {@code start} on. */
    private static boolean startsAt(List<String> words, int start, List<String> phrase) {
        if (start + phrase.size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.size(); i++) {
            if (!words.get(start + i).equals(phrase.get(i))) {
                return false;
            }
        }
        return true;
    }
}
