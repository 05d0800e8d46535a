package org.practiceassistant.draft;

/**
 * One person's view on the scale, for example "Mum: 6", or a person who has not scored yet ("Nan not sure"),
 * kept so the plan shows who is still to be asked, and never printed as a number.
 */
public record ScaleScore(String person, int score) {

    /** The score of a person named with no score yet: never shown as a number. */
    static final int NOT_KNOWN = -1;

    public ScaleScore {
        if (person == null || person.isBlank()) {
            throw new IllegalArgumentException("a score needs the person who gave it");
        }
        if ((score < 0 && score != NOT_KNOWN) || score > 10) {
            throw new IllegalArgumentException("a score is from 0 to 10, was " + score);
        }
        person = person.strip();
    }

    static ScaleScore notKnownYet(String person) {
        return new ScaleScore(person, NOT_KNOWN);
    }

    boolean known() {
        return score != NOT_KNOWN;
    }

    /** The score as the worker and the plan see it: the number, or "not known yet". */
    String shown() {
        return known() ? String.valueOf(score) : WorryAnswers.NOT_KNOWN_YET;
    }
}
