package org.practiceassistant.draft;

/**
 * A child in the mapping: first name and age only, which is all a statement needs.
 *
 * @param firstName the name the family uses
 * @param age       in years, 0 for babies under one
 * @param unborn    a baby not yet born (a pre-birth mapping): "Baby" until the family names them
 * @param ageSaid   a baby's or toddler's age as the worker said it, in months or weeks ("14 months"); empty when said in
 *                  years. Shown instead of the years, where "Ruby (0)" would say less than the worker did.
 */
public record Child(String firstName, int age, boolean unborn, String ageSaid) {

    public Child(String firstName, int age) {
        this(firstName, age, false, "");
    }

    public Child(String firstName, int age, boolean unborn) {
        this(firstName, age, unborn, "");
    }

    /** A child whose age was said in months or weeks: "Ruby 14 months" is Ruby, 1, shown as "14 months". */
    static Child young(String firstName, int count, boolean weeks) {
        int years = weeks ? count / 52 : count / 12;
        String unit = weeks ? (count == 1 ? "week" : "weeks") : (count == 1 ? "month" : "months");
        return new Child(firstName, years, false, count + " " + unit);
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
        ageSaid = ageSaid == null ? "" : ageSaid;
    }

    /** "Ella (4)", "Ruby (14 months)", or "Baby (unborn)". */
    public String describe() {
        return firstName + " (" + (unborn ? "unborn" : ageSaid.isEmpty() ? String.valueOf(age) : ageSaid) + ")";
    }
}
