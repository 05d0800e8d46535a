package org.practiceassistant.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who is worried given as a long list of people, the way workers answer "who is worried?" when they have been asked
 * nothing else: "The police officer who attended, the neighbour Mr Patel, Ellis's teacher Miss Greaves, my manager and
 * I. Leanne's mother Sandra is also worried." Each item may carry a note about the person ("who attended", "(foster
 * carers)", "says she's worried about what the kids saw"); the note is dropped and the people kept. Before, a list
 * longer than sixteen words, or with a verb in it, was neither who nor a fear, and the worker was asked the same
 * question until they gave up.
 */
final class PeopleListed {

    private PeopleListed() {}

    /** Something that could happen: a list with one of these holds a fear, and is read as a whole worry elsewhere. */
    private static final Pattern FUTURE = Pattern.compile(
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
     * The people an answer lists, said as a subject ("Mr Doyle, Asha, Ionut and I"), when it is a list of at least two
     * items of which most name a person and nothing in it could happen; otherwise empty.
     */
    static Optional<String> who(String typed) {
        // "the foster carers Mr and Mrs Okonjo" is one item: the "and" between two titles does not part people.
        String text = MR_AND_MRS.matcher(WhoIsWorried.withoutBracketed(typed.strip())).replaceAll("$1\u00a0and\u00a0$2");
        if (text.isEmpty() || text.contains("?") || FUTURE.matcher(text).find()) {
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
        return WhoIsWorried.trimBreaks(said.strip());
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

    static String verbFor(String who) {
        String lower = who.toLowerCase(Locale.ROOT);
        return lower.equals("i") ? "am" : StatementComposer.isSeveral(who) ? "are" : "is";
    }
}
