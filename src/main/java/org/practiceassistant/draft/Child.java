package org.practiceassistant.draft;

/**
 * A child in the mapping: first name and age only, which is all a statement needs.
 *
 * @param firstName the name the family uses
 * @param age       in years, 0 for babies under one
 */
public record Child(String firstName, int age) {

    public Child {
        if (firstName == null || !firstName.strip().matches("\\p{L}[\\p{L}'-]{0,39}")) {
            throw new IllegalArgumentException("a child's first name must be one word of letters");
        }
        if (age < 0 || age > 25) {
            throw new IllegalArgumentException("a child's age must be between 0 and 25, was " + age);
        }
        firstName = firstName.strip();
    }

    /** "Ella (4)". */
    public String describe() {
        return firstName + " (" + age + ")";
    }
}
