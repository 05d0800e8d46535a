package org.practiceassistant.knowledge;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks and makes the slugs that give sections, criteria and passages their stable ids. */
final class Ids {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private Ids() {
    }

    static String requireSlug(String value, String what) {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be a slug of lower-case letters, digits and hyphens, not '" + value + "'");
        }
        return value;
    }

    static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing or blank");
        }
        return value;
    }

    /** "Conference Bottom Lines" becomes "conference-bottom-lines"; accents and punctuation are dropped. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return slug.isEmpty() ? "untitled" : slug;
    }
}
