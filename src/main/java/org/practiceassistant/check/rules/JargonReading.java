package org.practiceassistant.check.rules;

import java.util.List;
import org.practiceassistant.check.jargon.JargonEntry;
import org.practiceassistant.check.jargon.JargonList;
import org.practiceassistant.check.jargon.JargonMatch;
import org.practiceassistant.check.text.AnalysedText;

/**
 * Check's reading of jargon, for the drafting coach to ask while a worker answers, so that the coach questions exactly
 * the words Check's jargon criterion would fail: never an everyday word families use ("GP"), a role beside the person's
 * name ("Paul (IRO)"), or an acronym the text explains. The reading stays {@link JargonFreeCriterion}'s.
 */
public final class JargonReading {

    private JargonReading() {}

    /**
     * True for a role whose plain words say "or better, their name" ("SENCO", "IRO"): Check passes it in brackets after
     * the person's name ("Mrs Carr (SENCO)").
     */
    public static boolean betterByName(JargonEntry entry) {
        return JargonFreeCriterion.betterByName(entry);
    }

    /** The list's terms in {@code text} that Check would flag as jargon, in the order they appear. */
    public static List<JargonMatch> flagged(JargonList jargon, String text) {
        return JargonFreeCriterion.flagged(jargon, AnalysedText.of(text));
    }
}
