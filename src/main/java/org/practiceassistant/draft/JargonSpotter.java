package org.practiceassistant.draft;

import java.util.Optional;

/** Finds professional jargon in an answer, so the coach can suggest the plain words families understand. */
interface JargonSpotter {

    /** The first jargon term in {@code text}, with its plain alternative; empty when the text is plain. */
    Optional<Jargon> firstIn(String text);

    /**
     * The text with each abbreviation the list spells out written in full ("PA" as "personal adviser"); the
     * other words as they are. By default nothing is spelled out.
     */
    default String spelledOut(String text) {
        return text;
    }

    /** A jargon term as written and the plain words to use instead. */
    record Jargon(String term, String plainAlternative) {}
}
