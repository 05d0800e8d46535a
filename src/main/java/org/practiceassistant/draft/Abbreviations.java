package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Finds an abbreviation's full form among the phrases a jargon entry gives (quoted or in brackets). */
final class Abbreviations {

    private Abbreviations() {}

    /** Small words a full form may have between its initials: "team around the family" for TAF. */
    private static final Set<String> SMALL = Set.of("the", "of", "and", "for", "a", "an", "to");
    private static final int LONGEST = 6;

    /** "IRO" and "... (independent reviewing officer)" give "independent reviewing officer"; empty when none fits. */
    static Optional<String> fullForm(String abbreviation, String plain) {
        String letters = abbreviation.strip();
        if (letters.length() < 2 || letters.length() > LONGEST || !letters.chars().allMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        for (String phrase : phrases(plain)) {
            Optional<String> full = spelling(letters.toLowerCase(Locale.ROOT), phrase.strip().split("\\s+"));
            if (full.isPresent()) {
                return full;
            }
        }
        return Optional.empty();
    }

    /**
     * "CSE" with the note "child sexual exploitation", or "short for ...": the note's words when their initials spell the
     * letters, so the family reads the words the letters stand for; empty otherwise.
     */
    static Optional<String> fromNote(String abbreviation, String note) {
        if (note == null || note.isBlank()) {
            return Optional.empty();
        }
        String n = note.strip();
        if (n.toLowerCase(Locale.ROOT).startsWith("short for ")) {
            n = n.substring("short for ".length());
        }
        String letters = abbreviation.strip();
        if (letters.length() < 2 || letters.length() > LONGEST || !letters.chars().allMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        String[] words = n.split("\\s+");
        return spelling(letters.toLowerCase(Locale.ROOT), words).filter(full -> full.split("\\s+").length == words.length);
    }

    /** The words of {@code words} from the start whose initials spell {@code letters}, small words skippable. */
    private static Optional<String> spelling(String letters, String[] words) {
        int letter = 0;
        var used = new ArrayList<String>();
        for (String word : words) {
            if (letter == letters.length()) {
                break;
            }
            String w = word.toLowerCase(Locale.ROOT);
            if (!w.isEmpty() && w.charAt(0) == letters.charAt(letter)) {
                letter++;
                used.add(word);
            } else if (SMALL.contains(w) && !used.isEmpty()) {
                used.add(word);
            } else {
                return Optional.empty();
            }
        }
        return letter == letters.length() ? Optional.of(String.join(" ", used)) : Optional.empty();
    }

    /** The quoted and bracketed phrases of an entry's plain words, in order. */
    private static List<String> phrases(String plain) {
        var phrases = new ArrayList<String>();
        int i = 0;
        while (i < plain.length()) {
            char open = plain.charAt(i);
            char close = open == '"' ? '"' : open == '(' ? ')' : 0;
            int end = close == 0 ? -1 : plain.indexOf(close, i + 1);
            if (end > i) {
                phrases.add(plain.substring(i + 1, end));
                i = end + 1;
            } else {
                i++;
            }
        }
        return phrases;
    }
}
