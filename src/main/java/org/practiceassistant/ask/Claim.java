package org.practiceassistant.ask;

/**
 * What one source says on a point where sources disagree.
 *
 * @param passageId the passage the words come from (an answer's {@code id})
 * @param source    the document, with the rubric grade when the words come from one, for example
 *                  "Audit rubric (Outstanding)"
 * @param section   the heading path of the passage
 * @param statement the source's own words on the point
 */
public record Claim(String passageId, String source, String section, String statement) {

    /** A claim whose passage is not known (for example one built by hand). */
    public Claim(String source, String section, String statement) {
        this("", source, section, statement);
    }
}
