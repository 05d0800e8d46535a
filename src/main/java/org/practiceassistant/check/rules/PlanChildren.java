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
            "^(?:name of child(?:ren)?|child(?:ren)?(?:'s names?)?|young person|for)\\s*[:\\-]\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /* "LEAVING CARE PLAN – TYRONE BAKER (18)": a title in capitals names the child the same way. */
    private static final Pattern CAPITALS_WITH_AGE = Pattern.compile("\\b(\\p{Lu}{2,20})(?:\\s+\\p{Lu}[\\p{Lu}'-]{1,20})?\\s*\\((?:AGED?\\s*)?\\d{1,2}\\)");
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}\\p{Ll}+\\b");

    private PlanChildren() {}

    static Set<String> names(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = CHILD_WITH_AGE.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        Matcher capitals = CAPITALS_WITH_AGE.matcher(text);
        while (capitals.find()) {
            String name = capitals.group(1);
            names.add(name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT));
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
