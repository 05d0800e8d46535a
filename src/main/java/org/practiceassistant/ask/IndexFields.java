package org.practiceassistant.ask;

/**
 * The one place that names the fields of the passage index, and says why each has the type it has.
 *
 * <p>Passages are kept in memory beside the index (the pack is small), so the index keeps only the
 * id it needs to find a passage again; every searchable field is a {@code TextField} analysed by
 * {@link PracticeAnalyzers#indexing}, so the same question can be matched against each of them and
 * each can carry its own boost.
 */
final class IndexFields {

    /**
     * The passage id. A {@code StringField}, matched exactly (never analysed), so re-indexing can
     * replace a passage by its id; and a {@code SortedDocValuesField}, so a hit leads back to its
     * passage without decompressing a block of stored documents for every hit (as a stored field would).
     */
    static final String ID = "id";

    /** The passage text. {@code TextField}, not stored: the words a practitioner's question meets most. */
    static final String TEXT = "text";

    /**
     * The heading path ("Practice handbook › Child Protection › Conference Bottom Lines").
     * {@code TextField}: a question naming a meeting or a section ("bottom lines for conference") is a
     * strong signal, stronger than the same words somewhere in a long passage.
     */
    static final String SECTION = "section";

    /**
     * The passage's own name: the glossary term, the rubric criterion, the template field.
     * {@code TextField}, boosted most: "what is a fire drill?" should land on the entry named
     * "Fire Drills", not on every passage that mentions one.
     */
    static final String TITLE = "title";

    /**
     * The service area ("Child in Need", "Leaving Care"). {@code TextField} rather than a keyword, so
     * a question that names the service in its own words ("children in need", "CIN") prefers that
     * service's passages through the same analysis and synonyms as every other field.
     */
    static final String SERVICE = "service";

    /** The document title and kind ("Audit rubric", "rubric"). {@code TextField}, lightly boosted. */
    static final String DOCUMENT = "document";

    /**
     * The pack's "also asked as" questions for the passage, all in one {@code TextField}: a question
     * worded as practitioners word it meets these words where the passage's own words differ.
     */
    static final String ASKED = "asked";

    private IndexFields() {}
}
