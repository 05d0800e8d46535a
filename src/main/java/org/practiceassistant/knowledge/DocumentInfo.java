package org.practiceassistant.knowledge;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A document of the pack as the manifest names it.
 *
 * @param id        stable id used in passage ids, for example {@code handbook}
 * @param title     the document's own title
 * @param shortTitle how citations and heading paths name it ("Practice handbook"); the title when not given
 * @param authority who issued it, or "unknown"
 * @param kind      decides how it is split into passages
 * @param files     the pack files it is made of, relative to the pack folder
 * @param date      any date the document carries, as it gives it
 * @param optional  whether the pack loads without it
 */
public record DocumentInfo(String id, String title, String shortTitle, String authority, DocumentKind kind,
                           List<String> files, Optional<String> date, boolean optional) {

    public DocumentInfo {
        Ids.requireSlug(id, "document id");
        Ids.requireText(title, "title of document " + id);
        shortTitle = shortTitle == null || shortTitle.isBlank() ? title : shortTitle.strip();
        authority = authority == null || authority.isBlank() ? "unknown" : authority.strip();
        Objects.requireNonNull(kind, "kind of document " + id);
        files = List.copyOf(files);
        date = Objects.requireNonNullElse(date, Optional.<String>empty()).filter(text -> !text.isBlank());
    }
}
