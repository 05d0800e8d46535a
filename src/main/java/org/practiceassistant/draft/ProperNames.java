package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The people's names a mapping knows, written with a capital where the worker typed them in lower case ("jo texts
 * every evening" is written "Jo texts every evening"): a family reads a name as a name, and so does Check, which tells
 * who will act from the names in a goal. Known are the children's names and the names the network answer gives
 * people: after how they are related ("nan pearl", "foster carers pat and dave", "chelseas best mate kayleigh"), before
 * a relation ("rahims brother": Rahim), or on their own in the list ("jo, kayleigh, pa sam"). Nothing is guessed
 * from free text, where "mum works nights" has a verb where "mum kerry" has a name.
 */
final class ProperNames {

    private ProperNames() {}

    /** How people are related or known: the word before a name ("nan pearl") or after a possessive one ("rahims brother"). */
    private static final Set<String> RELATIONS = Set.of("mum", "mam", "mom", "mother", "dad", "father", "nan", "nana",
            "nanny", "gran", "granny", "grandma", "grandmother", "grandad", "grandpa", "grandfather", "aunt", "aunty",
            "auntie", "uncle", "sister", "brother", "cousin", "friend", "mate", "neighbour", "carer", "carers", "partner",
            "boyfriend", "girlfriend", "stepdad", "stepmum", "son", "daughter", "godmother", "godfather", "pastor", "imam",
            "coach", "sponsor", "mentor", "teacher", "tutor", "pa", "sw", "worker", "mr", "mrs", "ms", "miss", "dr",
            "abba", "family", "wife", "husband", "nephew", "niece", "parents");

    /**
     * Words a one-word item of the network list can be that are no one's name: places, services and the short forms
     * teams use for them. A word the jargon list knows is never a name either.
     */
    private static final Set<String> NOT_NAMES = Set.of(
            "school", "nursery", "college", "police", "church", "mosque", "gurdwara", "temple", "family", "friends",
            "neighbours", "everyone", "nobody", "none", "no", "one", "me", "myself", "them", "us", "parents",
            "grandparents", "carers", "health", "housing", "midwife", "paediatrician", "dentist", "doctor", "nurse",
            "counsellor", "therapist", "interpreter", "landlord", "employer", "work", "idva", "isva", "yot", "ot",
            "hv", "gp", "sw", "pa", "camhs", "senco", "dsl", "iro", "cafcass", "edt", "pru", "taf", "tac", "fsw",
            "nhs", "salt", "slt", "ehcp", "asf", "aa", "na", "uc", "dwp", "ld", "lac", "cin", "cp", "guardian",
            "tbc", "unknown", "others", "other", "all", "both", "the", "and", "or", "not", "yet", "sure", "maybe",
            "who", "else", "services", "team", "agencies", "professionals", "staff", "boss", "manager", "mum", "dad",
            "nan", "gran", "brother", "sister", "aunt", "uncle", "cousin", "friend", "neighbour", "partner", "baby",
            "kids", "children", "child", "siblings", "twins", "himself", "herself", "he", "she", "they", "his",
            "her", "their", "local", "community", "group", "centre", "club", "charity", "council", "service",
            "project", "programme", "lead", "officer", "unit", "hub", "worker", "workers", "support", "panel",
            "upstairs", "downstairs", "next", "door", "womens", "mens", "childrens", "teachers", "young", "old",
            "adult", "best", "close", "ex", "good");

    /** Words between a possessive name and the relation: "chelseas best mate", "tias old foster carer". */
    private static final Set<String> BEFORE_RELATION = Set.of("best", "old", "ex", "older", "younger", "little", "big",
            "adult", "close", "good", "foster", "family", "new");

    /** Words before a name that make it a thing ("a mark on his hand", "the will"), not the person: left as typed. */
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "no", "any", "his", "her", "their", "my",
            "our", "your", "this", "that", "some", "every", "each");

    /** The names worth a capital in what is composed for a worry: the children's, then those the network gives. */
    static List<String> of(List<Child> children, String network, JargonSpotter jargon) {
        return of(children, network, "", jargon);
    }

    /** As {@link #of(List, String, JargonSpotter)}, with the parents' names said in {@code said} ("mum kerry"). */
    static List<String> of(List<Child> children, String network, String said, JargonSpotter jargon) {
        var names = new LinkedHashSet<String>();
        children.forEach(c -> names.add(c.firstName()));
        names.addAll(inNetwork(network == null ? "" : network, jargon));
        names.addAll(afterParent(said == null ? "" : said, jargon));
        return List.copyOf(names);
    }

    /** The family words a name follows in what workers write about what happened: "mum kerry", "dad steve says". */
    private static final Set<String> PARENTS = Set.of("mum", "mam", "mom", "mother", "dad", "father", "stepdad",
            "stepmum", "nan", "gran", "grandma", "grandad", "aunt", "aunty", "auntie", "uncle", "partner", "boyfriend",
            "girlfriend");
    /**
     * Words after "mum" or "dad" that say what they did or are, not who they are: "mum gave", "dad hit", "mum never". A
     * word ending "s", "ed", "ing" or "ly" is read as a verb or an adverb too ("mum works", "dad agreed", "mum mostly").
     */
    private static final Set<String> NOT_A_NAME_AFTER_PARENT = Set.of(
            "to", "and", "or", "but", "is", "was", "has", "had", "can", "could", "will", "would", "should", "must",
            "might", "may", "did", "do", "got", "get", "gave", "give", "went", "go", "took", "take", "came", "come",
            "left", "leave", "told", "tell", "fell", "rang", "ring", "hit", "let", "put", "said", "say", "saw",
            "see", "found", "made", "make", "kept", "keep", "felt", "feel", "thought", "think", "knew", "know",
            "never", "always", "also", "still", "just", "now", "then", "too", "not", "cant", "wont", "doesnt",
            "didnt", "isnt", "wasnt", "hasnt", "hadnt", "dont", "at", "in", "on", "by", "for", "from", "with", "of",
            "who", "that", "the", "a", "an", "her", "his", "their", "him", "them", "she", "he", "they", "it", "i",
            "me", "we", "you", "all", "both", "only", "even", "again", "agree", "drank", "drunk", "drink", "smoke",
            "use", "used", "lost", "lives", "live", "work", "stay", "stayed", "home", "here", "there", "away", "out",
            "up", "down", "off", "asleep", "alone", "very", "really", "so", "well", "ok", "fine", "new", "old",
            "own", "one", "two", "being", "been", "be", "are", "were", "am", "as", "if", "when", "after", "before",
            "since", "until", "about", "like", "sober", "angry", "upset", "low", "mood");

    /**
     * "dad steve says ...", "mum kirsty was found ...": the name said straight after a parent's relation in the worker's
     * answers about what happened, when it reads as no verb or other word ({@link #NOT_A_NAME_AFTER_PARENT}).
     */
    /** Verbs with no "-ed" to tell them by: "dad hurt", "mum cut", "dad threw". */
    private static final Set<String> INVARIANT_VERBS = Set.of("hurt", "cut", "hit", "put", "let", "set", "shut", "beat",
            "threw", "throw", "broke", "bit", "shook", "caught", "drove", "ran", "sent", "brought", "held", "sat", "woke",
            "paid", "met", "heard", "spoke", "shouted", "swore", "slept", "stood", "wrote", "read", "won", "bought", "sold",
            "kicked", "pushed", "slapped", "grabbed", "stole", "fought", "forgot", "hid", "left", "took", "tried", "cried");

    /** Numbers and times that follow a parent as the object's count ("hit mum three times", "saw dad last week"). */
    private static final Set<String> COUNTS_AND_TIMES = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "twenty", "once", "twice", "first", "second", "third", "every",
            "each", "last", "next", "this", "today", "tonight", "yesterday", "because", "while", "into", "over", "without",
            "through", "anymore", "again", "please", "some", "most", "many", "more", "less", "other", "another");

    /**
     * Words after which the one before is a verb with its object ("dad hurt mum", "mum cut him off"), never a name: a
     * name is followed by what the person did, a comma or a note.
     */
    private static final Set<String> OBJECTS = Set.of("him", "her", "them", "me", "us", "it", "mum", "dad", "the", "a",
            "an", "his", "their", "my", "nan", "gran", "up", "down", "out", "off", "into", "over", "badly", "himself",
            "herself", "themselves", "everyone", "someone", "anyone", "nobody", "kids", "children", "baby");

    static List<String> afterParent(String said, JargonSpotter jargon) {
        var names = new ArrayList<String>();
        // "dad lee-roy": a hyphen between letters stays inside the name.
        String[] words = said.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}'-]+|(?<!\\p{L})-|-(?!\\p{L})");
        for (int i = 0; i + 1 < words.length; i++) {
            String name = words[i + 1];
            boolean verbWithObject = i + 2 < words.length && OBJECTS.contains(words[i + 2]);
            if (!PARENTS.contains(words[i]) || name.length() < 3 || NOT_A_NAME_AFTER_PARENT.contains(name)
                    || COUNTS_AND_TIMES.contains(name) || verbWithObject || INVARIANT_VERBS.contains(name)
                    || name.endsWith("s") || name.endsWith("ed") || name.endsWith("ing") || name.endsWith("ly")
                    || name.contains("'") || !plausible(name) || jargon.firstIn(name).isPresent()) {
                continue;
            }
            names.add(name);
        }
        return names;
    }

    /**
     * "nan pearl, aunt keisha, uncle winston (dads brother)", "harjit and kuldeep, their adult son jas", "rahims
     * brother": the names in a network answer, in lower case, read item by item (commas, "and", "&", "/" part them;
     * brackets hold notes about a person, which are read too).
     */
    static List<String> inNetwork(String network, JargonSpotter jargon) {
        var names = new ArrayList<String>();
        for (String item : items(network)) {
            boolean note = item.startsWith("(");
            List<String> words = words(item);
            if (words.size() == 1 && !note) {
                String only = words.getFirst();
                if (plausible(only) && jargon.firstIn(only).isEmpty()) {
                    names.add(only);
                }
                continue;
            }
            for (int i = 0; i < words.size(); i++) {
                String word = words.get(i);
                boolean afterRelation = i > 0 && RELATIONS.contains(words.get(i - 1))
                        && (i == words.size() - 1 || NAME_FOLLOWERS.contains(words.get(i + 1)));
                if (afterRelation && plausible(word) && jargon.firstIn(word).isEmpty()) {
                    names.add(word);
                }
                // "rahims brother", "darius's cousin andrius": the one whose relation it is.
                boolean beforeRelation = i + 1 < words.size() && (RELATIONS.contains(words.get(i + 1))
                        || BEFORE_RELATION.contains(words.get(i + 1)) && i + 2 < words.size() && RELATIONS.contains(words.get(i + 2)));
                if (beforeRelation && !NOT_NAMES.contains(word)) {
                    String owner = word.endsWith("'s") ? word.substring(0, word.length() - 2)
                            : word.endsWith("s") && word.length() > 3 ? word.substring(0, word.length() - 1) : "";
                    if (plausible(owner) && !RELATIONS.contains(owner) && jargon.firstIn(owner).isEmpty()) {
                        names.add(owner);
                    }
                }
            }
        }
        return names;
    }

    /** Words after a name in a network item: "nan jean in the village", "son jas who kayden looks up to". */
    private static final Set<String> NAME_FOLLOWERS = Set.of("who", "in", "at", "from", "with", "on", "near", "that",
            "lives", "living", "if", "when", "as");

    /* "jo", "lily-mae": letters, with a hyphen only between letters. */
    private static final java.util.regex.Pattern DOUBLE_BARRELLED_OR_PLAIN = java.util.regex.Pattern.compile("\\p{L}+(?:-\\p{L}+)*");

    private static boolean plausible(String word) {
        return word.length() >= 2 && DOUBLE_BARRELLED_OR_PLAIN.matcher(word).matches() && !NOT_NAMES.contains(word)
                && !RELATIONS.contains(word) && word.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0);
    }

    /** The list's items: parted at commas, semicolons, "/", "&", " and ", and brackets (a note is an item of its own). */
    private static List<String> items(String network) {
        var items = new ArrayList<String>();
        String lower = network.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        var item = new StringBuilder();
        boolean inNote = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            boolean parts = ",;/&()\n".indexOf(c) >= 0 || c == '.' && (i + 1 == lower.length() || lower.charAt(i + 1) == ' ');
            boolean and = !parts && lower.startsWith(" and ", i);
            if (parts || and) {
                items.add(item.toString());
                item.setLength(0);
                inNote = c == '(' || (inNote && c != ')' && c != '\n');
                if (inNote) {
                    item.append('('); // a note about the one before ("(phone and contact)"): never a name on its own
                }
                i += and ? 3 : 0;
            } else {
                item.append(c);
            }
        }
        items.add(item.toString());
        return items.stream().map(String::strip).filter(s -> !s.isEmpty() && !s.equals("(")).toList();
    }

    private static List<String> words(String item) {
        var words = new ArrayList<String>();
        for (String w : item.split("\\s+")) {
            String bare = w.replaceAll("^[^\\p{L}]+|[^\\p{L}']+$", "");
            if (!bare.isEmpty()) {
                words.add(bare);
            }
        }
        return words;
    }

    /**
     * {@code text} with each of {@code names} that was typed all in lower case written with a capital, also as a
     * possessive ("davids", "david's"); never after "a", "the", "his" and the like ("the new baby" too), where the word
     * is a thing. One scan.
     */
    /**
     * Names that are everyday words too ("Will", "May", "Mark", "Hope", "Drew"): typed in lower case they are more
     * often the word ("will", "a mark") than the person, so they are left as typed. The coach's own mentions of a
     * child are written from the name as given, with its capital.
     */
    private static final Set<String> EVERYDAY_WORDS = Set.of("will", "may", "can", "mark", "bill", "rose", "hope", "drew",
            "grace", "joy", "summer", "autumn", "winter", "spring", "frank", "rich", "ray", "guy", "jack", "pat", "sue",
            "chase", "faith", "hunter", "sky", "river", "storm", "dawn", "eve", "holly", "ivy", "daisy", "ruby", "amber",
            "penny", "robin", "rob", "bob", "art", "miles", "august", "april", "june", "mercy", "honey", "angel", "star",
            "page", "cole", "dean", "gene", "lane", "max", "norman", "ted", "win", "young", "long", "king", "carter", "baker",
            "major", "marshall", "neil", "gay", "earl", "kit", "reed", "wade", "price", "rock");

    /** The word after {@code from} in lower case, when only one space parts them ("" otherwise). */
    private static String nextWord(String text, int from) {
        if (from + 1 >= text.length() || text.charAt(from) != ' ') {
            return "";
        }
        int end = from + 1;
        while (end < text.length() && (Character.isLetter(text.charAt(end)) || text.charAt(end) == '\'')) {
            end++;
        }
        return text.substring(from + 1, end).toLowerCase(Locale.ROOT);
    }

    /** Words between a determiner and a name that keep it the thing: "the new baby", "his little brother". */
    private static final Set<String> DESCRIBING = Set.of("new", "little", "unborn", "newborn", "young", "old", "big",
            "small", "own", "next", "first", "second");

    static String capitalised(String text, List<String> names) {
        return capitalised(text, names, List.of());
    }

    /**
     * Words after which a child's name that is an everyday word too ("rose", "grace", "will") is the child: the child does
     * or is something ("rose will get hit", "grace is scared"). Typed by a worker about the child the mapping is for, "rose
     * will" is the child; "the water rose" is not, and is left as typed.
     */
    private static final Set<String> A_CHILD_DOES = Set.of("will", "is", "was", "has", "had", "could", "might", "would",
            "can", "cannot", "can't", "cant", "feels", "felt", "gets", "got", "keeps", "kept", "goes", "went", "says", "said",
            "told", "needs", "wants", "likes", "loves", "hates", "misses", "missed", "and", "to", "who", "doesn't", "didn't",
            "isn't", "wasn't", "won't", "wont");

    /** As {@link #capitalised(String, List)}; a child's name that is an everyday word is written as a name where it is one. */
    static String capitalised(String text, List<String> names, List<String> children) {
        if (names.isEmpty()) {
            return text;
        }
        Set<String> lower = new java.util.HashSet<>();
        names.forEach(n -> lower.add(n.toLowerCase(Locale.ROOT)));
        lower.removeAll(EVERYDAY_WORDS);
        Set<String> everydayChildren = new java.util.HashSet<>();
        children.forEach(c -> everydayChildren.add(c.toLowerCase(Locale.ROOT)));
        everydayChildren.retainAll(EVERYDAY_WORDS);
        var out = new StringBuilder(text);
        String previous = "";
        String beforePrevious = "";
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                if (!Character.isWhitespace(text.charAt(i))) {
                    previous = ""; // "on her own, liam goes": a comma or full stop between, so "her" is no determiner of it
                    beforePrevious = "";
                }
                i++;
                continue;
            }
            int end = i;
            // "lily-mae": a hyphen between letters is inside a double-barrelled name, read as one word.
            while (end < text.length() && (Character.isLetter(text.charAt(end)) || (text.charAt(end) == '\''
                    || text.charAt(end) == '-') && end + 1 < text.length() && Character.isLetter(text.charAt(end + 1)))) {
                end++;
            }
            String word = text.substring(i, end);
            String key = word.endsWith("'s") ? word.substring(0, word.length() - 2) : word;
            boolean named = lower.contains(key) || key.endsWith("s") && lower.contains(key.substring(0, key.length() - 1))
                    || everydayChildren.contains(key) && (word.endsWith("'s") || A_CHILD_DOES.contains(nextWord(text, end)));
            // "worried that kacey will ...": "that" opens what they fear there, so the name after it is the child's.
            boolean thatOpensAClause = previous.equals("that") && beforePrevious.equals("worried");
            boolean aThing = DETERMINERS.contains(previous) && !thatOpensAClause
                    || DESCRIBING.contains(previous) && DETERMINERS.contains(beforePrevious);
            if (named && word.equals(word.toLowerCase(Locale.ROOT)) && !aThing) {
                out.setCharAt(i, Character.toUpperCase(word.charAt(0)));
                for (int hyphen = word.indexOf('-'); hyphen >= 0; hyphen = word.indexOf('-', hyphen + 1)) {
                    out.setCharAt(i + hyphen + 1, Character.toUpperCase(word.charAt(hyphen + 1))); // "Lily-Mae"
                }
            }
            beforePrevious = previous;
            previous = word.toLowerCase(Locale.ROOT);
            i = end;
        }
        return out.toString();
    }
}
