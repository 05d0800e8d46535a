package org.practiceassistant.draft;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Jayden presenting with speech delay", "she was presenting as withdrawn": what happened in a report's words, which Check
 * flags ("presenting") and the family would not say. When the worker keeps such an answer (the coach asked twice), the
 * statement says it plainly: "with" and "has / had" for "presenting with", "seems / seemed / looking" for "presenting as".
 * Only these phrases; the rest of the answer is left as typed. One pass of a pattern without nested repeats: linear time.
 */
final class PresentingWith {

    private static final Pattern PHRASE = Pattern.compile(
            "\\b(?:(is|are|was|were)\\s+)?(presenting|presents)\\s+(with|as)\\b", Pattern.CASE_INSENSITIVE);

    private PresentingWith() {}

    static String said(String typed) {
        Matcher m = PHRASE.matcher(typed);
        var out = new StringBuilder(typed.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(plain(m.group(1), m.group(2), m.group(3))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String plain(String auxiliary, String verb, String preposition) {
        String aux = auxiliary == null ? "" : auxiliary.toLowerCase(Locale.ROOT);
        boolean with = preposition.equalsIgnoreCase("with");
        boolean past = aux.equals("was") || aux.equals("were");
        boolean plural = aux.equals("are");
        if (verb.equalsIgnoreCase("presents")) {
            return with ? "has" : "seems";
        }
        if (aux.isEmpty()) {
            return with ? "with" : "looking";
        }
        if (with) {
            return past ? "had" : plural ? "have" : "has";
        }
        return past ? "seemed" : plural ? "seem" : "seems";
    }
}
