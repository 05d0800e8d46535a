package org.practiceassistant.knowledge;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which "Signs of ...?" framework each area of work uses, and each framework's words: a child
 * protection worker writes danger statements and safety goals, an early help worker writes worry
 * statements and wellbeing goals.
 */
public record ServiceVocabulary(List<AreaOfWork> areas, List<Framework> frameworks) {

    public ServiceVocabulary {
        areas = List.copyOf(areas);
        frameworks = List.copyOf(frameworks);
        var names = new HashSet<String>();
        for (Framework framework : frameworks) {
            if (!names.add(key(framework.signsOf()))) {
                throw new IllegalArgumentException("two frameworks are Signs of " + framework.signsOf());
            }
        }
        for (AreaOfWork area : areas) {
            if (!names.contains(key(area.signsOf()))) {
                throw new IllegalArgumentException("area of work '" + area.area() + "' uses Signs of "
                        + area.signsOf() + ", which no framework describes");
            }
        }
    }

    /** For a pack that has no vocabulary table. */
    public static ServiceVocabulary none() {
        return new ServiceVocabulary(List.of(), List.of());
    }

    /**
     * An area of work and the framework it uses.
     *
     * @param area         as the handbook names it, for example "Child Protection"
     * @param signsOf      the framework's word, for example "Safety", "Wellbeing", "Success"
     * @param alternatives other words the handbook allows, for example "Stability", "Independence"
     */
    public record AreaOfWork(String area, String signsOf, List<String> alternatives) {
        public AreaOfWork {
            Ids.requireText(area, "area of work");
            Ids.requireText(signsOf, "signs-of of area '" + area + "'");
            alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        }
    }

    /**
     * One "Signs of ...?" framework and its column headings in the mapping, with the names of the
     * statement and goal a plan in this framework carries.
     */
    public record Framework(String name, String signsOf, String past, String future,
                            String complicatingFactors, String existingStrengths, String existingSolutions,
                            String goals, String nextSteps, String statement, String goal) {
        public Framework {
            Ids.requireText(name, "framework name");
            Ids.requireText(signsOf, "signs-of of framework '" + name + "'");
            Ids.requireText(statement, "statement of framework '" + name + "'");
            Ids.requireText(goal, "goal of framework '" + name + "'");
        }
    }

    public Optional<AreaOfWork> area(String areaName) {
        return areas.stream().filter(area -> key(area.area()).equals(key(areaName))).findFirst();
    }

    /** The framework a service area uses, matched on the area's name regardless of case and spacing. */
    public Optional<Framework> frameworkFor(String areaName) {
        return area(areaName).flatMap(area -> framework(area.signsOf()));
    }

    /** A framework by its word ("Safety") or its name ("Signs of Safety"). */
    public Optional<Framework> framework(String signsOfOrName) {
        String wanted = key(signsOfOrName);
        return frameworks.stream()
                .filter(framework -> key(framework.signsOf()).equals(wanted) || key(framework.name()).equals(wanted))
                .findFirst();
    }

    private static String key(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
