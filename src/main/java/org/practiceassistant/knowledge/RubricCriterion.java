package org.practiceassistant.knowledge;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One audit criterion and what each grade looks like for it. A grade the rubric leaves empty (often
 * Inadequate Critical) is absent from {@code descriptors}, never an empty string.
 *
 * @param id          slug, stable across pack builds and unique within its section
 * @param title       the criterion as the rubric names it
 * @param descriptors the grade descriptors, iterated best grade first
 */
public record RubricCriterion(String id, String title, Map<Grade, String> descriptors) {

    public RubricCriterion {
        Ids.requireSlug(id, "criterion id");
        Ids.requireText(title, "criterion " + id + " title");
        Objects.requireNonNull(descriptors, "descriptors");
        if (descriptors.isEmpty()) {
            throw new IllegalArgumentException("criterion " + id + " has no grade descriptors");
        }
        descriptors.forEach((grade, text) -> Ids.requireText(text,
                "criterion " + id + " descriptor for " + grade.displayName() + " (leave an empty grade out)"));
        descriptors = Collections.unmodifiableMap(new EnumMap<>(descriptors));
    }

    public Optional<String> descriptor(Grade grade) {
        return Optional.ofNullable(descriptors.get(grade));
    }

    /** The grade ladder as one text, one grade a line, best first: "Outstanding: ...". */
    public String ladder() {
        return descriptors.entrySet().stream()
                .map(entry -> entry.getKey().displayName() + ": " + entry.getValue())
                .collect(Collectors.joining("\n"));
    }
}
