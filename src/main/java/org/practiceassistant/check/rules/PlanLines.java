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

    /*
     * "1. We are worried ... 2. We are also worried ...", "- Neil: day shifts. - Jo: tea on Tuesdays.": a numbered or bulleted
     * list pasted or typed as one paragraph (a Word cell, an email). Each number that follows the one before, or each bullet,
     * standing after the end of a sentence starts an item of its own. Searched from where the last item was found, so the
     * line is read once.
     */
    private static final int MAX_INLINE_ITEMS = 30;

    static java.util.List<String> inlineListItems(String line) {
        String s = line.strip();
        boolean numbered = s.startsWith("1. ") || s.startsWith("1) ");
        char bullet = s.length() > 2 && (s.charAt(0) == '-' || s.charAt(0) == '\u2022') && s.charAt(1) == ' ' ? s.charAt(0) : 0;
        if (!numbered && bullet == 0) {
            return labelledItems(line);
        }
        java.util.List<String> items = new java.util.ArrayList<>();
        int start = 0;
        int from = 2;
        for (int n = 2; n <= MAX_INLINE_ITEMS || !numbered; n++) {
            int at = numbered ? nextItem(s, " " + n, from) : nextItem(s, " " + bullet, from);
            if (at < 0) {
                break;
            }
            items.add(s.substring(start, at).strip());
            start = at;
            from = at + 2;
        }
        items.add(s.substring(start).strip());
        return items;
    }

    /* "Goal 1", "Worry 1", "Danger statement 1": up to three words of a label, then the number 1 and a colon, bracket or dash. */
    private static final java.util.regex.Pattern NUMBERED_LABEL = java.util.regex.Pattern.compile(
            "(\\p{L}+(?: \\p{L}+){0,2}) 1(?=[:(\u2013-]| [(\u2013-])");

    /*
     * "Goal 1 (school): Donna will ... Goal 2 (home): Donna and Leah will ...": parts labelled by the same word and a number,
     * typed as one paragraph (a Word cell, an email), as a numbered list can be. The line opens with the label and 1; each
     * "<label> 2", "<label> 3" after the end of a sentence starts an item of its own. Read once, from where the last was found.
     */
    private static java.util.List<String> labelledItems(String line) {
        String s = line.strip();
        java.util.regex.Matcher first = NUMBERED_LABEL.matcher(s);
        if (!first.lookingAt()) {
            return java.util.List.of(line);
        }
        String label = first.group(1);
        java.util.List<String> items = new java.util.ArrayList<>();
        int start = 0;
        int from = first.end();
        for (int n = 2; n <= MAX_INLINE_ITEMS; n++) {
            String marker = " " + label + " " + n;
            int at = s.indexOf(marker, from);
            while (at >= 0 && !(".!?\"\u201D".indexOf(s.charAt(at - 1)) >= 0 && at + marker.length() < s.length()
                    && !Character.isDigit(s.charAt(at + marker.length())))) {
                at = s.indexOf(marker, at + 1);
            }
            if (at < 0) {
                break;
            }
            items.add(s.substring(start, at).strip());
            start = at + 1;
            from = at + marker.length();
        }
        if (items.isEmpty()) {
            return java.util.List.of(line);
        }
        items.add(s.substring(start).strip());
        return items;
    }

    /*
     * Where the marker (" 2" then "." or ")", or " -") stands after a sentence's end and before a space, from the given place
     * on, or -1. Only a full stop, "!", "?" or a closing quote ends the sentence: "Social worker (Amy) - ask ..." is one item.
     */
    private static int nextItem(String s, String marker, int from) {
        boolean number = Character.isDigit(marker.charAt(marker.length() - 1));
        int at = s.indexOf(marker, from);
        while (at >= 0) {
            int after = at + marker.length();
            boolean marked = number ? after + 1 < s.length() && (s.charAt(after) == '.' || s.charAt(after) == ')') && s.charAt(after + 1) == ' '
                    : after < s.length() && s.charAt(after) == ' ';
            if (marked && at > 0 && ".!?\"\u201D".indexOf(s.charAt(at - 1)) >= 0) {
                return at + 1;
            }
            at = s.indexOf(marker, at + 1);
        }
        return -1;
    }
}
