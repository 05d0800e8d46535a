package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The acronyms of the synonyms file with their expansions ("taf, team around the family"), for comparing a question
 * with a passage's name: the question "what's a TAF in early help" names the glossary entry "Team Around the Family",
 * and "what is a team around the family" names an entry "TAF". Both sides are folded to the acronym, so an expansion
 * counts as one word of the question, as the acronym would.
 *
 * <p>Only equivalence lines with an acronym are read: a one-word entry made of another entry's initials ("taf"), with
 * or without its little words ("ehcp" is "education health and care plan"), a number counting whole ("s47" is
 * "section 47"). Every other entry of the line means the acronym. Plain synonyms ("review meeting, review", "respite,
 * short break") and one-way rewrites ("resi => residential") are left to the search's synonym graph: a question about
 * a review does not name an entry "Review Meeting".
 */
final class Acronyms {

    private static final Acronyms NONE = new Acronyms(Map.of(), 0);
    private static final String MEETING = "meeting";

    /** The words of each expansion (and of each other acronym of the same thing) to the acronym's. */
    private final Map<List<String>, String> acronymOf;
    private final Set<String> acronyms;
    private final int longest;

    private Acronyms(Map<List<String>, String> acronymOf, int longest) {
        this.acronymOf = acronymOf;
        this.acronyms = Set.copyOf(acronymOf.values());
        this.longest = longest;
    }

    static Acronyms none() {
        return NONE;
    }

    /** The acronyms of a synonyms file's text (Solr format), its words read as {@link PassageNames#words} reads them. */
    static Acronyms from(String synonyms) {
        Map<List<String>, String> acronymOf = new HashMap<>();
        int longest = 0;
        for (String line : synonyms.lines().toList()) {
            String rule = line.strip().toLowerCase(Locale.ROOT);
            if (rule.isEmpty() || rule.startsWith("#") || rule.contains("=>")) {
                continue;
            }
            List<String> typed = new ArrayList<>();
            List<List<String>> entries = new ArrayList<>();
            for (String entry : rule.split(",")) {
                List<String> words = PassageNames.words(entry);
                if (!words.isEmpty()) {
                    typed.add(entry.strip());
                    entries.add(words);
                }
            }
            // The acronym as typed is checked, as its folded plural would not be: "sos" is read as "so".
            List<String> acronym = null;
            for (int i = 0; i < entries.size() && acronym == null; i++) {
                String word = typed.get(i);
                if (entries.get(i).size() == 1 && entries.stream().anyMatch(other -> isInitials(word, other))) {
                    acronym = entries.get(i);
                }
            }
            if (acronym == null) {
                continue;
            }
            for (List<String> words : entries) {
                if (!words.equals(acronym) && acronymOf.putIfAbsent(List.copyOf(words), acronym.getFirst()) == null) {
                    longest = Math.max(longest, words.size());
                }
            }
        }
        return new Acronyms(Map.copyOf(acronymOf), longest);
    }

    /**
     * The acronyms of the pack's services: those the synonyms file gives for a service area of the pack's chapters
     * ("Early Help" is "eh", "Children Looked After" "cla"). Plans ("cpp", "pep") are no service area: "what's a pep"
     * asks about one.
     *
     * @param serviceAreas the service areas the pack's passages belong to, as their chapters name them
     */
    Set<String> servicesOf(java.util.Collection<String> serviceAreas) {
        Set<String> services = new java.util.HashSet<>();
        for (String area : serviceAreas) {
            List<String> folded = fold(PassageNames.words(area));
            if (folded.size() == 1 && acronyms.contains(folded.getFirst())) {
                services.add(folded.getFirst());
            }
        }
        return Set.copyOf(services);
    }

    /** Whether a word is the initials of a name of two words or more, with or without its little words. */
    private static boolean isInitials(String word, List<String> name) {
        if (name.size() < 2) {
            return false;
        }
        StringBuilder all = new StringBuilder();
        StringBuilder content = new StringBuilder();
        for (String each : name) {
            // A number counts whole: "section 47" is "s47".
            String initial = each.chars().allMatch(Character::isDigit) ? each : each.substring(0, 1);
            all.append(initial);
            if (!PracticeAnalyzers.STOP_WORDS.contains(each)) {
                content.append(initial);
            }
        }
        return word.contentEquals(all) || word.contentEquals(content);
    }

    /**
     * The words with each expansion replaced by its acronym, the longest expansion first ("early help assessment" is
     * "eha", not "eh assessment"), and "meeting" after an acronym taken as part of it. Time is linear in the words: each
     * place tries at most the longest expansion's length.
     */
    List<String> fold(List<String> words) {
        if (acronymOf.isEmpty()) {
            return words;
        }
        List<String> folded = new ArrayList<>(words.size());
        int i = 0;
        while (i < words.size()) {
            int length = Math.min(longest, words.size() - i);
            String acronym = null;
            for (; length > 0; length--) {
                acronym = acronymOf.get(words.subList(i, i + length));
                if (acronym != null) {
                    break;
                }
            }
            if (acronym == null) {
                folded.add(words.get(i));
                i++;
            } else {
                folded.add(acronym);
                i += length;
            }
            // A meeting goes by its acronym with or without the word ("the TAF", "the TAF meeting"), and the glossary's
            // "Team Around the Family Meeting" is the TAF.
            if (i < words.size() && words.get(i).equals(MEETING) && acronyms.contains(folded.getLast())) {
                i++;
            }
        }
        return folded;
    }
}
