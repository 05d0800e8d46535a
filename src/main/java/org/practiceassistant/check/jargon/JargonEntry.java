package org.practiceassistant.check.jargon;

import java.util.List;
import java.util.Objects;

/**
 * One jargon term and what to say instead.
 *
 * @param term  the word, phrase or acronym as families would see it written
 * @param plain the plain alternative
 * @param note  why it is a problem (may be empty)
 * @param also  other spellings of the same term
 * @param line  the line in jargon.yaml it was read from, for error messages
 * @param inText plain words that can stand in the term's place in any sentence (empty when none do); Check
 *               does not use them, the drafting coach writes them into the statements and goals it composes
 * @param own   families say it of their own ("her GP", "Paul (IRO)"), so Check does not flag it after a possessive
 *              or in brackets after the person's name
 * @param everyday a word families use of their own in any sentence ("GP"): not the professional jargon the handbook's
 *              glossary means, so Check never flags it; the drafting coach may still offer its plain words
 */
public record JargonEntry(String term, String plain, String note, List<String> also, int line, String inText, boolean own,
                          boolean everyday) {

    public JargonEntry {
        term = requireText(term, "term");
        plain = requireText(plain, "plain");
        note = note == null ? "" : note.strip();
        also = List.copyOf(also == null ? List.of() : also);
        inText = inText == null ? "" : inText.strip();
    }

    public JargonEntry(String term, String plain, String note, List<String> also, int line) {
        this(term, plain, note, also, line, "", false, false);
    }

    public JargonEntry(String term, String plain, String note, List<String> also, int line, String inText) {
        this(term, plain, note, also, line, inText, false, false);
    }

    public JargonEntry(String term, String plain, String note, List<String> also, int line, String inText, boolean own) {
        this(term, plain, note, also, line, inText, own, false);
    }

    /** Every spelling: the term first, then its other spellings. */
    public List<String> spellings() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(term), also.stream()).toList();
    }

    private static String requireText(String value, String field) {
        Objects.requireNonNull(value, field);
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " is blank");
        }
        return value.strip();
    }
}
