package org.practiceassistant.ask;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a child lives or is placed, said as context ("LAC child placed in birmingham - how often should i visit"). The
 * pack is one authority's guidance and names no town, so the place's name is a word no passage holds: kept in the
 * search, it lowered every passage's share of the question under the bar a timing question needs (how often, how soon),
 * and the question came back "not covered" while "how often should i visit a LAC child" was answered. The clause says
 * where, not what is asked, so it is taken out of what is searched.
 *
 * <p>Not a list of places: a name is what {@link OtherAuthorities} calls one (four letters or more, neither ordinary
 * English nor a pack word, after spelling). Only a name standing where a child lives ("placed|lives|living|staying|based
 * ... in|at|near NAME") is taken out; a family moving to another authority is {@link OtherAuthorities}' to judge first.
 */
final class WhereTheChildLives {

    /**
     * A verb of living or being placed, then a preposition of place, then a word that may be a name (looked at, not
     * taken on trust). Bounded words, so linear in the question's length.
     */
    private static final Pattern LIVES_IN = Pattern.compile(
            "\\b(?:placed|placement|lives|live|living|lived|resides|residing|staying|stays|based|settled)"
                    + "\\s+(?:(?:out|over|up|down)\\s+)?(?:in|at|near)\\s+([a-z]{4,30})\\b");

    private final Predicate<String> isName;

    /** @param isName whether a lower-case word is a name (neither English nor the pack's) */
    WhereTheChildLives(Predicate<String> isName) {
        this.isName = isName;
    }

    /** {@code question} (lower case, after spelling) without the clauses that only say where a child lives. */
    String without(String question) {
        Matcher match = LIVES_IN.matcher(question);
        StringBuilder kept = new StringBuilder(question.length());
        int from = 0;
        while (match.find()) {
            if (isName.test(match.group(1))) {
                kept.append(question, from, match.start()).append(' ');
                from = match.end();
            }
        }
        if (from == 0) {
            return question;
        }
        String rest = kept.append(question, from, question.length()).toString().replaceAll("\\s+", " ").strip();
        // Nothing but where: searched as asked rather than as nothing.
        return rest.isEmpty() ? question : rest;
    }
}
