package org.practiceassistant.ask;

import java.util.List;

/**
 * A question after the spelling step.
 *
 * @param asked       the question as typed
 * @param searched    the question as searched, misspelt words corrected (the same as {@code asked} when none were)
 * @param corrections each word changed, as typed and as searched, in question order
 */
public record Spelled(String asked, String searched, List<Correction> corrections) {

    public Spelled {
        corrections = List.copyOf(corrections);
    }

    static Spelled unchanged(String question) {
        return new Spelled(question, question, List.of());
    }

    public boolean changed() {
        return !corrections.isEmpty();
    }

    /** One corrected word. */
    public record Correction(String typed, String corrected) {}
}
