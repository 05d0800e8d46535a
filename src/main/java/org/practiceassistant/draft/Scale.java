package org.practiceassistant.draft;

/** The safety (or wellbeing, or success) scale with both ends defined, as the templates ask. */
public record Scale(String zeroMeans, String tenMeans) {

    public Scale {
        if (zeroMeans == null || zeroMeans.isBlank() || tenMeans == null || tenMeans.isBlank()) {
            throw new IllegalArgumentException("both 0 and 10 must be defined");
        }
        zeroMeans = zeroMeans.strip();
        tenMeans = tenMeans.strip();
    }
}
