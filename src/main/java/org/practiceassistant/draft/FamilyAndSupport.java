package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Who will act, as a goal says it: the family and network first, by name or relation ("Nan Pearl, aunt Keisha and
 * uncle Winston will work together ..."), and the professionals in the network answer after them as support ("...,
 * with support from the school and the health visitor"). The guidance puts the family's own people in the goal and
 * professionals' tasks in the plan; a reader, and Check, then find who will act in the goal's first words. When the
 * family are named that way the notes the worker added about them ("who lives on site", "(monthly contact)", "in the
 * village") stay in the network answer and are left out of the goal's list of who will act.
 */
final class FamilyAndSupport {

    private FamilyAndSupport() {}

    /** The people who will act, and those who support them ("" when the network answer does not part them). */
    record Split(String family, String support) {}

    /** Words that make an item of the network a professional or a service. */
    private static final Set<String> PROFESSIONAL = Set.of("school", "nursery", "college", "gp", "doctor", "hv", "visitor",
            "midwife", "idva", "isva", "police", "sw", "social", "pa", "adviser", "advisor", "iro", "yot", "camhs", "team",
            "service", "services", "council", "tutor", "teacher", "senco", "dsl", "ot", "paediatrician", "paed",
            "dentist", "nurse", "therapist", "therapy", "officer", "clinic", "programme", "club", "lead", "guardian",
            "cafcass", "housing", "interpreter", "counsellor", "panel", "hub", "project", "unit", "charity", "worker",
            "workers", "practitioner", "consultant", "psychologist", "psychiatrist", "lac", "cla", "breaks", "mh",
            "professionals", "agency", "agencies", "centre", "pru",
            // "head of year", "DWP work coach", "Kooth" (an online counselling service): school staff and services.
            "head", "headteacher", "deputy", "dwp", "jobcentre", "kooth", "cmht", "ssw", "mentor",
            // "citizens advice", "the dietician", "probation": advice services and health staff are support, not who acts.
            "advice", "cab", "dietician", "dietitian", "physio", "physiotherapist", "probation", "solicitor",
            "refuge", "foodbank");
    /** Words that make an item family or network, whatever else it says ("respite carer Linda", "Jo (ex foster carer)"). */
    private static final Set<String> FAMILY = Set.of("mum", "mam", "mom", "mother", "dad", "father", "nan", "nana",
            "nanny", "gran", "granny", "grandma", "grandmother", "grandad", "grandpa", "grandfather", "grandparents",
            "aunt", "aunty", "auntie", "uncle", "sister", "brother", "cousin", "friend", "friends", "mate", "neighbour",
            "neighbours", "carer", "carers", "partner", "boyfriend", "girlfriend", "stepdad", "stepmum", "son",
            "daughter", "godmother", "godfather", "wife", "husband", "family", "parents", "siblings");
    /** Words that open a note about the person before them: "nan jean in the village", "son jas who ...". */
    private static final Set<String> NOTE_OPENINGS = Set.of("who", "whos", "who's", "which", "where", "at", "in", "from",
            "on", "near", "that", "if", "when", "because", "since", "as",
            // "Nana Pat lives round the corner", "Jodie next door is mums best friend": what the person does or is.
            "is", "was", "lives", "lived", "has", "had", "does", "knows", "helps", "works", "comes", "visits", "-", "\u2013");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "our", "my");

    static Split of(String people) {
        var family = new ArrayList<String>();
        var support = new ArrayList<String>();
        for (String raw : WhoWillAct.commaItems(people)) {
            String item = raw.strip().replaceFirst("^(?i)and\\s+", "").replaceAll("[.;\\s]+$", "");
            if (item.isEmpty()) {
                continue;
            }
            for (String part : parts(item)) {
                (isProfessional(part) ? support : family).add(part.equalsIgnoreCase("me") ? "I" : part);
            }
        }
        // The social worker is a professional too: beside the family, "me" is support, said last ("with support from the
        // housing officer and me"), so the goal names the family as who will act (Check fails "Jan and I will work
        // together" when only the worker's tasks follow). Alone, or with professionals only, the worker still acts.
        if (family.size() > 1 && family.removeIf(p -> p.equals("I"))) {
            support.add("me");
        }
        if (family.isEmpty()) {
            return new Split(people, "");
        }
        if (support.isEmpty()) {
            // "nana sue (mums mum) lives 10 mins walk away, gemma's friend kayleigh does school run ...": with no
            // professional among them, what each person does or is goes all the same, so the goal opens on who acts
            // (a bracket or "from upstairs" about them stays: it says who they are).
            List<String> acting = family.stream().map(FamilyAndSupport::withoutClause).toList();
            return new Split(acting.equals(family) ? people : joined(acting), "");
        }
        List<String> named = family.stream().map(FamilyAndSupport::withoutNote).toList();
        // Support keeps the worker's notes ("Becky at nursery"): who will act is read from the family's names only.
        List<String> helping = support.stream().map(FamilyAndSupport::withArticle).toList();
        return new Split(joined(named), joined(helping));
    }

    /**
     * "Linda and Jo the health visitor": two people joined by "and", one of the family (a relation or a name) and one a
     * professional, are parted; "Pat and Ron", "school and nursery", "drug and alcohol worker" stay one item.
     */
    private static List<String> parts(String item) {
        int and = item.toLowerCase(Locale.ROOT).indexOf(" and ");
        if (and <= 0 || item.indexOf('(') >= 0 && item.indexOf('(') < and) {
            return List.of(item);
        }
        String first = item.substring(0, and).strip();
        String second = item.substring(and + 5).strip();
        boolean firstFamily = isFamily(first);
        boolean secondFamily = isFamily(second);
        boolean firstProfessional = isProfessional(first);
        boolean secondProfessional = isProfessional(second);
        return firstFamily && secondProfessional || firstProfessional && secondFamily ? List.of(first, second) : List.of(item);
    }

    /** A relation ("nan") or a name (a capital after the first letter of the answer is no help: any word of a name). */
    private static boolean isFamily(String part) {
        return !isProfessional(part) && (words(part).stream().anyMatch(FAMILY::contains)
                || java.util.Arrays.stream(part.strip().split("\\s+")).anyMatch(w -> w.length() > 1
                        && Character.isUpperCase(w.charAt(0)) && !w.equals(w.toUpperCase(Locale.ROOT))));
    }

    /** Whether {@code word} is a relation ("mum", "nan"), whatever its case: an adult of the family, never the child. */
    static boolean aRelation(String word) {
        return FAMILY.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Words that end the name of a service or a group: "young carers service", "the family support team". */
    private static final Set<String> ORGANISATIONS = Set.of("service", "services", "team", "project", "programme",
            "club", "unit", "hub", "panel", "council", "charity", "agency", "centre", "clinic");

    static boolean isProfessional(String item) {
        List<String> all = words(item);
        if (!all.isEmpty() && ORGANISATIONS.contains(all.getLast())) {
            return true;
        }
        boolean professional = false;
        for (String word : words(item)) {
            if (FAMILY.contains(word)) {
                return false;
            }
            professional |= PROFESSIONAL.contains(word);
        }
        return professional;
    }

    /** Joining words a list of people is said with: "mum and the hv", "nan & his uncle". */
    private static final Set<String> BETWEEN_PEOPLE = Set.of("and", "&", "+", "the", "his", "her", "their", "my", "our",
            "i", "me", "we", "they", "he", "she");

    /**
     * True when {@code said} only names people, by relation or role and the name after it ("mum", "nan pearl and the
     * school", "sw"): how the next steps tell "mum to see the gp" (a person and what they will do) from "ring nan to
     * agree" (what will be done), where a word that is neither comes first.
     */
    static boolean onlyPeople(String said) {
        List<String> all = words(said);
        boolean person = false;
        for (int i = 0; i < all.size(); i++) {
            String w = all.get(i);
            boolean role = FAMILY.contains(w) || PROFESSIONAL.contains(w) || ORGANISATIONS.contains(w);
            boolean nameAfterRole = i > 0 && (FAMILY.contains(all.get(i - 1)) || PROFESSIONAL.contains(all.get(i - 1)));
            if (!role && !nameAfterRole && !BETWEEN_PEOPLE.contains(w)) {
                return false;
            }
            person |= role || PRONOUNS.contains(w);
        }
        return person;
    }

    private static final Set<String> PRONOUNS = Set.of("i", "me", "we", "they", "he", "she");

    /**
     * True when {@code said} names at least one person: a relation, a role or service, "I" or "me", or a name (a word
     * with a capital): how "police, school, HV, me" is told from "everyone lol" when who is worried is said alone.
     */
    static boolean namesAPerson(String said) {
        for (String w : words(said)) {
            if (FAMILY.contains(w) || PROFESSIONAL.contains(w) || ORGANISATIONS.contains(w) || w.equals("i") || w.equals("me")) {
                return true;
            }
        }
        return java.util.Arrays.stream(said.strip().split("[\\s,]+")).anyMatch(w -> w.length() > 1
                && Character.isUpperCase(w.charAt(0)));
    }


    /** "nan jean in the village" as "nan jean", "farmer (dads boss) who lives on site" as "farmer": the person only. */
    static String withoutNote(String item) {
        // "the children's nan (Saira's mum) Nasreen": the bracket is the note, the name after it stays.
        var unbracketed = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < item.length(); i++) {
            // "mum (Kelly)": a bracket holding one capitalised word is the person's name, not a note about them.
            int close = item.charAt(i) == '(' && depth == 0 ? item.indexOf(')', i) : -1;
            if (close > i + 2 && aName(item.substring(i + 1, close))) {
                unbracketed.append(item, i + 1, close);
                i = close;
                continue;
            }
            char c = item.charAt(i);
            depth += c == '(' ? 1 : 0;
            if (depth == 0) {
                unbracketed.append(c);
            }
            depth -= c == ')' && depth > 0 ? 1 : 0;
        }
        String cut = unbracketed.toString().replaceAll("\\s{2,}", " ");
        if (cut.isBlank()) {
            return item.strip();
        }
        String[] words = cut.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            if (NOTE_OPENINGS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            }
        }
        return cut.strip();
    }

    /** Words that open a clause about the person before them, saying what they do or are: "nana sue lives ...". */
    private static final Set<String> CLAUSE_OPENINGS = Set.of("who", "whos", "who's", "is", "was", "lives", "lived", "has",
            "had", "does", "knows", "helps", "works", "comes", "visits", "still", "also", "already", "sees", "can", "could",
            "said", "says", "offered", "picks", "takes", "goes");

    /** "nana sue (mums mum) lives 10 mins walk away" as "nana sue (mums mum)": the person, a bracket about them kept. */
    static String withoutClause(String item) {
        String[] words = item.strip().split("\\s+");
        int depth = 0;
        for (int i = 0; i < words.length; i++) {
            if (i > 0 && depth == 0 && CLAUSE_OPENINGS.contains(words[i].toLowerCase(Locale.ROOT))) {
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            }
            for (char c : words[i].toCharArray()) {
                depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            }
        }
        return item;
    }

    /** One word with a capital and lower-case letters after it: "Kelly", not "maternal" or "LD". */
    private static boolean aName(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.substring(1).chars().allMatch(Character::isLowerCase);
    }

    /** "school" as "the school", "virtual school" as "the virtual school"; "Kai's social worker" as it is. */
    private static String withArticle(String item) {
        List<String> words = words(item);
        if (words.isEmpty() || DETERMINERS.contains(words.getFirst()) || !PROFESSIONAL.contains(words.getLast())
                || Character.isUpperCase(item.charAt(0)) && !PROFESSIONAL.contains(words.getFirst())
                || words.getFirst().endsWith("s") && !PROFESSIONAL.contains(words.getFirst())) {
            return item;
        }
        // "School" first in the worker's answer had its capital only for being first.
        // "CAMHS LD team" keeps its capitals: an acronym is written as the worker wrote it.
        String first = item.split("\\s+")[0];
        boolean acronym = first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT));
        return "the " + (PROFESSIONAL.contains(words.getFirst()) && !acronym
                ? Character.toLowerCase(item.charAt(0)) + item.substring(1) : item);
    }

    /** "a", "a and b", "a, b and c": as a list is said, closing with ", and" after an item that has its own "and". */
    private static String joined(List<String> items) {
        if (items.size() == 1) {
            return items.getFirst();
        }
        String before = String.join(", ", items.subList(0, items.size() - 1));
        return before + (before.toLowerCase(Locale.ROOT).contains(" and ") ? ", and " : " and ") + items.getLast();
    }

    private static List<String> words(String item) {
        var words = new ArrayList<String>();
        for (String w : item.toLowerCase(Locale.ROOT).split("[\\s/()]+")) {
            String bare = w.replaceAll("^[^\\p{L}]+|[^\\p{L}']+$", "");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }
}
