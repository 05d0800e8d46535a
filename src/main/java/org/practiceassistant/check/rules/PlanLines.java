package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/** What a single line of a plan is, read on its own: a person's group label, an action of someone who will, a ruled heading. */
final class PlanLines {

    private PlanLines() {}

    /* "Grandad Keith will ...", "Lee will ...": a person, then "will" within the first few words. */
    static boolean startsWithSomeoneWhoWill(String line) {
        AnalysedText text = AnalysedText.of(line.length() > 120 ? line.substring(0, 120) : line);
        int reach = Math.min(text.wordCount(), 6);
        Optional<Lexicon.Match> will = WordLists.WILL.first(text, 0, reach);
        return will.isPresent() && will.get().firstToken() > 0 && WhoWhatWhenCriterion.hasPerson(text.quote(0, will.get().end()));
    }

    /* "Craig", "Nan Pauline", "Marie (neighbour)", "Workers": a short label over a person's own list of actions. */
    static boolean isGroupLabel(String line) {
        String label = Headings.withoutTrailingParenthesis(line);
        return !label.isEmpty() && PlanParser.wordCount(label) <= 3 && !(line.endsWith(".") || line.endsWith("!"))
                && Character.isUpperCase(label.charAt(0)) && line.indexOf(':') < 0 && !line.contains(" will ");
    }

    /* "Uncle Dave", "Liam (social worker)", "School": every word of the label, brackets aside, starts with a capital. */
    static boolean isCapitalisedName(String line) {
        String label = Headings.withoutTrailingParenthesis(line).strip();
        boolean wordStart = true;
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (wordStart && Character.isLetter(c) && !Character.isUpperCase(c)) {
                return false;
            }
            wordStart = Character.isWhitespace(c);
        }
        return !label.isEmpty();
    }

    /* "== In Zain's words ==", "~ Plan B ~": a heading between runs of "=" or "~", trimmed by hand (a pattern for it would rescan the runs). */
    static String withoutRules(String s) {
        int start = 0;
        int end = s.length();
        // "~ Plan B ~" is decorated the same way.
        while (start < end && (s.charAt(start) == '=' || s.charAt(start) == '~')) {
            start++;
        }
        while (end > start && (s.charAt(end - 1) == '=' || s.charAt(end - 1) == '~')) {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end).strip();
    }

    /*
     * A line that stops on a word that needs another after it ("... the drinks group at", "... from") was wrapped
     * by the editor it came from: the next line goes on with it, whatever case it starts in.
     */
    private static final java.util.Set<String> NEEDS_A_NEXT_WORD = java.util.Set.of("at", "to", "and", "or", "the", "a", "an", "of", "with",
            "for", "on", "in", "by", "from", "his", "her", "their", "will", "is", "are", "\u2013", "-");

    static boolean endsMidPhrase(String line) {
        int end = line.length();
        int start = end;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1))) {
            start--;
        }
        return start > 0 && NEEDS_A_NEXT_WORD.contains(line.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }
}
