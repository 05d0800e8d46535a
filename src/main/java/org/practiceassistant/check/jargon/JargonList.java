package org.practiceassistant.check.jargon;

import org.practiceassistant.check.text.Lexicon;
import org.practiceassistant.check.text.AnalysedText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editable jargon list ({@code knowledge/jargon.yaml}): finds professional jargon in a text and
 * offers the plain words to use instead. Shared by Check (the {@code jargon-free} criteria) and Draft
 * (re-prompting the worker). Thread-safe and immutable.
 */
public final class JargonList {

    /*
     * Acronyms ("CP", "SW") must match as written: lower-case "cp" or "sw" are ordinary text. Phrases
     * match by stem so "engaging with services" is found by "engage with services".
     */
    private static final Pattern ACRONYM = Pattern.compile("[A-Za-z]?[A-Z0-9.]*[A-Z0-9][A-Za-z0-9.]*");

    private final List<JargonEntry> entries;
    /* One alternation for all acronyms and one lexicon for all phrases: a plan is scanned twice, not once per entry. */
    private final Pattern acronyms;
    private final Lexicon phrases;
    private final Map<String, JargonEntry> bySpelling = new HashMap<>();

    public JargonList(List<JargonEntry> entries) {
        this.entries = List.copyOf(entries);
        List<String> acronymSpellings = new ArrayList<>();
        List<String> phraseSpellings = new ArrayList<>();
        for (JargonEntry entry : this.entries) {
            for (String spelling : entry.spellings()) {
                (isAcronym(spelling) ? acronymSpellings : phraseSpellings).add(spelling);
                bySpelling.put(spelling, entry);
            }
        }
        acronymSpellings.sort(Comparator.comparingInt(String::length).reversed());
        this.acronyms = acronymSpellings.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
                + String.join("|", acronymSpellings.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}])");
        this.phrases = phraseSpellings.isEmpty() ? null : Lexicon.of(phraseSpellings);
    }

    public List<JargonEntry> entries() {
        return entries;
    }

    /** Every jargon term in {@code text}, in text order, at most one per place. */
    public List<JargonMatch> find(String text) {
        return find(AnalysedText.of(text));
    }

    /** Every jargon term in an already analysed text (see {@link #find(String)}). */
    public List<JargonMatch> find(AnalysedText text) {
        List<JargonMatch> found = new ArrayList<>();
        if (acronyms != null) {
            Matcher m = acronyms.matcher(text.text());
            while (m.find()) {
                found.add(new JargonMatch(m.group(), m.start(), m.end(), bySpelling.get(m.group())));
            }
        }
        if (phrases != null) {
            for (Lexicon.Match m : phrases.all(text)) {
                if (!sameWordInflected(m.phrase(), text.text().substring(m.start(), m.end()))) {
                    continue;
                }
                found.add(new JargonMatch(text.quote(m.start(), m.end()), m.start(), m.end(), bySpelling.get(m.phrase())));
            }
        }
        found.sort(Comparator.comparingInt(JargonMatch::start).thenComparing(Comparator.comparingInt(JargonMatch::end).reversed()));
        List<JargonMatch> distinct = new ArrayList<>();
        int coveredTo = -1;
        for (JargonMatch match : found) {
            if (match.start() >= coveredTo) {
                distinct.add(match);
                coveredTo = match.end();
            }
        }
        return List.copyOf(distinct);
    }

    /* The longest ending that makes another form of the same word: "boundary" / "boundaries", "neglect" / "neglected". */
    private static final int INFLECTION = 3;

    /*
     * A one-word term matches its own forms, not every word the stemmer cuts to the same stem: "presentation" is jargon,
     * "presents" (gifts) is not, though both stem to "present". Phrases of several words keep matching by stem.
     */
    static boolean sameWordInflected(String spelling, String found) {
        if (spelling.indexOf(' ') >= 0 || found.indexOf(' ') >= 0) {
            return true;
        }
        String a = spelling.toLowerCase(java.util.Locale.ROOT);
        String b = found.toLowerCase(java.util.Locale.ROOT);
        int shorter = Math.min(a.length(), b.length());
        int common = 0;
        while (common < shorter && a.charAt(common) == b.charAt(common)) {
            common++;
        }
        return Math.abs(a.length() - b.length()) <= INFLECTION && common >= shorter - INFLECTION;
    }

    private static boolean isAcronym(String spelling) {
        return !spelling.contains(" ") && ACRONYM.matcher(spelling).matches() && !spelling.equals(spelling.toLowerCase());
    }
}
