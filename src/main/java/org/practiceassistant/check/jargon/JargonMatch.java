package org.practiceassistant.check.jargon;

/**
 * A jargon term found in a text.
 *
 * @param found the words as written in the text
 * @param start character offset in the text
 * @param end   character offset just after the match
 * @param entry the jargon entry, with its plain alternative
 */
public record JargonMatch(String found, int start, int end, JargonEntry entry) {}
