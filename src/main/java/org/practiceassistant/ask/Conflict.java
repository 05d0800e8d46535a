package org.practiceassistant.ask;

import java.util.List;

/**
 * Two or more sources that say different things about the same point, for example how many days
 * before a conference the report is shared. Shown side by side so the practitioner sees both.
 *
 * @param point  what they disagree on, for example "days"
 * @param claims what each source says, the best answer's source first
 */
public record Conflict(String point, List<Claim> claims) {

    public Conflict {
        claims = List.copyOf(claims);
        if (claims.size() < 2) {
            throw new IllegalArgumentException("a conflict needs two sources");
        }
    }
}
