package org.practiceassistant.draft;

/** One person's view on the scale, for example "Mum: 6". */
public record ScaleScore(String person, int score) {

    public ScaleScore {
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("a score needs the person who gave it");
        }
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("a score is from 0 to 10, was " + score);
        }
        person = person.strip();
    }
}
