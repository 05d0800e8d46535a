package org.practiceassistant.knowledge;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A supporting file of the pack that is not guidance to quote, for example the synonyms list that
 * retrieval reads or the jargon list that the checker reads. Only resources whose file exists are
 * in a loaded pack.
 *
 * @param id    manifest id, for example {@code synonyms}
 * @param title what it is
 * @param file  absolute path of the file
 */
public record PackResource(String id, String title, Path file) {

    public PackResource {
        Ids.requireSlug(id, "resource id");
        Ids.requireText(title, "title of resource " + id);
        Objects.requireNonNull(file, "file of resource " + id);
    }
}
