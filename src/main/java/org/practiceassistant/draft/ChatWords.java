package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chat typing tidied in the text the coach composes, which a family reads: asides dropped ("tbh", "lol"), short forms
 * written out ("prob" probably, "tho" though, "bc" because, "wks" weeks, "mum n dad" mum and dad) and the apostrophes chat leaves out put back ("wont" won't, "shes"
 * she's, "mums friend" mum's friend). Word by word; the worker's other words are left as they are.
 */
final class ChatWords {

    private ChatWords() {}

    /** Asides a family need not read. */
    private static final Set<String> DROPPED = Set.of("tbh", "tbf", "lol", "ngl", "haha", "lmao", "imo", "imho");
    /** Words chat spells without their apostrophe or shortened, and as they are written. */
    private static final Map<String, String> WRITTEN = Map.ofEntries(Map.entry("wont", "won't"), Map.entry("dont", "don't"),
            Map.entry("doesnt", "doesn't"), Map.entry("didnt", "didn't"), Map.entry("cant", "can't"),
            Map.entry("isnt", "isn't"), Map.entry("wasnt", "wasn't"), Map.entry("arent", "aren't"),
            Map.entry("havent", "haven't"), Map.entry("hasnt", "hasn't"), Map.entry("couldnt", "couldn't"),
            Map.entry("wouldnt", "wouldn't"), Map.entry("shouldnt", "shouldn't"), Map.entry("hes", "he's"),
            Map.entry("shes", "she's"), Map.entry("theres", "there's"), Map.entry("thats", "that's"),
            Map.entry("theyre", "they're"), Map.entry("im", "I'm"), Map.entry("ive", "I've"), Map.entry("youre", "you're"),
            Map.entry("prob", "probably"), Map.entry("tho", "though"), Map.entry("thru", "through"),
            Map.entry("bc", "because"), Map.entry("cos", "because"), Map.entry("coz", "because"),
            Map.entry("wk", "week"), Map.entry("wks", "weeks"), Map.entry("yr", "year"), Map.entry("yrs", "years"),
            Map.entry("hrs", "hours"));
    /** "mum n dad", "me n the police": chat's "n" is "and" (lower case, never in "n/a"). */
    private static final String CHAT_AND = "n";
    /** Family words that, with an "s" and a word after them, are whose: "mums friend", "nans house". */
    private static final Set<String> WHOSE = Set.of("mums", "dads", "nans", "grans", "nanas", "grandmas", "grandads");

    static String tidy(String text) {
        return LetterRuns.rewrite(text, ChatWords::tidyWord);
    }

    /** One run of letters: an aside dropped, a chat spelling written out, "mums" before a word made "mum's". */
    private static int tidyWord(String text, int i, int end, StringBuilder out) {
        String word = text.substring(i, end);
        String lower = word.toLowerCase(Locale.ROOT);
        boolean wholeWord = (i == 0 || !isWordChar(text.charAt(i - 1))) && (end == text.length() || !isWordChar(text.charAt(end)));
        if (wholeWord && DROPPED.contains(lower)) {
            while (!out.isEmpty() && out.charAt(out.length() - 1) == ' ') {
                out.setLength(out.length() - 1); // "12 weeks tbh, then": the space before the aside goes with it
            }
            if (out.isEmpty() && end < text.length() && text.charAt(end) == ' ') {
                end++;
            }
        } else if (wholeWord && word.equals(CHAT_AND) && i > 0 && text.charAt(i - 1) == ' ' && end < text.length()
                && text.charAt(end) == ' ') {
            out.append("and");
        } else if (wholeWord && WRITTEN.containsKey(lower)) {
            String w = WRITTEN.get(lower);
            out.append(Character.isUpperCase(word.charAt(0)) ? Character.toUpperCase(w.charAt(0)) + w.substring(1) : w);
        } else if (wholeWord && WHOSE.contains(lower) && end + 1 < text.length() && text.charAt(end) == ' '
                && Character.isLetter(text.charAt(end + 1))) {
            out.append(word, 0, word.length() - 1).append("'s");
        } else {
            out.append(word);
        }
        return end;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019';
    }
}
