package org.practiceassistant.draft;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.practiceassistant.draft.AnswerReview.Nudge;

/**
 * The network answer must name someone who can act: "no family here" or "dad unknown" are facts worth
 * knowing but leave a goal with nobody in it, and "family" alone does not say who. Whole short answers only.
 */
final class NetworkAnswer {

    private NetworkAnswer() {}

    private static final List<String> NOBODY = List.of("no ", "none", "nobody", "no one", "noone", "there is no",
            "there's no", "theres no", "not anyone", "no-one");
    private static final Set<String> UNKNOWN = Set.of("unknown", "not known", "no idea", "don't know", "dont know");
    private static final Set<String> GENERIC = Set.of("family", "the family", "friends", "family and friends",
            "family & friends", "everyone", "the network", "network", "extended family", "support network", "wider family",
            "relatives", "the parents", "professionals", "sister", "brother", "cousin", "neighbour", "friend", "aunt",
            "auntie", "uncle", "partner", "a neighbour", "a friend", "friends and family");
    private static final int SHORT = 7;
    /**
     * Said anywhere in an answer of any length: the child or family has nobody ("he hasnt really got anyone tho what do i
     * put", "mum doesn't have any family round here"). Kept as the network, such an answer became the goal's "who will
     * act" ("He hasn't really got anyone though ... will do these things"). Read on the normalised answer (lower case,
     * single spaces); alternatives of fixed words, so linear.
     */
    private static final Pattern HAS_NOBODY = Pattern.compile("\\b(?:"
            + "(?:hasn't|hasnt|has not|haven't|havent|have not|doesn't have|doesnt have|does not have|don't have|dont have"
            + "|do not have)(?: really)?(?: got)? (?:anyone|anybody|any family|any friends)"
            + "|(?:has|have)(?: really)?(?: got)? (?:no one|nobody|noone|no family|no friends)"
            + "|there(?:'s|s| is) (?:really )?(?:no one|nobody|noone))\\b");
    /** One word that names people by how they are related or where they are: a fine answer on its own. */
    private static final Set<String> PEOPLE_WORDS = Set.of("mum", "mother", "mam", "mom", "dad", "father", "parents",
            "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandmother", "grandad", "grandpa", "granddad",
            "grandfather", "grandparents", "grandparent", "grandmas", "aunts", "aunties", "uncles", "stepdad", "stepmum",
            "stepmother", "stepfather", "carer", "carers", "siblings", "sisters", "brothers", "cousins", "godmother",
            "godfather", "godparents", "me", "school", "nursery", "teacher", "neighbours", "church", "mosque", "both",
            "mum/dad", "mum/nan", "grandparents/aunt");
    /** A word about the worry, not a person: "neglect", "dv", "ongoing" typed at the wrong step or in a hurry. */
    private static final Set<String> NOT_PEOPLE = Set.of("neglect", "abuse", "dv", "da", "drugs", "drug", "alcohol",
            "drinking", "violence", "ongoing", "safety", "support", "services", "housing", "money", "cse", "cce", "yes",
            "ok", "okay", "same", "tbc", "n/a", "na", "help");

    /**
     * "no dad, just mum", "Mum, dad unknown", "none apart from Nan Pat": someone who can act is named all the same, by
     * how they are related or by a name (a capital letter after the first word).
     */
    private static boolean namesSomeone(String answer, String said) {
        String[] typed = answer.strip().split("\\s*(?:[,;]|\\bbut\\b|\\bjust\\b|\\bapart from\\b|\\bexcept\\b|\\bonly\\b)\\s*");
        for (String fragment : typed) {
            String lower = fragment.toLowerCase(java.util.Locale.ROOT).strip();
            if (lower.isEmpty() || NOBODY.stream().anyMatch(lower::startsWith) || UNKNOWN.stream().anyMatch(lower::contains)) {
                continue; // the part that says who is missing or not known
            }
            String[] words = fragment.strip().split("\\s+");
            for (int i = 0; i < words.length; i++) {
                String word = words[i].toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}'/]", "");
                boolean name = i > 0 && !words[i].isEmpty() && Character.isUpperCase(words[i].charAt(0)) && !words[i].equals("I");
                if (name || PEOPLE_WORDS.contains(word) && !word.equals("me")) {
                    return true;
                }
            }
        }
        return false;
    }

    static Optional<Nudge> problem(String answer, String childNames, boolean standsBy) {
        String said = ForgivingMatch.normalise(answer);
        if (said.split(" ").length > SHORT) {
            return saysNobody(said) && !namesSomeone(answer, said) ? Optional.of(nobodyYet(childNames)) : Optional.empty();
        }
        if ((NOBODY.stream().anyMatch(said::startsWith) || UNKNOWN.stream().anyMatch(said::contains) || saysNobody(said))
                && !namesSomeone(answer, said)) {
            return Optional.of(nobodyYet(childNames));
        }
        if (NOT_PEOPLE.contains(said)) {
            // "neglect", "ongoing": a word about the worry, typed in a hurry; no goal can name it as who acts.
            return Optional.of(new Nudge("Who can act to keep " + childNames + " safe? Please name them, or say how they"
                    + " are related, for example \"Mum, Grandma Jean and Aunt Sara\".", false));
        }
        if (!said.contains(" ") && !PEOPLE_WORDS.contains(said) && !standsBy && Character.isLowerCase(answer.strip().charAt(0))) {
            // One word in lower case that is no relation ("jess"?): asked who, and kept if sent again.
            return Optional.of(new Nudge("Who can act to keep " + childNames + " safe? Please name them, or say how they"
                    + " are related, for example \"Mum, Grandma Jean and Aunt Sara\"." + CoachWording.KEEP_IT, true));
        }
        if (GENERIC.contains(said) && !standsBy) {
            return Optional.of(new Nudge("Who are they? Please name them, or say how they are related, for example"
                    + " \"Mum, Grandma Jean and Aunt Sara\", so the goal says who will act." + CoachWording.KEEP_IT, true));
        }
        return Optional.empty();
    }

    /** Whether the answer says the child or family has nobody, in so many words, anywhere in it. */
    static boolean saysNobody(String said) {
        return HAS_NOBODY.matcher(said).find();
    }

    private static Nudge nobodyYet(String childNames) {
        return new Nudge("Noted. A goal still needs at least one person who will act: a parent counts, and so do friends,"
                + " neighbours, a faith or community group, or the other parent's family. Who can act to keep " + childNames
                + " safe? Give names or how they are related.", false);
    }
}
