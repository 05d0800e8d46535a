package org.practiceassistant.ask;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Misspellings the synonyms file declares: a one-word line {@code minuets => minutes} whose two words are one slip apart
 * says the left word, English of its own ("minuets", "summery"), is typed for the right one. Searching already maps it;
 * the spelling step corrects it too, so the answer says what was searched ("Showing answers for: *minutes*") as it does
 * for any other slip. A mapping between words further apart ("family time => contact") is a synonym, not a slip.
 */
final class DeclaredMisspellings {

    private DeclaredMisspellings() {}

    /** Typed word to intended word, from the synonyms file's text (Solr format). */
    static Map<String, String> from(String synonyms) {
        Map<String, String> slips = new HashMap<>();
        for (String line : synonyms.lines().toList()) {
            String rule = line.strip().toLowerCase(Locale.ROOT);
            int arrow = rule.indexOf("=>");
            if (rule.startsWith("#") || arrow < 0) {
                continue;
            }
            String intended = rule.substring(arrow + 2).strip();
            if (!isWord(intended)) {
                continue;
            }
            for (String typed : rule.substring(0, arrow).split(",")) {
                String word = typed.strip();
                if (isWord(word) && Slips.oneEditApart(word, intended)) {
                    slips.put(word, intended);
                }
            }
        }
        return Map.copyOf(slips);
    }

    private static boolean isWord(String text) {
        return !text.isEmpty() && text.chars().allMatch(Character::isLetter);
    }
}
