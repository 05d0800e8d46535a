package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.practiceassistant.knowledge.Passage;
import org.practiceassistant.system.text.EnglishWords;

/**
 * The English words of a question that no passage of the pack says, in any form ("allowance", "payslip", "sanctioned"):
 * the subject of a near-domain question is often one, whatever else it shares with a passage. Built from the passages'
 * own texts and headings only, not from the synonyms, jargon or also-asked lists, which name words the documents never
 * explain ("universal credit" is in the jargon list so that drafts avoid it, not because any passage covers it).
 *
 * <p>Unlike {@link NotCoveredSubjects}, this needs nobody to have listed the subject, so it also holds for subjects the
 * next readers bring; it is only one signal, since answerable questions have such words too ("mum", "evicted"): Ask
 * rejects on it only together with a weak match (see {@code LuceneAskService}). A word that is no English word (a
 * typo left uncorrected, shorthand, a name) says nothing about the subject and is left out.
 *
 * <p>Per question: one look-up in a hash set per word, linear in the question; the pack's words are gathered once.
 */
final class UnsaidWords {

    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

    private final Analyzer stems = PracticeAnalyzers.indexing();
    private final Set<String> said;

    private UnsaidWords(Set<String> said) {
        this.said = said;
    }

    /** The stems of every passage's text and heading. */
    static UnsaidWords of(Collection<Passage> passages) {
        Set<String> said = new HashSet<>();
        try (Analyzer analyzer = PracticeAnalyzers.indexing()) {
            for (Passage passage : passages) {
                said.addAll(PracticeAnalyzers.terms(analyzer, passage.section() + " \n " + passage.text()));
            }
        }
        return new UnsaidWords(Set.copyOf(said));
    }

    /** The question's English words (lower case, as typed) whose stems no passage uses; stop words never count. */
    List<String> in(String question) {
        List<String> unsaid = new ArrayList<>();
        Matcher word = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (word.find()) {
            String found = word.group();
            if (!EnglishWords.contains(found)) {
                continue;
            }
            List<String> terms = PracticeAnalyzers.terms(stems, found);
            if (!terms.isEmpty() && !said.containsAll(terms)) {
                unsaid.add(found);
            }
        }
        return unsaid;
    }
}
