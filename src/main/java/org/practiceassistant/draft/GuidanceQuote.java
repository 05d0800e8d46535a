package org.practiceassistant.draft;

/**
 * A passage of the knowledge pack the coach quotes word for word, with where it comes from.
 *
 * @param text     the guidance as written in the pack
 * @param citation document and section, for example "Practice handbook › Glossary of terms › Danger Statement"
 */
record GuidanceQuote(String text, String citation) {

    public GuidanceQuote {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a quote needs text");
        }
        if (citation == null || citation.isBlank()) {
            throw new IllegalArgumentException("a quote needs a citation");
        }
    }
}
