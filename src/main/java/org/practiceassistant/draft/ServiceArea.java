package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The service a worker is in. Each names the row of the handbook's "Signs of...?" table it uses, which
 * decides the vocabulary (danger or worry statement; safety, wellbeing or success goal). Children with
 * disabilities has one row per plan the child is on, so it is four choices here.
 */
public enum ServiceArea {
    EARLY_HELP("Early Help", "Early Help", "early help", "eh"),
    CHILD_IN_NEED("Child in Need", "Child in Need", "child in need", "cin"),
    CHILD_PROTECTION("Child Protection", "Child Protection", "child protection", "cp"),
    CHILDREN_LOOKED_AFTER("Children Looked After", "Child looked after/Adoption", "children looked after",
            "child looked after", "looked after", "cla", "lac", "adoption"),
    DISABILITIES_SHORT_BREAKS("Children with disabilities: short breaks", "Children with disabilities - Short breaks",
            "short breaks", "children with disabilities short breaks"),
    DISABILITIES_CHILD_IN_NEED("Children with disabilities: child in need",
            "Children with disabilities - Child in Need", "children with disabilities child in need"),
    DISABILITIES_CHILD_PROTECTION("Children with disabilities: child protection",
            "Children with disabilities - Child Protection", "children with disabilities child protection"),
    DISABILITIES_LOOKED_AFTER("Children with disabilities: looked after",
            "Children with disabilities - Looked After Children", "children with disabilities looked after"),
    /**
     * The handbook's table has no 14+ row; its 14+ chapter says the safety plan "is incorporated into the
     * overall signs of success plan", the looked-after row's framework, so 14+ uses that row.
     */
    FOURTEEN_PLUS("14+", "Child looked after/Adoption", "14+", "14 plus", "fourteen plus", "14+ team"),
    LEAVING_CARE("Leaving Care", "Leaving Care", "leaving care", "care leavers", "care leaver");

    private static final List<String> DISABILITIES = List.of("children with disabilities", "child with disabilities",
            "disabilities", "disability", "cwd", "disabled children");

    private final String label;
    private final String handbookArea;
    private final List<String> names;

    ServiceArea(String label, String handbookArea, String... names) {
        this.label = label;
        this.handbookArea = handbookArea;
        this.names = List.of(names);
    }

    /** The name users see. */
    public String label() {
        return label;
    }

    /** The area of work as the handbook's "Signs of...?" table (the pack's vocabulary) names it. */
    public String handbookArea() {
        return handbookArea;
    }

    /**
     * Reads a worker's choice: the option number, the service's name or a common short form, ignoring
     * case and punctuation.
     */
    public static Optional<ServiceArea> parse(String text) {
        String wanted = key(text);
        if (wanted.matches("\\d{1,2}")) {
            int number = Integer.parseInt(wanted);
            return number >= 1 && number <= values().length ? Optional.of(values()[number - 1]) : Optional.empty();
        }
        for (ServiceArea area : values()) {
            if (area.names.contains(wanted) || key(area.label).equals(wanted)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    /** True for "children with disabilities" without the plan, which decides the vocabulary. */
    public static boolean isDisabilitiesWithoutPlan(String text) {
        return DISABILITIES.contains(key(text));
    }

    private static String key(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[.!:,()]", " ").replaceAll("\\s+", " ").strip()
                .replace("children with disabilities - ", "children with disabilities ");
    }
}
