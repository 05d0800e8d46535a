package org.practiceassistant.check.rules;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The children a plan is about: names given with an age or birth date ("Kacper Nowak (4)", "Ava (DOB 14/02)") or on a "Child:" line. */
final class PlanChildren {

    private static final int MAX_CHILD_NAMES = 12;
    private static final Pattern CHILD_WITH_AGE = Pattern.compile(
            "\\b(\\p{Lu}\\p{Ll}+)(?:\\s+\\p{Lu}\\p{Ll}+)?\\s*(?:\\((?:aged?\\s*)?\\d{1,2}|\\((?:DOB|dob|born)\\b|,?\\s+aged?\\s+\\d{1,2}|,?\\s+\\d{1,2}\\s+(?:years?|months?)\\s+old|,?\\s+who is \\d{1,2}\\b)");
    private static final Pattern CHILD_LINE = Pattern.compile(
            "^(?:name of child(?:ren)?|child(?:ren)?(?:'s names?)?|for)\\s*[:\\-]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    private PlanChildren() {}

    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = CHILD_WITH_AGE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        for (String line : text.split("\r?\n")) {
            Matcher child = CHILD_LINE.matcher(PlanParser.clean(line));
            if (child.matches()) {
                Matcher name = NAME.matcher(child.group(1));
                while (name.find()) {
                    names.add(name.group());
                }
            }
        }
        names.removeIf(n -> WordLists.NOT_NAMES.contains(n.toLowerCase(Locale.ROOT)));
        // A plan is about a few children; each name is searched for in the whole text, so a list of thousands would be quadratic.
        return names.stream().limit(MAX_CHILD_NAMES).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
    }
}
