package org.practiceassistant.draft;

import java.util.List;
import org.practiceassistant.check.rules.ReadabilityReading;

/**
 * Keeps composed sentences short enough for a family to read: a sentence longer than {@link #MAX_WORDS} words
 * (the worker's fear and what happened, joined into one) is split at a clause boundary near its middle ("; ",
 * ", and ", ", but ", ", so "), the second part starting a sentence of its own. The worker's words are kept;
 * only the joins change. Scans the text, no regular expressions over it.
 */
final class Sentences {

    /**
     * Sentences longer than this are split where they can be: the longest Check's readability rule lets pass in a text
     * with many long words, so a composed sentence passes whatever the worker's words are.
     */
    static final int MAX_WORDS = ReadabilityReading.LONGEST_IN_A_HARD_TEXT;
    /** A comma alone: the last boundary tried, and only before a clause with its own subject and verb. */
    private static final String COMMA = ", ";
    /**
     * "and" with no comma: tried after every other boundary, and like a bare comma only before a clause of its own ("...
     * she has been in bed a lot of the day and Ruby has been doing ..."), never inside "Ruby and Poppy".
     */
    private static final String AND = " and ";
    /** Boundaries, best first, and what the new sentence starts with. */
    private static final List<String[]> BOUNDARIES = List.of(new String[] {"; ", ""}, new String[] {", and ", ""},
            new String[] {", but ", "But "}, new String[] {", so ", "So "}, new String[] {COMMA, ""},
            new String[] {AND, ""});
    /** Parts shorter than this are not worth a sentence of their own. */
    private static final int MIN_PART_WORDS = 6;

    private Sentences() {}

    static String shortened(String text) {
        return shortened(text, 0);
    }

    /**
     * As {@link #shortened(String)}, never splitting in the first {@code keep} characters: who is worried ("Me,
     * the health visitor Jo Anand, and the police") or who will act is one subject, not two sentences.
     */
    static String shortened(String text, int keep) {
        // Check's own limit for this text: over it a sentence is split even where the part after the join has no subject.
        int limit = ReadabilityReading.longestPassing(text);
        var out = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || (".!?".indexOf(text.charAt(i)) >= 0
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
            if (end) {
                String sentence = text.substring(start, Math.min(i + 1, text.length()));
                out.append(split(sentence, Math.max(0, keep - start), 0, limit));
                start = i + 1;
            }
        }
        return out.toString();
    }

    /**
     * A worker's answer typed as a dashed list ("- Brenda comes Mondays; - Tracey does a wash on Saturday"): each item a
     * sentence of its own ("Brenda comes Mondays. Tracey does a wash on Saturday"). Kept as typed, the list is one
     * sentence to a reader and to Check's readability rule, however short its items. Only a dash opening the text or an
     * item (after "; ", ". " or ", ") is a list mark; a dash inside a sentence ("mum - who is lovely - ") stays. One scan.
     */
    static String listItemsAsSentences(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            boolean atStart = out.isEmpty() && text.startsWith("- ", i);
            if (atStart) {
                i += 2;
                continue;
            }
            char c = text.charAt(i);
            if ((c == ';' || c == '.' || c == ',') && text.startsWith(" - ", i + 1)) {
                out.append(c == ';' ? '.' : c).append(' ');
                i += 4;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }

    /** Words before a full stop that is no sentence end: "e.g. school", "approx. 3 times", "Mrs. Khan". */
    private static final java.util.Set<String> ABBREVIATED = java.util.Set.of("e.g", "eg", "i.e", "ie", "approx", "vs",
            "st", "mr", "mrs", "ms", "dr", "incl", "ref", "tel");

    /**
     * Each sentence opening with a capital, and "i" as a word written "I": workers type in lower case ("... by 25th.
     * kerry to see the doctor"), and a sentence that starts in lower case is, to a reader and to Check's sentence
     * splitter, the same sentence going on. A quote mark before the first letter is passed over. One scan.
     */
    static String capitalisedStarts(String text) {
        var out = new StringBuilder(text);
        var dated = new java.util.ArrayList<Integer>();
        boolean start = true;
        int wordStart = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (start && Character.isDigit(c) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && opensWithADate(text, i)) {
                dated.add(i);
            }
            if (Character.isLetter(c)) {
                if (start && Character.isLowerCase(c)) {
                    out.setCharAt(i, Character.toUpperCase(c));
                }
                if (!start && c == 'i' && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (i + 1 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 1)) && text.charAt(i + 1) != '.')) {
                    out.setCharAt(i, 'I'); // "i" alone or as "i'm", "i've"
                }
                start = false;
            } else if (".!?".indexOf(c) >= 0 && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                String before = text.substring(wordStart, i).toLowerCase(java.util.Locale.ROOT);
                start = c != '.' || !ABBREVIATED.contains(before);
            } else if (Character.isDigit(c)) {
                start = false;
            } else if (!Character.isWhitespace(c) && "'\"\u2018\u201c".indexOf(c) < 0) {
                start = start && c == '.';
            }
            if (Character.isWhitespace(c)) {
                wordStart = i + 1;
            }
        }
        for (int d = dated.size() - 1; d >= 0; d--) {
            out.insert(dated.get(d), "On ");
        }
        return out.toString();
    }

    /** Words after a day and month that make it no date: "1/2 the time", "3/4 of them". */
    private static final java.util.Set<String> NOT_AFTER_A_DATE = java.util.Set.of("of", "the", "a", "an");

    /**
     * "21/10 neighbour rang police": a sentence that opens with a date (day and month, a year if given) and then
     * words is said "On 21/10 neighbour rang police". A sentence opening with a figure reads badly, and to Check's
     * sentence splitter (and a reader's eye) one that does not open with a capital runs on from the sentence before,
     * so two short sentences count as one long one. "24/7" is a length of time, not a date.
     */
    static boolean opensWithADate(String text, int at) {
        int i = at;
        int[] parts = new int[3];
        int count = 0;
        while (count < 3) {
            int digits = 0;
            int value = 0;
            while (i < text.length() && Character.isDigit(text.charAt(i)) && digits < 4) {
                value = value * 10 + (text.charAt(i) - '0');
                i++;
                digits++;
            }
            if (digits == 0 || (count < 2 && digits > 2) || (count == 2 && digits != 2 && digits != 4)) {
                return false;
            }
            parts[count++] = value;
            if (i < text.length() && text.charAt(i) == '/' && count < 3) {
                i++;
            } else {
                break;
            }
        }
        if (count < 2 || parts[0] < 1 || parts[0] > 31 || parts[1] < 1 || parts[1] > 12 || parts[0] == 24 && parts[1] == 7 && count == 2) {
            return false;
        }
        if (i + 1 >= text.length() || text.charAt(i) != ' ' || !Character.isLetter(text.charAt(i + 1))) {
            return false;
        }
        int end = i + 1;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return !NOT_AFTER_A_DATE.contains(text.substring(i + 1, end).toLowerCase(java.util.Locale.ROOT));
    }

    private static String split(String sentence, int keep, int depth, int limit) {
        if (words(sentence) <= MAX_WORDS || depth > 6) {
            return sentence;
        }
        int middle = sentence.length() / 2;
        int[] wordsBefore = wordsBefore(sentence);
        int total = wordsBefore[sentence.length()];
        for (String[] boundary : BOUNDARIES) {
            int best = -1;
            for (int at = sentence.indexOf(boundary[0], keep); at >= 0; at = sentence.indexOf(boundary[0], at + 1)) {
                if (thatClause(sentence, at + boundary[0].length()) && !aFear(sentence)) {
                    continue; // "Mum said she was fine, and that Dad had left": what was said, no sentence of its own
                }
                // "Lewis comes on Tuesdays, Rachel and Tom take turns at night": a bare comma ends a sentence only
                // before a clause of its own, never inside a list of names or things.
                boolean whole = boundary[0].equals(COMMA) || boundary[0].equals(AND)
                        ? clauseOfItsOwn(sentence, at + boundary[0].length())
                        : total > limit || startsWithASubject(sentence, at + boundary[0].length());
                if (whole && wordsBefore[at] >= MIN_PART_WORDS && total - wordsBefore[at] >= MIN_PART_WORDS
                        && (best < 0 || Math.abs(at - middle) < Math.abs(best - middle))) {
                    best = at;
                }
            }
            if (best >= 0) {
                String after = sentence.substring(best + boundary[0].length()).strip();
                // A sentence over Check's limit with only a verb after the join: said again who will do it.
                String rest = startsWithASubject(sentence, best + boundary[0].length()) || !startsWithAVerb(after) ? after
                        : subjectBefore(sentence, best).map(subject -> subject + " " + after).orElse(after);
                // "..., and that the kids keep getting frightened": a second fear, which alone would read "That the kids ...".
                String second = thatClause(sentence, best + boundary[0].length()) ? ALSO_A_WORRY + rest.substring(5)
                        : boundary[1].isEmpty() ? opening(rest) : boundary[1] + rest;
                return split(sentence.substring(0, best) + ".", keep, depth + 1, limit) + " " + split(second, 0, depth + 1, limit);
            }
        }
        int clause = newClause(sentence, keep, wordsBefore, middle);
        if (clause >= 0) {
            return split(sentence.substring(0, clause) + ".", keep, depth + 1, limit) + " "
                    + split(sentence.substring(clause + 2).strip(), 0, depth + 1, limit);
        }
        return sentence;
    }

    /** Words a clause of its own can open with: who or what it is about. */
    private static final java.util.Set<String> SUBJECTS = java.util.Set.of("i", "he", "she", "they", "we", "it", "you",
            "there", "this", "that", "these", "those", "the", "a", "an", "his", "her", "their", "our", "my", "your", "its",
            "some", "any", "no", "every", "each", "both", "all", "if", "when", "nobody", "everyone", "someone", "mum",
            "dad", "nan", "gran", "school", "nursery", "police", "one", "two", "three");

    /**
     * Whether the words from {@code from} can stand as a sentence: they open with who or what they are about (a
     * pronoun, a determiner, a name, a number), not with a verb ("..., and get sore skin" would leave "Get sore
     * skin." without anyone to do it).
     */
    private static boolean startsWithASubject(String sentence, int from) {
        int end = from;
        while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
            end++;
        }
        if (end == from) {
            return false;
        }
        String word = sentence.substring(from, end).replaceAll("[^\\p{L}\\d'-]", "");
        if (word.isEmpty()) {
            return false;
        }
        char first = word.charAt(0);
        return Character.isUpperCase(first) || Character.isDigit(first) || SUBJECTS.contains(word.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * Whether the words are a sentence of their own (a subject, then a verb: "Donna stops letting anyone in"), not a
     * list of people ("Lisa, me, Donna", "the school and Aunt Carol").
     */
    static boolean aClause(String words) {
        String text = listItemsAsSentences(words.strip());
        return !text.isEmpty() && clauseOfItsOwn(text, 0);
    }

    /** Words that join the names of one subject: "Rachel and Tom", "Jan or Pete", "Oscar's nan". */
    private static final java.util.Set<String> IN_A_SUBJECT = java.util.Set.of("and", "or", "&");
    /** The most words a subject of names can have before its verb: "Jan and Pete's friend Ann". */
    private static final int SUBJECT_WORDS = 5;

    /**
     * Whether the words from {@code from} are a clause of their own: a subject ({@link #startsWithASubject}, then names
     * and "and" between them) followed by a word in lower case that is no joining word, such as a verb ("Rachel and Tom
     * take ...", "Chloe doesn't ..."). A list's next item ("..., Sam and Lee.", "..., the school") has none.
     */
    private static boolean clauseOfItsOwn(String sentence, int from) {
        if (!startsWithASubject(sentence, from) || namesGoOn(sentence, from)) {
            return false;
        }
        String[] words = sentence.substring(from, Math.min(sentence.length(), from + 200)).split(" ", SUBJECT_WORDS + 3);
        // "the nursery manager Sam Price": after "the" the nouns are lower case too, so only a word that looks like a verb
        // ends the subject there; after a name ("Chloe doesn't", "Jan and pete keep") any word in lower case does.
        boolean determiner = Character.isLowerCase(words[0].charAt(0));
        for (int i = 1; i < Math.min(words.length, SUBJECT_WORDS + 2); i++) {
            String word = words[i - 1];
            if (word.endsWith(",") || word.endsWith(".") || word.endsWith(";")) {
                return false; // the item ended before any verb: a list
            }
            String next = words[i].replaceAll("[^\\p{L}'’-]", "");
            if (next.isEmpty() || IN_A_SUBJECT.contains(next) || Character.isUpperCase(next.charAt(0))) {
                continue;
            }
            if (determiner && !looksLikeAVerb(next)) {
                continue;
            }
            return !NOT_VERBS.contains(next) && !SUBJECTS.contains(next.toLowerCase(java.util.Locale.ROOT)) || MODALS.contains(next);
        }
        return false;
    }

    /**
     * "Harvey, Alfie and Ruby will ...": a name before the comma and names joined by "and" after it are one list of people,
     * the subject of what follows, not two clauses.
     */
    private static boolean namesGoOn(String sentence, int from) {
        int comma = from - COMMA.length();
        int start = comma;
        while (start > 0 && Character.isLetter(sentence.charAt(start - 1))) {
            start--;
        }
        if (start == comma || !Character.isUpperCase(sentence.charAt(start))) {
            return false;
        }
        int next = sentence.indexOf(", ", from);
        String subject = sentence.substring(from, next < 0 ? Math.min(sentence.length(), from + 80) : next);
        int and = subject.indexOf(" and ");
        // Only names up to the "and": "Alfie and Ruby", not "the school and Mum".
        for (String word : (and < 0 ? "" : subject.substring(0, and)).split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return and > 0;
    }

    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("is", "are", "was", "were", "has", "have", "had",
            "does", "do", "did", "gets", "goes");

    /** "will", "does", "doesn't", "tells": a word in lower case that is a verb whatever comes before it. */
    private static boolean looksLikeAVerb(String word) {
        return MODALS.contains(word) || AUXILIARIES.contains(word) || word.endsWith("n't") || word.endsWith("n’t")
                || word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is");
    }

    private static final String ALSO_A_WORRY = "There is also a worry that ";

    /** Verbs after "that" that make it the thing pointed at ("and that was the last time"), not "that" opening a clause. */
    private static final java.util.Set<String> THAT_AS_SUBJECT = java.util.Set.of("was", "is", "has", "had", "made", "makes",
            "meant", "means", "led", "caused", "happened", "will", "would", "could", "can", "did", "does", "went", "got");

    /** Whether the words from {@code from} are "that" opening a clause of its own: "that the kids keep ...". */
    private static boolean thatClause(String sentence, int from) {
        if (!sentence.startsWith("that ", from)) {
            return false;
        }
        int start = from + 5;
        int end = start;
        while (end < sentence.length() && (Character.isLetter(sentence.charAt(end)) || sentence.charAt(end) == '\'')) {
            end++;
        }
        return end > start && !THAT_AS_SUBJECT.contains(sentence.substring(start, end).toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A sentence that says what someone fears, as the composer opens one ("... are worried that ...", "If nothing
     * changes, ..."): its "and that ..." is a second fear. What happened ("Mum said she was worried, and that Dad had
     * left") is not.
     */
    private static boolean aFear(String sentence) {
        String lower = sentence.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.contains(" are worried that ") || lower.contains(" is worried that ") || lower.contains(" am worried that ")
                || lower.startsWith("if nothing changes");
    }

    /** Words that open a part of a sentence without being its verb: no subject is put before them. */
    private static final java.util.Set<String> NOT_VERBS = java.util.Set.of("because", "which", "who", "so", "as",
            "especially", "maybe", "even", "also", "then", "while", "where", "although", "though", "since", "until",
            "unless", "or", "and", "but", "with", "without", "for", "from", "to", "in", "on", "at", "by", "after", "before",
            "like", "not", "never", "only", "just", "more", "less", "very", "really", "probably", "possibly", "perhaps");

    /** "be at home", "get sore skin": a part that opens with a verb (lower case, not a joining or linking word). */
    private static boolean startsWithAVerb(String part) {
        int end = 0;
        while (end < part.length() && Character.isLetter(part.charAt(end))) {
            end++;
        }
        String word = part.substring(0, end);
        // "rojin will keep missing school": a word with a modal after it is who the part is about, not its verb.
        String next = part.substring(end).stripLeading();
        int nextEnd = 0;
        while (nextEnd < next.length() && Character.isLetter(next.charAt(nextEnd))) {
            nextEnd++;
        }
        boolean subject = MODALS.contains(next.substring(0, nextEnd).toLowerCase(java.util.Locale.ROOT));
        return !word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !NOT_VERBS.contains(word)
                && !SUBJECTS.contains(word) && !subject;
    }

    private static final java.util.Set<String> MODALS = java.util.Set.of("will", "could", "might", "may", "would", "can");

    /**
     * "Tyler will keep missing school, ..., and be at home on his own": the last name or pronoun with its modal
     * before {@code end} ("Tyler will"), so the part after the join can be said with it. Empty when there is none.
     */
    private static java.util.Optional<String> subjectBefore(String sentence, int end) {
        String[] words = sentence.substring(0, end).split("\\s+");
        for (int i = words.length - 1; i > 0; i--) {
            String modal = words[i].toLowerCase(java.util.Locale.ROOT);
            String who = words[i - 1].replaceAll("[^\\p{L}'-]", "");
            boolean person = !who.isEmpty() && (Character.isUpperCase(who.charAt(0)) && !who.equals("I")
                    || java.util.Set.of("he", "she", "they").contains(who.toLowerCase(java.util.Locale.ROOT)));
            if (MODALS.contains(modal) && person && !words[i - 1].endsWith(",")) {
                return java.util.Optional.of(who + " " + modal);
            }
        }
        return java.util.Optional.empty();
    }

    /** Verbs that make "<Name> could ..." after a comma a clause of its own. */
    private static final java.util.Set<String> CLAUSE_VERBS = java.util.Set.of("will", "could", "might", "may", "would",
            "can", "is", "has", "was", "had", "won't", "wont", "cannot", "can't", "should");

    /**
     * "..., Kai could get hold of needles ...": a comma then a name and a verb of its own starts a new clause, so the
     * sentence can end before it. The comma nearest the middle, or -1.
     */
    private static int newClause(String sentence, int keep, int[] wordsBefore, int middle) {
        int total = wordsBefore[sentence.length()];
        int best = -1;
        for (int at = sentence.indexOf(", ", keep); at >= 0; at = sentence.indexOf(", ", at + 1)) {
            int nameStart = at + 2;
            int nameEnd = nameStart;
            while (nameEnd < sentence.length() && Character.isLetter(sentence.charAt(nameEnd))) {
                nameEnd++;
            }
            if (nameEnd == nameStart || nameEnd - nameStart < 2 || !Character.isUpperCase(sentence.charAt(nameStart))
                    || nameEnd >= sentence.length() || sentence.charAt(nameEnd) != ' ') {
                continue;
            }
            int verbEnd = sentence.indexOf(' ', nameEnd + 1);
            String verb = sentence.substring(nameEnd + 1, verbEnd < 0 ? sentence.length() : verbEnd).toLowerCase(java.util.Locale.ROOT);
            if (CLAUSE_VERBS.contains(verb) && wordsBefore[at] >= MIN_PART_WORDS && total - wordsBefore[at] >= MIN_PART_WORDS
                    && (best < 0 || Math.abs(at - middle) < Math.abs(best - middle))) {
                best = at;
            }
        }
        return best;
    }

    /** The number of words in the longest sentence of {@code text}. */
    static int longest(String text) {
        int longest = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean end = i == text.length() || (".!?".indexOf(text.charAt(i)) >= 0
                    && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
            if (end) {
                longest = Math.max(longest, words(text.substring(start, Math.min(i + 1, text.length()))));
                start = i + 1;
            }
        }
        return longest;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The part after a join as a sentence of its own: a capital, or "On" before a date ("..., and 17/11 she came"). */
    private static String opening(String text) {
        return opensWithADate(text, 0) ? "On " + text : capitalise(text);
    }

    private static int words(String text) {
        return wordsBefore(text)[text.length()];
    }

    /** Words started before each position, so each boundary is weighed without counting again (linear). */
    private static int[] wordsBefore(String text) {
        int[] before = new int[text.length() + 1];
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            before[i + 1] = before[i] + (!space && !inWord ? 1 : 0);
            inWord = !space;
        }
        return before;
    }
}
