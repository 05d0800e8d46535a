package org.practiceassistant.check.text;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finding words within one clause (up to a full stop or a line break) without a pattern that scans the
 * clause from every position: {@code [^.\n]*\bword} searched with {@code find()} takes time that grows
 * with the square of the clause, which a 50,000-character plan with no full stop turns into minutes.
 * Here the pattern finds its words, and the clause around them is found by walking to the nearest
 * boundary once.
 */
public final class Clauses {

    private Clauses() {}

    /** The whole clause around the first match of {@code pattern} in {@code text}, if any. */
    public static Optional<String> around(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(text.substring(start(text, m.start()), end(text, m.end())));
    }

    /**
     * True when some clause has a match of {@code first} followed, later in the same clause, by a match
     * of {@code then}. Each clause is searched once from its first match of {@code first}.
     */
    public static boolean followedInClause(Pattern first, Pattern then, String text) {
        Matcher a = first.matcher(text);
        Matcher b = then.matcher(text);
        int from = 0;
        while (from < text.length() && a.find(from)) {
            int clauseEnd = end(text, a.end());
            b.region(a.end(), clauseEnd);
            if (b.find()) {
                return true;
            }
            from = clauseEnd + 1;
        }
        return false;
    }

    /** Where the clause holding {@code index} starts: just after the previous full stop or line break. */
    public static int start(String text, int index) {
        int i = index;
        while (i > 0 && !isBoundary(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** Where the clause holding {@code index} ends: at the next full stop or line break (excluded). */
    public static int end(String text, int index) {
        int i = index;
        while (i < text.length() && !isBoundary(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isBoundary(char c) {
        return c == '.' || c == '\n';
    }
}
