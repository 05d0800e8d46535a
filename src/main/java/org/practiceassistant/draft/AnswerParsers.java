package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the answers that have a structure: children with ages, who is worried, the scale, scores. */
final class AnswerParsers {

    private AnswerParsers() {}

    private static final Pattern CHILD = Pattern.compile(
            "(?iu)\\b(?!(?:and|aged?|is|are|years?|yrs?|old|the|plus|with|also|baby|months?|weeks?|son|daughter|pregnant|unborn|expecting|due)\\b)"
                    + "(\\p{L}[\\p{L}'-]*)\\W{0,3}(?:(?:aged?|is)\\s+)?(\\d{1,2})\\b\\s*(months?|mths?|weeks?|wks?)?");

    private static final Pattern WORRY = Pattern.compile(
            "(?is)^(.+?)(?:\\s+(is|are|am|were|was)|(['’]re|['’]m))\\s+(?:(?:really|very|most|also|all|both|so)\\s+)?"
                    + "worried,?\\s+(?:that\\s+|about\\s+)?(.+)$");

    private static final Pattern SCALE = Pattern.compile(
            "(?is)^\\s*0\\s*(?:=|:|-|means|is)\\s*(.+?)[\\s,;.]*\\b10\\s*(?:=|:|-|means|is)\\s*(.+)$");

    private static final Pattern SCORE = Pattern.compile(
            "(?iu)(\\p{L}[\\p{L}' ]{0,40}?)\\s*(?:[:=-]|\\bis\\b|\\bsays\\b|\\bscored\\b|\\bgave\\b|\\bat\\b)?\\s*"
                    + "(\\d{1,2})(?:\\s*/\\s*10|\\s+out of 10)?\\b");

    /** Children named with ages: "Ella, 4", "Ella 4 and Sam 7", "baby Kai 6 months". Empty when none found. */
    static List<Child> children(String text) {
        var found = new ArrayList<Child>();
        Matcher m = CHILD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            int age = m.group(3) == null ? Integer.parseInt(m.group(2)) : 0;
            // "twins jude and jonah 2": a name joined by "and" to a named child with no age of its own shares it.
            Matcher sharing = SHARES_AGE.matcher(text.substring(previousEnd, m.start()));
            if (sharing.find() && !NOT_A_CHILD.contains(sharing.group(1).toLowerCase(Locale.ROOT))) {
                found.add(new Child(capitalised(sharing.group(1)), age));
            }
            found.add(new Child(capitalised(m.group(1)), age));
            previousEnd = m.end();
        }
        return found;
    }

    private static final Pattern SHARES_AGE = Pattern.compile("(?iu)(?:^|[\\s,])(\\p{L}[\\p{L}'-]{1,39})\\s+(?:and|&)\\s+$");
    /** Words before "and <name> <age>" that are people, not children of the mapping, or not names at all. */
    private static final java.util.Set<String> NOT_A_CHILD = java.util.Set.of("twins", "mum", "dad", "mother", "father",
            "nan", "gran", "grandma", "grandad", "aunt", "auntie", "uncle", "carer", "carers", "stepdad", "stepmum",
            "sister", "brother", "siblings", "sibling", "children", "kids", "baby", "the", "and", "also", "with",
            "partner", "boyfriend", "girlfriend", "son", "daughter", "both", "plus", "is", "are", "old", "years", "yrs");

    /** "amber-lily" as "Amber-Lily". */
    private static String capitalised(String name) {
        var out = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'';
        }
        return out.toString();
    }

    /** The worry answer split into who is worried, the verb, and what they fear. */
    record Worry(String who, String verb, String fear) {}

    static Optional<Worry> worry(String text) {
        Matcher m = WORRY.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String verb = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT)
                : m.group(3).endsWith("m") ? "am" : "are";
        verb = switch (verb) {
            case "was" -> "is";
            case "were" -> "are";
            default -> verb;
        };
        String who = m.group(1).strip();
        String fear = m.group(4).strip();
        // "I am worried, and the school is worried, that ...": both are worried, about what follows the second.
        if (fear.regionMatches(true, 0, "and ", 0, 4)) {
            var second = worry(fear.substring(4));
            if (second.isPresent()) {
                String other = second.get().who().replaceAll("[,\\s]+$", "");
                return Optional.of(new Worry(who.equalsIgnoreCase("I") ? other + " and I" : who + " and " + other, "are",
                        second.get().fear()));
            }
        }
        return Optional.of(new Worry(who, verb, fear));
    }

    static Optional<Scale> scale(String text) {
        Matcher m = SCALE.matcher(text);
        return m.matches() ? Optional.of(new Scale(m.group(1), m.group(2).strip().replaceAll("[.\\s]+$", "")))
                : Optional.empty();
    }

    /** "Mum 6, Dad 5, school: 4". Empty when none found; scores above 10 are refused by {@link ScaleScore}. */
    static List<ScaleScore> scores(String text) {
        var found = new ArrayList<ScaleScore>();
        Matcher m = SCORE.matcher(text);
        while (m.find()) {
            String person = m.group(1).strip().replaceAll("(?i)^(and|,)\\s+", "");
            found.add(new ScaleScore(person, Integer.parseInt(m.group(2))));
        }
        return found;
    }

    /** True when {@code text} names one of the children as a word. */
    static boolean namesAChild(String text, List<Child> children) {
        String lower = text.toLowerCase(Locale.ROOT);
        return children.stream().anyMatch(c ->
                Pattern.compile("\\b" + Pattern.quote(c.firstName().toLowerCase(Locale.ROOT)) + "\\b").matcher(lower).find());
    }
}
