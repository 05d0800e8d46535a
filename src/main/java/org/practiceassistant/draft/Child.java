package org.practiceassistant.draft;

/**
 * A child in the mapping: first name and age only, which is all a statement needs.
 *
 * @param firstName the name the family uses
 * @param age       in years, 0 for babies under one
 * @param unborn    a baby not yet born (a pre-birth mapping): "Baby" until the family names them
 */
public record Child(String firstName, int age, boolean unborn) {

    public Child(String firstName, int age) {
        this(firstName, age, false);
    }

    /** The child of a pre-birth mapping, called "Baby" as pre-birth plans do until the family names them. */
    public static Child unbornBaby() {
        return new Child("Baby", 0, true);
    }

    public Child {
        if (firstName == null || !firstName.strip().matches("\\p{L}[\\p{L}'-]{0,39}")) {
            throw new IllegalArgumentException("a child's first name must be one word of letters");
        }
        if (age < 0 || age > 25) {
            throw new IllegalArgumentException("a child's age must be between 0 and 25, was " + age);
        }
        firstName = firstName.strip();
    }

    /** "Ella (4)", or "Baby (unborn)". */
    public String describe() {
        return firstName + " (" + (unborn ? "unborn" : age) + ")";
    }
}
