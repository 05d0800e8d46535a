package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.system.text.Bracketed;

/**
 * Reads the answer to "who is worried, and what do they fear?" in the shapes workers type it: "The school and I are
 * worried that ...", "Nan and I worry that ...", a list of people and then the fear in its own sentence, "Me, the
 * police and Nan. If nothing changes we are worried ...". Patterns are anchored and bounded (heads of at most 120
 * characters), so matching stays linear in the answer.
 */
final class WhoIsWorried {

    private WhoIsWorried() {}

    /**
     * How worried, said between the verb and "worried": "is a bit worried", "are really worried", "is quite concerned".
     * One qualifier of at most two words, so the pattern stays bounded.
     */
    private static final String HOW_MUCH = "(?:really|very|most|also|all|both|so|quite|more|slightly|particularly|"
            + "especially|extremely|a\\s+bit|a\\s+little|a\\s+lot|also\\s+really|all\\s+really)";

    private static final Pattern WORRY = Pattern.compile(
            "(?is)^(.+?)(?:\\s+(is|are|am|were|was|r)|(['’]re|['’]m))\\s+(?:" + HOW_MUCH + "\\s+)?"
                    + "(?:worried|concerned|scared|afraid|frightened)(?:\\s+too|\\s+as\\s+well)?(?:[,.:;]|\\s+[-\u2013])?\\s+(?:that\\s+|about\\s+)?(.+)$");

    /** "so is nursery, that ...", "and so are the police, ...": one more worried, then the fear (bounded). */
    private static final Pattern SO_IS = Pattern.compile(
            "(?is)^(?:and\\s+)?(?:so|as)\\s+(?:is|are|does|do)\\s+([^,.;]{1,60}),\\s*(?:that\\s+)?(\\S.*)$");

    /** "Nan and I worry that ...", "The school fears Ella will ...": who, then a verb of worrying, then the fear. */
    private static final Pattern WORRY_VERB = Pattern.compile(
            "(?is)^([^.:\\n]{1,120}?)\\s+(?:(?:all|both|also|really|do|still|very)\\s+)?(worry|worries|fear|fears|worried|concerned|think|thinks|believe|believes|feel|feels)"
                    + ",?\\s+(?:that\\s+|about\\s+)?(.+)$");

    /** "Im worried", "i'm worried", "I worried": said as "I am worried". */
    private static String iAm(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String lead : List.of("im ", "i'm ", "i\u2019m ", "i am ", "i ")) {
            if (lower.startsWith(lead) && lower.substring(lead.length()).stripLeading().matches(
                    "(?s)(?:(?:really|very|also|so)\\s+)?(?:worried|concerned)\\b.*")) {
                return "I am " + text.substring(lead.length()).stripLeading();
            }
        }
        return text;
    }

    /** A fear that names its own worrier first: "School are worried Kayden will ...", "mum is frightened it goes to court". */
    private static final Pattern OWN_WORRIER = Pattern.compile(
            "(?i)^([^.,;:]{1,60}?)\\s+(?:is|are|was|were)\\s+(?:also\\s+|really\\s+|very\\s+|more\\s+)?"
                    + "(?:worried|frightened|scared|concerned|afraid)\\b");

    /**
     * Whether the fear opens with who fears it ("School are worried Kayden will fall behind, and mum is frightened ..."):
     * the worker said who is worried, then each one's fear, so the statement says who is worried on its own.
     */
    static boolean opensWithAWorrier(String fear) {
        Matcher m = OWN_WORRIER.matcher(fear.strip());
        if (!m.lookingAt()) {
            return false;
        }
        String who = m.group(1).toLowerCase(Locale.ROOT);
        return who.split("\\s+").length <= 8 && !(" " + who + " ").contains(" if ") && !(" " + who + " ").contains(" that ");
    }

    /** The worry answer split into who is worried, the verb, and what they fear. */
    record Worry(String who, String verb, String fear) {}

    static Optional<Worry> read(String typed) {
        String text = iAm(typed.strip());
        Optional<Worry> listed = listThenWeAreWorried(text);
        if (listed.isPresent()) {
            return listed;
        }
        Matcher m = WORRY.matcher(text);
        if (!m.matches()) {
            return peopleThenFear(text).or(() -> worryVerb(text));
        }
        String verb = m.group(2) != null ? m.group(2).toLowerCase(Locale.ROOT)
                : m.group(3).endsWith("m") ? "am" : "are";
        verb = switch (verb) {
            case "was" -> "is";
            case "r" -> "are";
            case "were" -> "are";
            default -> verb;
        };
        String said = trimBreaks(m.group(1).strip());
        String who = listThenWe(said);
        if (!who.equals(said)) {
            verb = "are";
        }
        String fear = m.group(4).strip();
        // "I'm worried, so is nursery, that Leo ...": the nursery is worried too, about what follows.
        Matcher soIs = SO_IS.matcher(fear);
        if (soIs.matches()) {
            String other = soIs.group(1).strip();
            return Optional.of(new Worry(who.equalsIgnoreCase("I") ? other + " and I" : who + " and " + other, "are",
                    soIs.group(2).strip()));
        }
        // "I am worried, and the school is worried, that ...": both are worried, about what follows the second.
        if (fear.regionMatches(true, 0, "and ", 0, 4)) {
            var second = read(fear.substring(4));
            if (second.isPresent()) {
                String other = second.get().who().replaceAll("[,\\s]+$", "");
                return Optional.of(new Worry(who.equalsIgnoreCase("I") ? other + " and I" : who + " and " + other, "are",
                        second.get().fear()));
            }
        }
        return Optional.of(new Worry(who, verb, fear));
    }

    /** Where "we" say they are worried, after the list of who "we" are. */
    private static final Pattern WE_ARE_WORRIED = Pattern.compile(
            "(?i)\\b(?:we|we['\u2019]re|we are|we're all|we are all|we all|we both)\\s+(?:all\\s+|both\\s+|really\\s+|very\\s+)?"
                    + "(?:are\\s+)?(?:worried|concerned|worry|fear)\\b(?:\\s+that\\b|\\s+about\\b)?[,:]?\\s*");

    /**
     * "Becky at nursery, Mr Ahmed, and me. Darren is worried about money. If nothing changes we are worried Mia and Leo
     * will ...", "Me, the doctor and Debbie. If nothing changes and we dont know how Noah got hurt, we are worried he
     * could ...": a list of people as the first sentence, and later "we are worried": who is the list, the fear what
     * follows "we are worried", with an "if ..." said before it in its sentence kept as the fear's own condition.
     * A sentence between them naming one more person ("Chloe's mum Debbie too.") adds them to who is worried; one
     * about the child ("Tyler says he's scared going home.") is kept after the fear, in the worker's words; one that
     * is someone's own worry about something else ("Darren is worried about money.") is left out.
     */
    private static Optional<Worry> listThenWeAreWorried(String text) {
        Matcher first = PEOPLE_THEN_FEAR.matcher(text);
        if (!first.matches()) {
            return Optional.empty();
        }
        String head = first.group(1).strip();
        String rest = first.group(2);
        if (head.split("\\s+").length > 16 || NOT_A_LIST.matcher(head).find() || NOT_PEOPLE_HEADS.contains(head.toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        Matcher we = WE_ARE_WORRIED.matcher(rest);
        if (!we.find()) {
            return Optional.empty();
        }
        String fear = rest.substring(we.end()).strip();
        int sentenceStart = Math.max(Math.max(rest.lastIndexOf(". ", we.start()), rest.lastIndexOf('\n', we.start())),
                rest.lastIndexOf(": ", we.start()));
        String before = trimBreaks(rest.substring(sentenceStart < 0 ? 0 : sentenceStart + 1, we.start()).strip());
        String lowerBefore = before.toLowerCase(Locale.ROOT);
        boolean onlyIfNothingChanges = IF_NOTHING_CHANGES.contains(lowerBefore);
        if (lowerBefore.startsWith("if ") && !onlyIfNothingChanges) {
            fear = before + ", " + fear;
        } else if (!before.isEmpty() && !onlyIfNothingChanges) {
            return Optional.empty(); // "Mum says we are worried ...": not the list's own words
        }
        if (fear.isEmpty() || !A_FEAR.matcher(fear).find()) {
            return Optional.empty();
        }
        // Sentences between the list and the fear: "Chloe's mum Debbie too." is one more who is worried; any other
        // ("Tyler says he's 'a bit scared' going home.") is kept after the fear, as the worker said it.
        String people = head;
        var asides = new StringBuilder();
        String between = sentenceStart < 0 ? "" : rest.substring(0, sentenceStart + 1).strip();
        for (String said : between.split("(?<=[.!?])\\s+|\\n+")) {
            String sentence = trimBreaks(said.strip());
            if (sentence.isEmpty()) {
                continue;
            }
            Optional<String> alsoWorried = alsoWorried(sentence);
            if (alsoWorried.isPresent()) {
                people = withOneMore(people, alsoWorried.get());
            } else if (!opensWithAWorrier(sentence)) {
                // "Darren is worried about money": someone's own worry about something else is not this fear; left out.
                asides.append(". ").append(sentence);
            }
        }
        String who = listThenWe(people);
        String lower = who.toLowerCase(Locale.ROOT);
        String verb = verbFor(who);
        return Optional.of(new Worry(lower.equals("me") ? "I" : who, verb, asides.isEmpty() ? fear : trimBreaks(fear) + asides + "."));
    }

    /**
     * Who is worried said alone, with no fear yet: "police, school, HV, grandma Denise, me" or "the school and I". A
     * short list (at most 16 words) with no verb of its own ({@link #NOT_A_LIST}) and nothing that could happen
     * ({@link #A_FEAR}); the coach then asks what they fear. The fear of the returned worry is empty.
     */
    static Optional<Worry> whoAlone(String typed) {
        String text = trimBreaks(typed.strip());
        // "Zara's school (Mrs Lowes and the DSL Mr Grant), ...": a bracket says who is meant, it adds no one to count.
        String counted = Bracketed.removed(text);
        if (text.isEmpty() || counted.length() > 160 || counted.split("\\s+").length > 16 || text.contains("?")
                || NOT_A_LIST.matcher(text).find() || A_FEAR.matcher(text).find()) {
            return Optional.empty();
        }
        String who = withoutHowMuch(withoutWorriedWords(text));
        String lower = who.toLowerCase(Locale.ROOT);
        if (lower.equals("we") || NOT_PEOPLE_HEADS.contains(lower) || !FamilyAndSupport.namesAPerson(who)
                || RECORDS.contains(lower.substring(lower.lastIndexOf(' ') + 1))) {
            return Optional.empty();
        }
        String verb = verbFor(who);
        return Optional.of(new Worry(lower.equals("me") ? "I" : who, verb, ""));
    }

    /**
     * What they fear, said alone after the coach asked for it: "that Ella will be hurt", "we worry Ella will be hurt",
     * "Ella will be hurt" all keep "Ella will be hurt".
     */
    static String fearAlone(String typed) {
        String fear = WE_WORRY.matcher(typed.strip()).replaceFirst("").strip();
        return fear.isEmpty() ? typed.strip() : fear;
    }

    /** Whether an answer without who is worried says something that could happen: a fear, said before who fears it. */
    static boolean soundsLikeAFear(String typed) {
        return A_FEAR.matcher(typed).find() && typed.strip().split("\\s+").length >= 3;
    }

    /** "Chloe's mum Debbie too", "nan as well": a person said after the list to be worried too (no verb of their own). */
    private static Optional<String> alsoWorried(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        for (String tail : List.of(" too", " as well", " is worried too", " is also worried", " is worried as well")) {
            if (lower.endsWith(tail) && lower.length() > tail.length()) {
                String who = sentence.substring(0, sentence.length() - tail.length()).strip();
                if (!who.isEmpty() && who.split("\\s+").length <= 6 && !NOT_A_LIST.matcher(who).find()) {
                    return Optional.of(who);
                }
            }
        }
        return Optional.empty();
    }

    /** "police, nursery and me" with Debbie: "police, nursery, Debbie and me", the list still closing with its own last. */
    private static String withOneMore(String people, String more) {
        int and = people.toLowerCase(Locale.ROOT).lastIndexOf(" and ");
        return and < 0 ? people + " and " + more : people.substring(0, and) + ", " + more + people.substring(and);
    }

    /** "Nan and I worry that Ella will ...": the people before the verb (no sentence of their own), then the fear. */
    private static Optional<Worry> worryVerb(String text) {
        Matcher m = WORRY_VERB.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String head = m.group(1).strip();
        String fear = m.group(3).strip();
        if (head.split("\\s+").length > 16 || NOT_A_LIST.matcher(head).find() || NOT_PEOPLE_HEADS.contains(
                head.toLowerCase(Locale.ROOT)) || fear.matches("(?is)(?:is|was|are|were)\\b.*") || !A_FEAR.matcher(fear).find()) {
            return Optional.empty(); // "The worry is that ...": no one said
        }
        String who = listThenWe(head);
        String lower = who.toLowerCase(Locale.ROOT);
        if (lower.equals("we")) {
            return Optional.empty(); // "we worry that": who "we" are is not said
        }
        String verb = verbFor(who);
        return Optional.of(new Worry(lower.equals("me") ? "I" : who, verb, fear));
    }

    /** Something that could happen: a list with one of these holds a fear, and is read as a whole worry elsewhere. */
    private static final Pattern COULD_HAPPEN = Pattern.compile(
            "(?i)\\b(?:will|could|might|would|going to|gonna|won['\u2019]?t|end up|at risk|risk of)\\b|['\u2019]ll\\b");

    /** Where the note about a person starts: a relative word or a verb of their own ("who attended", "says", "is"). */
    private static final Pattern NOTE = Pattern.compile(
            "(?i)\\s(?:who|that|which|from|is|are|was|were|has|have|had|says|said|thinks|feels|mentioned|raised"
                    + "|rang|called|did|does|also|too|as well|worried|concerned|at)\\b");

    /** Words that open an item without naming anyone: "now the cp social worker josh", "also nan". */
    private static final Pattern LEADING = Pattern.compile("(?i)^(?:now|also|even|plus|and|then)\\s+");

    /** The worker named again by role after "me": "and me, the social worker" is one person. */
    private static final Pattern MY_ROLE = Pattern.compile(
            "(?i)^(?:the|your|a)\\s+(?:\\w+\\s+)?(?:social\\s+worker|worker|sw|family\\s+worker|practitioner)$");

    private static final int MAX_ITEMS = 14;

    /** A verb in the past with words after it, left in an item once its note is cut ("Ruby missed school"; "Mr Ahmed" is a name): the answer tells what happened. */
    private static final Pattern DONE = Pattern.compile("(?i)\\s\\p{L}{2,}ed\\s+\\p{L}");

    private static final Pattern MR_AND_MRS = Pattern.compile("(?i)\\b(mr|mrs|ms|miss)\\s+and\\s+(mr|mrs|ms|miss)\\b");

    /**
     * Who is worried given as a long list of people, the way workers answer "who is worried?" when they have been asked
     * nothing else: "The police officer who attended, the neighbour Mr Patel, Ellis's teacher Miss Greaves, my manager and
     * I. Leanne's mother Sandra is also worried." Each item may carry a note about the person ("who attended", "(foster
     * carers)", "says she's worried about what the kids saw"); the note is dropped and the people kept. The people said as
     * a subject ("Mr Doyle, Asha, Ionut and I"), when it is a list of at least two items of which most name a person and
     * nothing in it could happen; otherwise empty.
     */
    static Optional<String> listed(String typed) {
        // "the foster carers Mr and Mrs Okonjo" is one item: the "and" between two titles does not part people.
        String text = MR_AND_MRS.matcher(Bracketed.removed(typed.strip())).replaceAll("$1\u00a0and\u00a0$2");
        if (text.isEmpty() || text.contains("?") || COULD_HAPPEN.matcher(text).find()) {
            return Optional.empty();
        }
        var people = new ArrayList<String>();
        int items = 0;
        for (String sentence : text.split("[.;\\n]+\\s*")) {
            for (String item : sentence.split(",\\s*(?:and\\s+)?|\\s+and\\s+|\\s+&\\s+")) {
                String said = person(item);
                if (said.isEmpty()) {
                    continue;
                }
                if (DONE.matcher(said).find()) {
                    return Optional.empty(); // "Ruby missed school, and mum was asleep": what happened, not who
                }
                items++;
                if (!FamilyAndSupport.namesAPerson(said)) {
                    continue;
                }
                String lastSaid = people.isEmpty() ? "" : people.getLast();
                if (lastSaid.equals("I") && MY_ROLE.matcher(said).matches()) {
                    continue;
                }
                said = said.replace('\u00a0', ' ');
                people.add(said.equalsIgnoreCase("me") || said.equalsIgnoreCase("myself") ? "I" : said);
            }
        }
        if (people.size() < 2 || items > MAX_ITEMS || people.size() * 3 < items * 2) {
            return Optional.empty();
        }
        return Optional.of(asSubject(people));
    }

    /** One item without its note and leading joining words; empty when nothing is left. */
    private static String person(String item) {
        String said = LEADING.matcher(item.strip()).replaceFirst("");
        var note = NOTE.matcher(" " + said);
        if (note.find()) {
            said = (" " + said).substring(0, note.start()).strip();
        }
        return trimBreaks(said.strip());
    }

    /** "a, b, I, c" as "a, b, c and I": the worker last, as a subject is said. */
    private static String asSubject(List<String> people) {
        var others = new ArrayList<String>();
        boolean me = false;
        for (String p : people) {
            if (p.equals("I")) {
                me = true;
            } else if (!others.contains(p)) {
                others.add(p);
            }
        }
        if (me) {
            others.add("I");
        }
        if (others.size() == 1) {
            return others.getFirst();
        }
        return String.join(", ", others.subList(0, others.size() - 1)) + " and " + others.getLast();
    }

    /** "we are worried", "we're all concerned": who is worried said as "we" alone, with no one named and no fear. */
    private static final Pattern ONLY_WE = Pattern.compile(
            "(?i)^(?:we|we['\u2019]re|they|they['\u2019]re|everyone|everybody|all of us)\\s*(?:are|is|am|r)?\\s*(?:all|both|really|very)?"
                    + "\\s*(?:worried|concerned|worry)?[.!]*$");

    /** Whether the answer is only "we are worried": who "we" are is still to say, and it is no fear. */
    static boolean onlyWe(String typed) {
        return ONLY_WE.matcher(typed.strip()).matches();
    }

    /** "is", "are" or "am", agreeing with who is worried: "I am", "the school is", "Nan and I are". */
    static String verbFor(String who) {
        String lower = who.toLowerCase(Locale.ROOT);
        return lower.equals("i") || lower.equals("me") ? "am" : StatementComposer.isSeveral(who) ? "are" : "is";
    }

    /** "school register", "police log": a record a team keeps is how someone knows, never who is worried. */
    private static final java.util.Set<String> RECORDS = java.util.Set.of("register", "registers", "records", "record",
            "report", "reports", "log", "logs", "notes", "file", "files", "attendance", "data", "chronology", "letter",
            "letters", "minutes", "figures", "system", "referral", "referrals", "intel", "checks");

    private static final java.util.Set<String> NOT_PEOPLE_HEADS = java.util.Set.of("the", "a", "my", "our", "main", "the main",
            "my main", "our main", "big", "the big", "biggest", "the biggest", "what", "who", "worried", "concerned", "we");

    /**
     * Who is worried said as a list of people, then the fear in its own sentence: "School, the health visitor and
     * me. If nothing changes the children could ..." or "Nan and me - we worry that ...". The head (at most 120
     * characters, up to the first full stop, colon or spaced dash) must read as people, not as a sentence of its own
     * (no verb from {@link #NOT_A_LIST}), and the rest must say what could happen ({@link #A_FEAR}).
     */
    private static Optional<Worry> peopleThenFear(String text) {
        Matcher m = PEOPLE_THEN_FEAR.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String head = m.group(1).strip();
        String fear = m.group(2).strip();
        if (head.split("\\s+").length > 16 || NOT_A_LIST.matcher(head).find() || !(A_FEAR.matcher(fear).find()
                || saidAsTheFear(head, fear))) {
            return Optional.empty();
        }
        String who = listThenWe(withoutWorriedWords(head));
        String lower = who.toLowerCase(Locale.ROOT);
        String verb = lower.equals("i") || lower.equals("me") ? "am"
                : lower.contains(",") || lower.contains(" and ") || lower.contains("/") || lower.contains("&") || lower.contains("+")
                ? "are" : "is";
        if (lower.equals("me")) {
            who = "I";
        }
        return Optional.of(new Worry(who, verb, WE_WORRY.matcher(fear).replaceFirst("")));
    }

    /**
     * "pam and me. amber gets let down and hurt every time", "school nurse and school. scared grace gets bullied": asked
     * who is worried and what they fear, a worker who names people and then says, in a sentence of its own, what happens
     * to a child has said the fear, even with no "will" or "could" in it. Only after a head that names people, and a
     * sentence of at least three words with a harm in it ("Nursery and me. Sam likes drawing." is no fear), about someone
     * other than an adult of the family ("dad drinks. mum is out a lot" is two things that happened, not who and a fear).
     */
    private static boolean saidAsTheFear(String head, String fear) {
        String[] words = WE_WORRY.matcher(fear).replaceFirst("").strip().split("\\s+");
        return words.length >= 3 && !FamilyAndSupport.aRelation(words[0].replaceAll("[^\\p{L}]", "")) && HopeNotFear.saysAHarm(fear)
                && FamilyAndSupport.namesAPerson(withoutWorriedWords(head)) && !fear.contains("?");
    }

    /** The people, up to the first ". ", ": " or spaced dash (bounded, so matching stays linear in the answer). */
    private static final Pattern PEOPLE_THEN_FEAR = Pattern.compile("(?s)^([^.:;\\n]{2,120}?)(?:[.:;]\\s+|\\s*\\n\\s*|\\s[-\u2013]\\s+)(\\S.*)$");

    /** A head with one of these is a sentence (what happened, what someone did), not a list of people. */
    private static final Pattern NOT_A_LIST = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|will|would|could|did|does|do|said|says|told|went|got|hit|am|im|i['\u2019]m"
                    // "i havent met them yet": a verb said with "not" is a verb too; the worker is saying something, not listing.
                    + "|(?:have|has|do|does|did|is|are|was|were)n['\u2019]?t|(?:ca|wo)n['\u2019]?t)\\b");

    /** What the fear sentence must hold: something that could happen. */
    private static final Pattern A_FEAR = Pattern.compile(
            "(?i)(?:\\b(?:will|could|might|may|would|going to|worr(?:y|ied)|fear|concerned|if|won['\u2019]?t|can['\u2019]?t"
                    + "|likely|at risk|risk of|end up|keep|carry on|get worse)\\b|['\u2019]ll\\b"
                    + "|^that\\s|\\b(?:getting|get|being|be)\\s+(?:hurt|harmed|injured|exploited|abused|hit))");

    /** "We worry that", "we all fear": the list already said who. */
    private static final Pattern WE_WORRY = Pattern.compile(
            "(?i)^(?:(?:if nothing changes|if things don['\u2019]?t change),?\\s+)?(?:we|they)\\s+(?:all\\s+|both\\s+)?"
                    + "(?:(?:are|['\u2019]re)\\s+(?:all\\s+|both\\s+|really\\s+)?(?:worried|concerned|scared)|worry|fear|think)\\s+(?:that\\s+)?"
                    + "|^(?:(?:are|is|am)\\s+)?(?:all\\s+|both\\s+|really\\s+|very\\s+)?(?:worried|concerned|scared|afraid|frightened)(?:\\s+that|\\s+about)?[,:]?\\s+"
                    + "|^(?:(?:the|our|my|main|the main|our main)\\s+)?(?:worry|fear|concern)\\s+is\\s+(?:that\\s+)?|^that\\s+");

    /** Words in a list of people that say they are worried: "nursery worried, me too" lists the nursery and me. */
    private static final java.util.Set<String> WORRIED_WORDS = java.util.Set.of("worried", "concerned", "scared", "too",
            "also", "aswell");

    /** "nursery worried, me too": the people without the words saying they are worried ("nursery, me"). */
    static String withoutWorriedWords(String head) {
        var out = new StringBuilder();
        for (String word : head.split(" ")) {
            String bare = word.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
            if (WORRIED_WORDS.contains(bare) && !out.isEmpty()) {
                // the punctuation that parted the people stays: "worried," leaves its comma
                int end = out.length();
                while (end > 0 && out.charAt(end - 1) == ' ') {
                    end--;
                }
                out.setLength(end);
                out.append(word.replaceAll("\\p{L}", "")).append(' ');
            } else {
                out.append(word).append(' ');
            }
        }
        String said = out.toString().strip();
        return said.isEmpty() ? head : said;
    }

    /**
     * "The health visitor, the nursery and me. We are worried ...": the people listed before "We", who are the
     * "we", with "and me" as the subject says it, "and I".
     */
    static String listThenWe(String who) {
        // "school/police/me", "me + school": a list typed with slashes or pluses, said with commas.
        String said = withMeInTheMiddle(withoutHowMuch(withoutTrailingWe(who)).replaceAll("\\s*[/+]\\s*", ", "));
        String lower = said.toLowerCase(Locale.ROOT);
        return lower.endsWith(" and me") ? said.substring(0, said.length() - 2) + "I" : said;
    }

    /**
     * "midwife, me n the police", "nan and me n the virtual school": the worker named in the middle of the list, which
     * chat joins with "n". Said as a list is written, the worker last ("midwife, the police and me"), so the subject
     * reads "..., the police and I" ("police, yot and nan n me" too). Only lists chat joined with "n"; others are kept
     * as said, and the composer puts "I" last.
     */
    private static String withMeInTheMiddle(String who) {
        String[] items = (" " + who + " ").replace(" n ", " , ").replace(" and ", " , ").replace(" & ", " , ").split(",");
        var others = new java.util.ArrayList<String>();
        boolean me = false;
        for (String item : items) {
            String it = item.strip();
            if (it.equalsIgnoreCase("me")) {
                me = true;
            } else if (!it.isEmpty()) {
                others.add(it);
            }
        }
        if (!me || others.size() < 2 || !(" " + who + " ").contains(" n ")) {
            return who;
        }
        others.add("I");
        return asSubject(others);
    }

    /** How much the last of them is worried, said after them: "foster carers a bit", "mum too". */
    private static final List<String> TRAILING_HOW_MUCH = List.of(" a bit", " a little", " slightly", " too", " as well");

    /** "Me, the IRO, foster carers a bit": who is worried, without how much the last one is. */
    private static String withoutHowMuch(String who) {
        String lower = who.toLowerCase(Locale.ROOT);
        for (String tail : TRAILING_HOW_MUCH) {
            if (lower.endsWith(tail) && lower.length() > tail.length() + 1) {
                return trimBreaks(who.substring(0, who.length() - tail.length()));
            }
        }
        return who;
    }

    /* "The school and me. If nothing changes we are worried ...": the list ends where its "we" begins. */
    private static final List<String> IF_NOTHING_CHANGES = List.of("if nothing changes", "if things don't change",
            "if things dont change", "if things do not change");

    private static final List<String> WE = List.of("we are all", "we all", "we both", "we", "they all", "they");
    private static final String BREAKS = ".,;-\u2013\n";

    /**
     * "The school, Nan and me. We", "School and me, we", "Me, the police and Nan. If nothing changes we": the people
     * before the "we" (and a leading "if nothing changes"), when a full stop, comma, semicolon, dash or new line
     * parts them. Unchanged otherwise.
     */
    private static String withoutTrailingWe(String who) {
        String lower = who.toLowerCase(Locale.ROOT);
        for (String we : WE) {
            if (!lower.endsWith(we) || lower.length() == we.length()
                    || Character.isLetter(lower.charAt(lower.length() - we.length() - 1))) {
                continue;
            }
            String rest = trimBreaks(who.substring(0, who.length() - we.length()));
            for (String lead : IF_NOTHING_CHANGES) {
                if (rest.toLowerCase(Locale.ROOT).endsWith(lead)) {
                    rest = trimBreaks(rest.substring(0, rest.length() - lead.length()));
                }
            }
            String cut = who.substring(rest.length());
            boolean parted = cut.chars().anyMatch(c -> BREAKS.indexOf(c) >= 0);
            return parted && !rest.isBlank() ? rest : who;
        }
        return who;
    }

    static String trimBreaks(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || BREAKS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }
}
