package org.practiceassistant.draft;

import java.util.Set;

/**
 * A person's name straight after their role ("the SENCO Mrs Carr", "IRO Jo Hill"): a title or not, then one or two words
 * with a capital and small letters. Read a few words ahead only.
 */
final class NameAfterRole {

    private NameAfterRole() {}

    private static final Set<String> TITLES = Set.of("Mr", "Mrs", "Ms", "Miss", "Dr", "Mx");
    private static final int MOST_NAME_WORDS = 2;
    /* Capitalised words after a role that name no one of their own: "the SENCO Mum spoke to", "the IRO Monday". */
    private static final Set<String> NOT_NAMES = Set.of("Mum", "Dad", "Mam", "Nan", "Nana", "Gran", "Grandma", "Grandad",
            "Grandpa", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "School", "Team", "The");

    /** Where the name after {@code roleEnd} ends, or -1 when no name follows the role. */
    static int end(CharSequence text, int roleEnd) {
        int at = roleEnd;
        if (at >= text.length() || text.charAt(at) != ' ') {
            return -1;
        }
        at++;
        int wordEnd = wordEnd(text, at);
        if (TITLES.contains(text.subSequence(at, wordEnd).toString()) && wordEnd < text.length() && text.charAt(wordEnd) == ' ') {
            at = wordEnd + 1;
        }
        int end = -1;
        for (int words = 0; words < MOST_NAME_WORDS; words++) {
            int e = wordEnd(text, at);
            if (!capitalised(text, at, e) || NOT_NAMES.contains(text.subSequence(at, e).toString())) {
                break;
            }
            end = e;
            if (e >= text.length() || text.charAt(e) != ' ') {
                break;
            }
            at = e + 1;
        }
        return end;
    }

    /** Where "the " before the role starts, or the role's own start when there is none. */
    static int theBefore(CharSequence text, int roleStart) {
        int from = roleStart - 4;
        return from >= 0 && text.subSequence(from, roleStart).toString().equalsIgnoreCase("the ")
                && (from == 0 || !Character.isLetter(text.charAt(from - 1))) ? from : roleStart;
    }

    private static int wordEnd(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '-' || text.charAt(i) == '\'')) {
            i++;
        }
        return i;
    }

    /** "Carr", "O'Neill": a capital, then small letters (a word in capitals, such as another role, is no name). */
    private static boolean capitalised(CharSequence text, int from, int to) {
        return to - from >= 2 && Character.isUpperCase(text.charAt(from)) && Character.isLowerCase(text.charAt(from + 1));
    }
}
