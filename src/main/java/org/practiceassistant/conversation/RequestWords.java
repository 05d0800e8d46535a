package org.practiceassistant.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.practiceassistant.system.text.EnglishWords;
import org.practiceassistant.system.text.SlippedWords;
import org.practiceassistant.system.text.TypingSlips;

/**
 * Reads whether a short message asks the bot to DO something to a thing ("can u check my plan pls", "help
 * me write a safety goal", "need my plan checking before core group"), rather than asks a question about
 * it ("how do I check a plan has a contingency", "what should be in a danger statement"). A feature names
 * its verbs and its things; the message is a request when it has one of each, does not open as a question
 * (how, what, why, is, does ...), and asks nothing that wants explaining (understand, explain, mean,
 * difference, example, whether something is allowed or counts). Token lists only, no pattern over the text, and no more than the first 46 words read.
 */
public final class RequestWords {

    /** Longer than any request people type: a long message is a question with context, or a paste. */
    private static final int MOST_WORDS = 45;

    /** Openings that make a question of what follows, once greetings and "quick q" are set aside. */
    private static final Set<String> QUESTION_OPENERS = Set.of("how", "what", "whats", "what's", "why", "when", "where", "which",
            "who", "whose", "is", "are", "does", "do", "should", "must", "shall", "if", "wat", "whether", "did", "was", "were",
            // Openers typed with a slip: "dose core group have to start with ...", "shoud the plan ...".
            "dose", "shoud", "wht", "waht", "hw");
    /* Words at the start that say nothing yet: "hi", "quick one", "sorry", "NQSW here". */
    private static final Set<String> PREAMBLE = Set.of("hi", "hey", "hello", "hiya", "heya", "morning", "afternoon", "quick", "q",
            "one", "question", "sorry", "please", "pls", "plz", "ok", "okay", "right", "so", "um", "hmm", "nqsw", "here");
    /** Asking for an explanation, not for the work: such a message is a question whatever its verbs. */
    private static final Set<String> WANTS_EXPLAINING = Set.of("understand", "explain", "explained", "mean", "means", "meaning",
            "difference", "differences", "example", "examples", "definition", "define", "what", "whats", "what's", "why", "whether",
            "should", "supposed", "guidance", "policy", "allowed", "counted", "counts");
    /* A question asked part way through: "for a CLA case do we still write danger statements or is it success goals". */
    private static final List<List<String>> QUESTION_WITHIN = Stream.of("do we", "do i", "or is it", "or are they", "or do", "or does")
            .map(RequestWords::tokens).toList();
    /*
     * Words after the opening that read as one word: the mapping's own headings name a part of the mapping, not a question
     * ("help me draft what's working well and what we're worried about" reads "mapping"); "where do i start" after a
     * request asks to be started ("start"), not a question asked part way through.
     */
    private static final Map<List<String>, String> READ_AS_ONE = Stream.of(
            Map.entry("what's working well", "mapping"), Map.entry("whats working well", "mapping"),
            Map.entry("what is working well", "mapping"), Map.entry("what's going well", "mapping"),
            Map.entry("what is going well", "mapping"), Map.entry("what we're worried about", "mapping"),
            Map.entry("what we are worried about", "mapping"), Map.entry("what are we worried about", "mapping"),
            Map.entry("what needs to happen", "mapping"), Map.entry("where do i start", "start"),
            Map.entry("where do i begin", "start"), Map.entry("where to start", "start"),
            Map.entry("where do i even start", "start"), Map.entry("where do i even begin", "start"),
            Map.entry("where to even start", "start"), Map.entry("where to begin", "start"),
            Map.entry("where to even begin", "start"),
            // "could you draft a safety goal I can use as an example in supervision": what the work is for, not a request for
            // an example.
            Map.entry("as an example", "as"))
            .collect(Collectors.toUnmodifiableMap(e -> tokens(e.getKey()), Map.Entry::getValue));
    /* "do a mapping with me", "do my plan": "do" giving an instruction, not asking ("do we ...", "do the plans have to ..."). */
    private static final Set<String> DONE_TO = Set.of("a", "an", "my", "some", "me", "one");

    private final List<List<String>> verbs;
    private final List<List<String>> things;
    private final List<List<String>> notWith;
    private final SlippedWords longThings;
    private final SlippedWords shorterThings;
    private final Predicate<String> meantAsTyped;
    /* Things this long or longer are read through one slip. */
    private static final int LONGEST_EXACT = 8;
    /* Shorter things, and words typed this long or longer, are read through one slip when the word typed is no word. */
    private static final int SHORTEST_READ_THROUGH_A_SLIP = 5;

    /**
     * @param verbs   the actions, each one or more words ("check", "look over", "up to standard")
     * @param things  what they are done to ("plan", "danger statement", "goals")
     * @param notWith words that give the message to another feature ("check" is never a request to write)
     */
    public RequestWords(List<String> verbs, List<String> things, List<String> notWith) {
        this(verbs, things, notWith, word -> true, false);
    }

    /**
     * As {@link #RequestWords(List, List, List)}, and a thing of {@value #SHORTEST_READ_THROUGH_A_SLIP} to
     * {@value #LONGEST_EXACT} letters is read through one slip too ("maping" is "mapping") when the word typed is not one
     * {@code meantAsTyped} knows: an English word ("napping", "goats") means what it says. The first letter is kept as typed.
     *
     * @param meantAsTyped true for a word someone meant as they typed it (an English word list)
     */
    public RequestWords(List<String> verbs, List<String> things, List<String> notWith, Predicate<String> meantAsTyped) {
        this(verbs, things, notWith, meantAsTyped, true);
    }

    private RequestWords(List<String> verbs, List<String> things, List<String> notWith, Predicate<String> meantAsTyped,
            boolean hasAWordList) {
        this.hasAWordList = hasAWordList;
        this.meantAsTyped = meantAsTyped;
        this.verbs = verbs.stream().map(RequestWords::tokens).toList();
        this.things = things.stream().map(RequestWords::tokens).toList();
        this.notWith = notWith.stream().map(RequestWords::tokens).toList();
        this.longThings = SlippedWords.of(oneWords(this.things, LONGEST_EXACT, Integer.MAX_VALUE), word -> TypingSlips.of(word, 1));
        this.shorterThings = SlippedWords.of(oneWords(this.things, SHORTEST_READ_THROUGH_A_SLIP, LONGEST_EXACT - 1),
                word -> TypingSlips.keepingFirstLetter(word, 1));
        this.slippedVerbs = SlippedWords.of(oneWords(this.verbs, SHORTEST_SLIPPED_VERB, Integer.MAX_VALUE),
                word -> TypingSlips.keepingFirstLetter(word, 1));
        // The words of the verbs and things, phrases too ("hlep me", "walk me trhough"), not yet read through a slip above.
        List<String> phraseWords = Stream.concat(this.verbs.stream(), this.things.stream()).flatMap(List::stream)
                .filter(word -> word.length() >= SHORTEST_UNAMBIGUOUS_SLIP && word.chars().allMatch(Character::isLetter))
                .filter(word -> !longThings.contains(word) && !shorterThings.contains(word) && !slippedVerbs.contains(word))
                .distinct().toList();
        this.unambiguousSlips = SlippedWords.of(phraseWords, word -> TypingSlips.keepingFirstLetter(word, 1));
        this.verbWords = SlippedWords.of(this.verbs.stream().flatMap(List::stream)
                .filter(word -> word.length() >= SHORTEST_UNAMBIGUOUS_SLIP && word.chars().allMatch(Character::isLetter))
                .distinct().toList(), word -> TypingSlips.keepingFirstLetter(word, 1));
        this.everyWord = Stream.concat(this.verbs.stream(), this.things.stream()).flatMap(List::stream)
                .filter(word -> word.length() >= SHORTEST_UNAMBIGUOUS_SLIP).collect(Collectors.toUnmodifiableSet());
    }

    /*
     * "wrtie", "cehck", "hlep me", "walk me trhough", "goaal": any other word of the verbs and things, of four letters or more,
     * typed one slip away, first letter as typed, read as that word when two neighbouring letters are swapped ("hepl", "gola")
     * or when no English word is one slip from what was typed but the one meant: "writen" is one slip from "written" as well as "write", "wite" from "white", "wide" and "with",
     * so neither is read as "write". Only where a list of the words people mean as typed guards it.
     */
    private static final int SHORTEST_UNAMBIGUOUS_SLIP = 4;
    private final SlippedWords unambiguousSlips;
    /* Every word of the verbs, four letters or more, for reading a verb beside a thing already named. */
    private final SlippedWords verbWords;
    private final Set<String> everyWord;
    private final boolean hasAWordList;

    /*
     * "help writting safety goals ...": a one-word verb of seven letters or more ("writing", "drafting") typed one slip away,
     * read as the verb, only where a list of words meant as typed guards it (never an English word), first letter as typed.
     * Shorter verbs are too close to other words: "writen" in "whose words should the plan be writen in" is not "write".
     */
    private static final int SHORTEST_SLIPPED_VERB = 7;
    private final SlippedWords slippedVerbs;

    /** The one-word phrases of {@code phrases} from {@code shortest} to {@code longest} letters. */
    private static List<String> oneWords(List<List<String>> phrases, int shortest, int longest) {
        return phrases.stream().filter(phrase -> phrase.size() == 1).map(List::getFirst)
                .filter(word -> word.length() >= shortest && word.length() <= longest).toList();
    }

    /* The kinds a goal or plan is named by, right before it: "safety goal", "CP plan", "wellbeing goal". */
    private static final Set<String> KINDS = Set.of("safety", "success", "wellbeing", "danger", "worry", "cp", "cin", "care",
            "protection", "pathway");
    private static final SlippedWords GOAL_OR_PLAN = SlippedWords.of(List.of("goal", "plan", "goals", "plans"),
            word -> TypingSlips.keepingFirstLetter(word, 1));
    /* "my plaan", "my pkan": after whose it is, a word that is no English word is read the same way. */
    private static final Set<String> OWNERS = Set.of("my", "our", "this", "the");
    /* "gol", "pln": three letters typed are enough right after a kind. */
    private static final int SHORTEST_AFTER_A_KIND = 3;

    /**
     * "safety goa", "wellbeing gosl", "cp pln", "success pan": right after its kind, a word one slip (any kind, first letter as
     * typed) from "goal" or "plan" is that word, English or not, as no other word is written there; the words are too short
     * to read through a slip anywhere else ("goat", "pan").
     */
    public static List<String> thingsAfterAKind(List<String> words) {
        List<String> read = new ArrayList<>(words);
        for (int i = 1; i < read.size(); i++) {
            String word = read.get(i);
            boolean afterAKind = KINDS.contains(read.get(i - 1))
                    || OWNERS.contains(read.get(i - 1)) && !EnglishWords.contains(word);
            if (afterAKind && word.length() >= SHORTEST_AFTER_A_KIND && !GOAL_OR_PLAN.contains(word)
                    && !KINDS.contains(word) && word.chars().allMatch(Character::isLetter)) {
                String meant = GOAL_OR_PLAN.slippedSameLengthFirst(word);
                read.set(i, meant == null ? word : meant);
            }
        }
        return read;
    }

    /** True when {@code message} asks for one of the verbs to be done to one of the things. */
    public boolean asks(String message) {
        List<String> words = thingsAfterAKind(tokens(message).stream().map(this::spelledAsAThing).toList());
        if (words.isEmpty() || words.size() > MOST_WORDS) {
            return false;
        }
        if (opensAsAQuestion(words)) {
            return false;
        }
        words = readAsOne(words);
        if (wantsExplaining(words) || containsAny(words, QUESTION_WITHIN)) {
            return false;
        }
        if (!containsAny(words, things) || containsAny(words, notWith)) {
            return false;
        }
        return containsAVerb(words) || containsAVerb(verbsThroughASlip(words));
    }

    /*
     * "wrie a danger statement", "srart a mapping", "hellp me draf one": beside a thing already named, a word that is no English
     * word and one slip (any kind, first letter as typed) from a word of the verbs is read as that word, though an English word
     * is one slip from it too ("wire", "smart"): the thing named says the message is about the work, so the verb is the one
     * meant. Without a thing, the stricter reading above stands ("whose words should the plan be writen in").
     */
    private List<String> verbsThroughASlip(List<String> words) {
        if (!hasAWordList) {
            return words;
        }
        List<String> read = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            // A verb is read where a verb stands: before the work ("wrie a danger statement"), not as its kind ("wory statement").
            boolean beforeAThing = i + 1 < words.size() && startsAThing(words.subList(i + 1, words.size()));
            String verb = word.length() < SHORTEST_UNAMBIGUOUS_SLIP || word.length() > LONGEST_SLIPPED_WORD || everyWord.contains(word)
                    || meantAsTyped.test(word) || beforeAThing ? null : verbWords.slipped(word);
            read.add(verb == null ? word : verb);
        }
        return read;
    }

    private boolean startsAThing(List<String> words) {
        return things.stream().anyMatch(thing -> words.size() >= thing.size() && words.subList(0, thing.size()).equals(thing));
    }

    /**
     * True when {@code message} names one of the verbs and one of the things and asks for nothing explained, however it
     * opens: for a feature that has other signs the work is wanted now ("how do i write one, i've got to get one done today").
     */
    public boolean names(String message) {
        List<String> words = thingsAfterAKind(tokens(message).stream().map(this::spelledAsAThing).toList());
        if (words.isEmpty() || words.size() > MOST_WORDS) {
            return false;
        }
        words = readAsOne(words);
        return !wantsExplaining(words) && containsAVerb(words) && containsAny(words, things)
                && !containsAny(words, notWith);
    }

    /*
     * "my plan has nothing in it about what the family will do", "it doesn't say what mum will do": "what" after these
     * words tells what something says, it asks nothing.
     */
    private static final Set<String> TELLS = Set.of("about", "say", "says", "said", "show", "shows",
            // "dont no what to put first", "help me work out what to ask", "not sure what to write": what the worker has yet to
            // find, asked of the bot as work to do, not a question about the guidance.
            "know", "no", "sure", "unsure", "out", "idea");

    /*
     * "waht happens with the draft", "wha does it need", "can you explian": an explaining word of four letters or more typed
     * one slip away (three letters typed or more, first letter as typed, the word typed no English word) still asks for an explanation; otherwise a request word read through
     * a slip beside it would make a request of a question.
     */
    private static final SlippedWords SLIPPED_EXPLAINING = SlippedWords.of(WANTS_EXPLAINING.stream()
            .filter(word -> word.length() >= SHORTEST_UNAMBIGUOUS_SLIP && word.chars().allMatch(Character::isLetter))
            .sorted().toList(), word -> TypingSlips.keepingFirstLetter(word, 1));

    private static String explainingAsMeant(String word) {
        if (WANTS_EXPLAINING.contains(word) || word.length() < SHORTEST_SLIPPED_OPENER || EnglishWords.contains(word)) {
            return word;
        }
        String meant = SLIPPED_EXPLAINING.slipped(word);
        return meant == null ? word : meant;
    }

    private static boolean wantsExplaining(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            boolean told = word.equals("what") && i > 0 && TELLS.contains(words.get(i - 1));
            if (WANTS_EXPLAINING.contains(word) && !told) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code words} with each phrase of {@link #READ_AS_ONE} read as its one word, an explaining word typed with a slip read
     * first as the word it is ("whst are we worried about" is the mapping's heading).
     */
    private static List<String> readAsOne(List<String> typed) {
        List<String> words = typed.stream().map(RequestWords::explainingAsMeant).toList();
        List<String> read = new ArrayList<>(words.size());
        int i = 0;
        outer:
        while (i < words.size()) {
            for (var phrase : READ_AS_ONE.entrySet()) {
                List<String> p = phrase.getKey();
                if (i + p.size() <= words.size() && words.subList(i, i + p.size()).equals(p)) {
                    read.add(phrase.getValue());
                    i += p.size();
                    continue outer;
                }
            }
            read.add(words.get(i++));
        }
        return read;
    }

    /**
     * True when {@code text} opens as a question, once greetings and "quick q" are set aside: "does the standard want
     * them SMART" after a label is a question about goals, not a goal.
     */
    public static boolean opensAsAQuestion(String text) {
        return opensAsAQuestion(tokens(text));
    }

    private static boolean opensAsAQuestion(List<String> words) {
        int start = 0;
        while (start < words.size() && PREAMBLE.contains(words.get(start))) {
            start++;
        }
        return start < words.size() && (opensAQuestion(words.get(start)) && !instructs(words, start)
                || asksWhatSomeoneElseCanDo(words, start));
    }

    /*
     * "whst has to be in a care plan", "wha can you do", "shuold the plan ...": an opener of four letters or more typed one
     * slip away (any slip, first letter as typed) still opens a question, when what was typed is no English word. The request
     * words read slips in verbs and things; a question's opening must be read through the same slips, or a slipped check word
     * in a question whose opening is slipped too ("whhat shuld a plan include for a good audit") reads as a request.
     */
    private static final SlippedWords SLIPPED_OPENERS = SlippedWords.of(QUESTION_OPENERS.stream()
            .filter(word -> word.length() >= SHORTEST_UNAMBIGUOUS_SLIP && word.chars().allMatch(Character::isLetter))
            .sorted().toList(), word -> TypingSlips.keepingFirstLetter(word, 1));
    /* "wha", "wht": three letters typed are enough when the opener meant is four. */
    private static final int SHORTEST_SLIPPED_OPENER = 3;

    private static boolean opensAQuestion(String word) {
        if (QUESTION_OPENERS.contains(word)) {
            return true;
        }
        return word.length() >= SHORTEST_SLIPPED_OPENER && word.chars().allMatch(Character::isLetter)
                && !EnglishWords.contains(word) && SLIPPED_OPENERS.slipped(word) != null;
    }

    /*
     * "can early help do a step up without a case mapping", "could the IRO ask for a new plan": "can" asked of someone other
     * than the bot or the worker asks what they may do; "can you / we / i ..." asks for the work.
     */
    private static final Set<String> MAY = Set.of("can", "could");
    private static final Set<String> ASKED_OF_US = Set.of("you", "u", "ya", "we", "i", "someone", "somebody", "anyone", "ur",
            "yall", "please", "pls", "plz", "you'd", "we'd", "i'd", "ye", "yu", "yuo", "uou",
            // "can sum1 check this": someone and anyone as texted.
            "sum1", "some1", "any1", "somone", "anyone's", "sumone");

    private static boolean asksWhatSomeoneElseCanDo(List<String> words, int start) {
        return start + 2 < words.size() && MAY.contains(words.get(start)) && !ASKED_OF_US.contains(words.get(start + 1));
    }

    private static boolean instructs(List<String> words, int start) {
        return words.get(start).equals("do") && start + 1 < words.size() && DONE_TO.contains(words.get(start + 1));
    }

    /**
     * "statment", "statemnet": a long thing typed one slip away (a letter missing, added, changed or two swapped;
     * {@link TypingSlips}) is that thing. Things of {@value #LONGEST_EXACT} letters or more, where one slip makes no
     * other word people would mean; shorter ones ("mapping" is one slip from "napping") only when built with a list of the
     * words people mean as typed and the word typed is not on it, its first letter as typed ("maping").
     */
    private String spelledAsAThing(String typed) {
        String word = swappedBack(typed);
        if (word.length() < SHORTEST_READ_THROUGH_A_SLIP) {
            return word.length() < SHORTEST_UNAMBIGUOUS_SLIP || meantAsTyped.test(word) ? word : unambiguousSlip(word);
        }
        String longThing = word.length() >= LONGEST_EXACT ? longThings.slipped(word) : null;
        if (longThing != null) {
            return longThing;
        }
        if (shorterThings.isEmpty() || shorterThings.contains(word) || slippedVerbs.contains(word) || meantAsTyped.test(word)) {
            return word;
        }
        String shorterThing = shorterThings.slipped(word);
        if (shorterThing != null) {
            return shorterThing;
        }
        String verb = slippedVerbs.slipped(word);
        if (verb != null) {
            return verb;
        }
        return unambiguousSlip(word);
    }

    private String unambiguousSlip(String typed) {
        if (typed.length() < SHORTEST_UNAMBIGUOUS_SLIP || typed.length() > LONGEST_SLIPPED_WORD) {
            return typed;
        }
        String meant = unambiguousSlips.slipped(typed);
        if (meant == null || swappedNeighbours(typed, meant)) {
            return meant == null ? typed : meant;
        }
        for (String other : OneSlip.around(typed)) {
            if (!other.equals(meant) && meantAsTyped.test(other)) {
                return typed;
            }
        }
        return meant;
    }

    /*
     * "cehck", "tihs", "paln": a word of the verbs and things, four letters or more, with two neighbours swapped after the first
     * letter, is that word, with or without a list of words meant as typed: the commonest slip, and one that makes another
     * word by chance too rarely to doubt it (never when the word typed is on that list). Swaps only, so linear in the word.
     */
    private String swappedBack(String typed) {
        if (typed.length() < SHORTEST_UNAMBIGUOUS_SLIP || typed.length() > LONGEST_SWAPPED_WORD || everyWord.contains(typed)) {
            return typed;
        }
        char[] letters = typed.toCharArray();
        for (int i = 1; i + 1 < letters.length; i++) {
            if (letters[i] == letters[i + 1]) {
                continue;
            }
            String swapped = typed.substring(0, i) + letters[i + 1] + letters[i] + typed.substring(i + 2);
            if (everyWord.contains(swapped)) {
                return hasAWordList && meantAsTyped.test(typed) ? typed : swapped;
            }
        }
        return typed;
    }

    private static final int LONGEST_SWAPPED_WORD = 20;

    /* Two neighbouring letters swapped, the commonest slip, makes another word by chance too rarely to doubt it. */
    private static boolean swappedNeighbours(String typed, String meant) {
        if (typed.length() != meant.length()) {
            return false;
        }
        int first = 0;
        while (first < typed.length() && typed.charAt(first) == meant.charAt(first)) {
            first++;
        }
        return first + 1 < typed.length() && typed.charAt(first) == meant.charAt(first + 1)
                && typed.charAt(first + 1) == meant.charAt(first) && typed.substring(first + 2).equals(meant.substring(first + 2));
    }

    /* Longer words are never the short verbs and things read above. */
    private static final int LONGEST_SLIPPED_WORD = 9;

    /** Every spelling one slip from a word, its first letter kept: at most 54 per letter, so linear in the word's length. */
    static final class OneSlip {

        private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz";

        private OneSlip() {}

        static List<String> around(String word) {
            List<String> spellings = new ArrayList<>();
            for (int i = 1; i <= word.length(); i++) {
                String head = word.substring(0, i);
                String tail = word.substring(i);
                if (!tail.isEmpty()) {
                    spellings.add(head + tail.substring(1));
                    if (tail.length() > 1) {
                        spellings.add(head + tail.charAt(1) + tail.charAt(0) + tail.substring(2));
                    }
                }
                for (char c : LETTERS.toCharArray()) {
                    spellings.add(head + c + tail);
                    if (!tail.isEmpty()) {
                        spellings.add(head + c + tail.substring(1));
                    }
                }
            }
            return spellings;
        }
    }

    /** True when one of {@code phrases} (each one or more words) comes, word for word, in {@code text}'s first words. */
    public static boolean mentions(String text, List<String> phrases) {
        return containsAny(tokens(text), phrases.stream().map(RequestWords::tokens).toList());
    }

    /*
     * "can i share the draft danger statement with the school", "my draft plan": a one-word verb between one of these and the
     * thing names the thing's state, it asks nothing to be done ("can you grade this against the audit tool" names no thing
     * after "audit", which still asks for one).
     */
    private static final Set<String> NAMING = Set.of("the", "my", "our", "your", "his", "her", "their", "this", "that", "these");
    /* The thing comes within this many words of the verb made an adjective: "the draft danger statement". */
    private static final int ADJECTIVE_BEFORE_THING_WITHIN = 2;

    /** One of the verbs, a one-word verb not made an adjective of the thing after it. */
    private boolean containsAVerb(List<String> words) {
        for (List<String> verb : verbs) {
            for (int i = 0; i + verb.size() <= words.size(); i++) {
                if (words.subList(i, i + verb.size()).equals(verb) && !(verb.size() == 1 && namesTheThingsState(words, i))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean namesTheThingsState(List<String> words, int at) {
        if (at == 0 || !NAMING.contains(words.get(at - 1))) {
            return false;
        }
        for (int next = at + 1; next <= at + ADJECTIVE_BEFORE_THING_WITHIN && next < words.size(); next++) {
            if (startsAThing(words.subList(next, words.size()))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(List<String> words, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            for (int i = 0; i + phrase.size() <= words.size(); i++) {
                if (words.subList(i, i + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first words of {@code text}, lowercase (letters, digits, apostrophes as "'"), everything else a break. An
     * apostrophe inside a word is kept ("what's", "mum's"); one that opens or closes a word is a single quotation mark
     * ("the 'what needs to happen' bit") and is left out, so a quoted heading reads as its words.
     */
    public static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length() && words.size() <= MOST_WORDS; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || c == '\u2018') {
                word.append(c == '\u2019' || c == '\u2018' ? '\'' : c);
            } else {
                addUnquoted(words, word);
            }
        }
        addUnquoted(words, word);
        return words;
    }

    private static void addUnquoted(List<String> words, StringBuilder word) {
        int start = 0;
        int end = word.length();
        while (start < end && word.charAt(start) == '\'') {
            start++;
        }
        while (end > start && word.charAt(end - 1) == '\'') {
            end--;
        }
        if (start < end) {
            words.add(word.substring(start, end));
        }
        word.setLength(0);
    }
}
