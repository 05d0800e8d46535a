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

    /* "== In Zain's words ==": a heading between runs of "=", trimmed by hand (a pattern for it would rescan the runs). */
    static String withoutRules(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '=') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '=') {
            end--;
        }
        return start == 0 && end == s.length() ? s : s.substring(start, end).strip();
    }
}
