package org.practiceassistant.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One retrievable unit of guidance at the granularity a practitioner needs: one practice expectation
 * or bottom line, one glossary entry, one rubric criterion with its grade ladder, one template field.
 *
 * @param id            stable within a pack build, for example {@code handbook/child-protection#12}
 * @param documentId    the manifest id of the document it came from
 * @param documentTitle the document's title as users see it
 * @param kind          the kind of document
 * @param headingPath   headings from the document title down, for example
 *                      [Practice handbook, Child Protection, Conference Bottom Lines]
 * @param serviceArea   the service the passage belongs to, or empty when it is general
 * @param type          what sort of passage this is, for example "expectation", "glossary", "criterion"
 * @param text          the passage as the user will see it
 */
public record Passage(
        String id,
        String documentId,
        String documentTitle,
        DocumentKind kind,
        List<String> headingPath,
        String serviceArea,
        String type,
        String text) {

    public Passage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(documentTitle, "documentTitle");
        Objects.requireNonNull(kind, "kind");
        headingPath = List.copyOf(headingPath);
        serviceArea = serviceArea == null ? "" : serviceArea;
        Objects.requireNonNull(type, "type");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("passage " + id + " has no text");
        }
    }

    /** The heading path joined as users see it: "Practice handbook › Child Protection › Conference Bottom Lines". */
    public String section() {
        return String.join(" › ", headingPath);
    }
}
