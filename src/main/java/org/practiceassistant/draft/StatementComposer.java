package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a statement and its paired goal from the worker's answers, in the shapes the guidance asks for.
 *
 * <ul>
 *   <li>Statement: who is worried; that if nothing changes, what they fear will happen to the named child;
 *       because of the specific behaviour and what has happened.</li>
 *   <li>Goal: who in the family and network; what they will be doing; what the child will experience; for
 *       how long or by when; how everyone will know.</li>
 * </ul>
 *
 * The worker's own words are kept; the composer only joins them into plain sentences.
 */
final class StatementComposer {

    /** First words that are not names, so they can start a clause in lower case. */
    private static final Set<String> COMMON_FIRST_WORDS = Set.of("the", "a", "an", "there", "this", "that", "these",
            "he", "she", "they", "we", "it", "his", "her", "their", "our", "its", "on", "in", "at", "since", "over",
            "last", "when", "both", "every", "each", "for", "by", "from", "during", "after", "before", "until",
            "parents", "because",
            "someone", "people", "everyone", "staff", "school", "nursery", "police", "neighbours", "within",
            "twice", "once", "several", "many", "most", "some", "all", "two", "three", "four", "five", "recently",
            "yesterday", "today", "earlier", "lately", "almost", "nearly", "one", "if", "unless", "without");

    private static final Pattern LEADING_PRONOUN = Pattern.compile("(?i)(they|he|she)(?=\\s)");
    private static final Pattern STARTS_WITH_BECAUSE = Pattern.compile("(?i)^because\\s+");
    private static final Pattern TIMESCALE_LEAD = Pattern.compile(
            "(?i)^(for|by|until|till|within|over|from|before|at least|every|each|no later than)\\b.*");
    private static final String MONTHS = "(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?"
            + "|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)";
    /** A date ("1 June", "01/06"), not a length of time ("6 months"), which {@link #timescale} says with "for". */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "(?i)^(\\d{1,2}(st|nd|rd|th)? " + MONTHS + "\\b|\\d{1,2}/\\d{1,2}(/\\d{2,4})?|(" + MONTHS
                    + "|the end of|end of|christmas|easter|summer|autumn|spring|winter)\\b).*");

    private final JargonSpotter jargon;

    /** Abbreviations are left as the worker wrote them. */
    StatementComposer() {
        this(text -> java.util.Optional.empty());
    }

    /** Abbreviations the jargon list spells out are written in full in what is composed ("PA": "personal adviser"). */
    StatementComposer(JargonSpotter jargon) {
        this.jargon = jargon;
    }

    /** The statement for one worry; needs the harm and worry steps answered. */
    public String statement(WorryAnswers answers) {
        String who = capitalise(asSubject(answers.whoIsWorried()));
        String fear = withoutContractedWill(withoutIfNothingChanges(answers.fear()));
        boolean ownCondition = hasItsOwnCondition(fear);
        String because = ". This is because " + clause(answers.harm()) + ".";
        String opening = who + " " + be(who, answers.worriedVerb()) + " worried that " + (ownCondition ? "" : "if nothing changes, ");
        String statement = composed(opening + clause(fear) + because, opening);
        if (Sentences.longest(statement) <= Sentences.CHECK_LIMIT) {
            return statement;
        }
        // A long list of who is worried and a fear with no clause to split at: who is worried says it on its own.
        String apart = who + " " + be(who, answers.worriedVerb()) + " worried. ";
        return composed(apart + (ownCondition ? capitalise(clause(fear)) : "If nothing changes, " + clause(fear)) + because, apart);
    }

    /** "he'll be bored": the fear said in full ("he will be bored"), as the statement's other sentences are. */
    static String withoutContractedWill(String fear) {
        var out = new StringBuilder(fear.length() + 8);
        int i = 0;
        while (i < fear.length()) {
            char c = fear.charAt(i);
            boolean apostrophe = c == '\'' || c == '\u2019';
            if (apostrophe && i > 0 && Character.isLetter(fear.charAt(i - 1)) && fear.regionMatches(true, i + 1, "ll", 0, 2)
                    && (i + 3 == fear.length() || !Character.isLetter(fear.charAt(i + 3)))) {
                out.append(" will");
                i += 3;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** Abbreviations spelled out, then long sentences split anywhere after the {@code opening} (who, as one). */
    private String composed(String text, String opening) {
        String spelled = jargon.spelledOut(text);
        int keep = jargon.spelledOut(opening).length();
        return Sentences.shortened(spelled, keep);
    }

    /** "Me, the school and the police" as the subject of "are worried": "I, the school and the police". */
    static String asSubject(String who) {
        String w = who.strip();
        boolean me = w.length() >= 2 && w.substring(0, 2).equalsIgnoreCase("me")
                && (w.length() == 2 || w.charAt(2) == ' ' || w.charAt(2) == ',' || w.charAt(2) == '(');
        w = me ? "I" + w.substring(2) : w;
        // "Jackie and me as her personal adviser": "Jackie and I, as her personal adviser," before "are worried".
        String lower = w.toLowerCase(Locale.ROOT);
        int andMeAs = lower.lastIndexOf(" and me as ");
        if (andMeAs >= 0) {
            return w.substring(0, andMeAs) + " and I, as " + w.substring(andMeAs + " and me as ".length()).replaceAll("[,\\s]+$", "") + ",";
        }
        if (lower.endsWith(" and me")) {
            return w.substring(0, w.length() - 2) + "I";
        }
        // "... and me (supervising social worker)", "Mrs Hughes, me, and Stacey": "me" as part of the subject is "I".
        for (String meInList : List.of(" and me (", ", me, ", ", me and ", " and me, ")) {
            int at = lower.indexOf(meInList);
            if (at >= 0) {
                int m = at + meInList.indexOf("me");
                return w.substring(0, m) + "I" + w.substring(m + 2);
            }
        }
        return w;
    }

    /** The worker's fear often opens with the words the statement already says: "if nothing changes, ...". */
    static String withoutIfNothingChanges(String fear) {
        String f = fear.strip();
        for (String lead : IF_NOTHING_CHANGES) {
            if (f.regionMatches(true, 0, lead, 0, lead.length())) {
                String rest = f.substring(lead.length()).strip();
                if (rest.regionMatches(true, 0, "and ", 0, 4) || rest.regionMatches(true, 0, "or ", 0, 3)) {
                    return f; // "if nothing changes and we don't know who hurt him, ...": a condition of its own
                }
                return rest.startsWith(",") ? rest.substring(1).strip() : rest;
            }
        }
        return f;
    }

    /** "if Bethan falls again, Cal will be frightened": a fear with its own "if" and a future needs no second one. */
    static boolean hasItsOwnCondition(String fear) {
        String f = " " + fear.strip().toLowerCase(Locale.ROOT).replace('’', '\'') + " ";
        return f.startsWith(" if ") && (f.contains(" will ") || f.contains(" could ") || f.contains(" may ")
                || f.contains(" might ") || f.contains("'ll ") || f.contains(" won't ") || f.contains(" wont ")
                || f.contains(" would "));
    }

    private static final java.util.List<String> IF_NOTHING_CHANGES = java.util.List.of("if nothing changes",
            "if things don't change", "if things do not change", "if nothing is done");

    /** The goal for one worry; needs the network, doing, experience, timescale and how-known steps answered. */
    public String goal(WorryAnswers answers, MappingWords vocabulary, String childNames) {
        String[] people = whoAndMore(withoutHedge(answers.network()));
        String network = listed(withoutUnknownPeople(people[0]));
        String opening = network + (isSeveral(network) ? " will work together so that " : " will make sure that ")
                + childNames;
        return composed(network + (isSeveral(network) ? " will work together so that " : " will make sure that ") + childNames
                + " " + (isSeveral(childNames) ? "are " : "is ") + vocabulary.goodOutcome() + ". " + people[1]
                + sentence(answers.doing()) + " "
                + sentence(aboutTheChildren(answers.childExperience(), childNames)) + " "
                + (WorryAnswers.NOT_KNOWN_YET.equals(answers.timescale()) ? "The timescale is still to be agreed with the family. "
                        : "This will " + timescale(answers.timescale()) + ". ")
                + "Everyone will know it is happening because " + clause(STARTS_WITH_BECAUSE.matcher(
                        answers.howKnown().strip()).replaceFirst("")) + ".", opening);
    }

    /**
     * "Donna, Sam, Ms Reid from the virtual school": a list of people said with commas only closes with "and",
     * as a list is written ("Donna, Sam and Ms Reid ..."). Left alone when it already has an "and" or "&", or
     * when a comma sits inside brackets.
     */
    static String listed(String people) {
        List<String> items = commaItems(people);
        if (items.size() < 2) {
            return people;
        }
        String last = items.getLast().strip();
        String lowerLast = last.toLowerCase(Locale.ROOT);
        if (lowerLast.contains("and ") || lowerLast.contains("& ") || last.isEmpty()) {
            return people; // "Mum, Nan and Uncle Pete": closed already
        }
        String before = String.join(",", items.subList(0, items.size() - 1)).strip();
        // "Ewa and her husband Tomasz, Anna": after a pair joined by "and", the last one is set apart with ", and".
        String join = before.toLowerCase(Locale.ROOT).contains(" and ") ? ", and " : " and ";
        // "me" among them, the subject of "will work together", is "I".
        return (before + join + last).replace(", me,", ", I,").replace(", me and ", ", I and ").replaceAll(" and me$", " and I");
    }

    /**
     * The network answer as who will act and anything said after them: "Bethan, Ffion. The OT" is "Bethan, Ffion
     * and the OT"; a longer second sentence ("Ryan said he could have the children one weekend a month.")
     * follows the goal's first sentence as a sentence of its own (returned with its trailing space).
     */
    static String[] whoAndMore(String network) {
        var parts = ActionLines.sentences(network.strip().replace('\n', ' '));
        if (parts.size() <= 1 || parts.getFirst().isBlank()) {
            return new String[] {trimEnd(capitalise(network)), ""};
        }
        String first = trimEnd(capitalise(parts.getFirst()));
        var more = new java.util.ArrayList<String>();
        for (String part : parts.subList(1, parts.size())) {
            if (isRemark(part)) {
                // "They've all offered", "Need to ask mum who else": a note about the people, said as a sentence
                // only when it says something, and never when it says what is not known yet.
                if (!unknown(part) && part.strip().split("\\s+").length > 1) {
                    more.add(part);
                }
            } else if (more.isEmpty() && part.split("\\s+").length <= 6 && !part.toLowerCase(Locale.ROOT).contains(" will ")) {
                first = first + " and " + lowerFirstWord(trimEnd(part)); // "Bethan, Ffion. The OT": one more person
            } else {
                more.add(part);
            }
        }
        return new String[] {first, more.isEmpty() ? "" : sentence(String.join(". ", more)) + " "};
    }

    /** Words a note about the people opens with, rather than another person: "They've all offered", "Need to ask". */
    private static final List<String> REMARK_OPENINGS = List.of("they ", "they've", "theyve", "they're", "theyre", "she ",
            "she's", "he ", "he's", "we ", "i ", "it ", "need ", "needs ", "not ", "idk", "tbc", "unknown", "who else",
            "still ", "all ", "both ", "haven't", "havent", "hasn't", "hasnt");
    private static final List<String> UNKNOWN_WORDS = List.of("not known", "not sure", "idk", "tbc", "who else", "been asked",
            "not asked", "unknown", "to be confirmed", "to confirm", "if she can", "if he can", "if they can", "don't know",
            "dont know", "need to ask", "needs to ask", "to find out", "not yet");

    static boolean isRemark(String part) {
        String lower = part.strip().toLowerCase(Locale.ROOT);
        return REMARK_OPENINGS.stream().anyMatch(lower::startsWith) || unknown(part);
    }

    private static boolean unknown(String part) {
        String lower = part.toLowerCase(Locale.ROOT);
        return UNKNOWN_WORDS.stream().anyMatch(lower::contains);
    }

    /**
     * "Not sure yet - mum Fatima, aunt Hodan", "Them - Marek, Ewa", "Them (Pat, Ron, Karen), Ryan": the people, without
     * the words before them.
     */
    static String withoutHedge(String network) {
        String t = network.strip();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("them (") && t.indexOf(')') > 0) {
            int close = t.indexOf(')');
            return (t.substring(6, close) + t.substring(close + 1)).strip();
        }
        for (String hedge : List.of("not sure yet", "not sure", "idk", "unsure", "them", "so far", "at the moment",
                "currently", "for now")) {
            if (lower.startsWith(hedge)) {
                String rest = t.substring(hedge.length()).stripLeading();
                for (String mark : List.of("- ", "\u2013 ", ": ", ", ", "-")) {
                    if (rest.startsWith(mark) && rest.length() > mark.length()) {
                        return rest.substring(mark.length()).strip();
                    }
                }
            }
        }
        return t;
    }

    /**
     * "Kirsty, Laura, baby's dad not known yet": a person the worker does not know yet cannot act, so the goal
     * leaves them out of who will work together (the worker's answer keeps them, to find out).
     */
    static String withoutUnknownPeople(String network) {
        List<String> items = commaItems(network);
        var kept = new java.util.ArrayList<String>();
        for (String item : items) {
            String lower = item.strip().toLowerCase(Locale.ROOT).replaceAll("[.;\\s]+$", "");
            boolean unknown = UNKNOWN_ENDINGS.stream().anyMatch(lower::endsWith) || (items.size() > 1 || lower.contains(" and "))
                    && (unknown(item) && !lower.contains(" and ") || lower.startsWith("and ") && isRemark(item.strip().substring(4)));
            if (unknown) {
                continue;
            }
            // "Shaz from upstairs and they all said they would help": the person, without the note joined by "and".
            int and = lower.lastIndexOf(" and ");
            if (and > 0 && isRemark(item.strip().substring(and + 5))) {
                kept.add(item.substring(0, item.toLowerCase(Locale.ROOT).lastIndexOf(" and ")));
            } else {
                kept.add(item);
            }
        }
        if (kept.isEmpty() || kept.equals(items)) {
            return network;
        }
        String last = kept.removeLast().strip();
        // The list closes with "and", as a list of people is said; unless its last item already holds one.
        boolean closed = last.contains(" and ") || last.toLowerCase(Locale.ROOT).startsWith("and ");
        return kept.isEmpty() ? last.replaceFirst("^(?i)and ", "") : String.join(",", kept).strip() + (closed ? ", " : " and ") + last;
    }

    /** The items of a list parted by commas, a comma inside brackets not parting them ("Brenda (Craig's mum, 64)"). */
    static List<String> commaItems(String list) {
        var items = new java.util.ArrayList<String>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char c = list.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if (c == ',' && depth == 0) {
                items.add(list.substring(start, i));
                start = i + 1;
            }
        }
        items.add(list.substring(start));
        return items;
    }

    private static final java.util.List<String> UNKNOWN_ENDINGS = java.util.List.of(" not known", " not known yet",
            " unknown", " tbc", " to be confirmed", " not yet known", " not identified", " not identified yet");

    /** "Mum and Nan", "Mum, Nan and Pete", "the school and I", "we": more than one person. */
    static boolean isSeveral(String people) {
        String p = " " + people.toLowerCase(Locale.ROOT).strip() + " ";
        return p.contains(" and ") || p.contains(",") || p.contains(" & ") || p.startsWith(" we ")
                || p.startsWith(" they ") || p.contains(" both ") || p.contains(" parents ");
    }

    /** The verb after who is worried, agreeing with them: "The school and I are", "I am", "The school is". */
    private static String be(String who, String written) {
        if (who.equalsIgnoreCase("I")) {
            return "am";
        }
        return isSeveral(who) ? "are" : written == null || written.equals("am") ? "is" : written;
    }

    /**
     * What the children will experience, said of them by name: in a goal the sentence before names the
     * adults, so a leading "They", "He" or "She" would read as the adults. The verb after it is made to
     * agree with the names ("They are" -> "Ella is", "They feel" -> "Ella feels", "She has" -> "Ella and Sam
     * have"), past and modal verbs ("felt", "will") staying as they are.
     */
    static String aboutTheChildren(String experience, String childNames) {
        String t = experience.strip();
        Matcher m = LEADING_PRONOUN.matcher(t);
        if (!m.lookingAt()) {
            return t;
        }
        String rest = t.substring(m.end());
        int wordStart = 0;
        while (wordStart < rest.length() && rest.charAt(wordStart) == ' ') {
            wordStart++;
        }
        int wordEnd = wordStart;
        while (wordEnd < rest.length() && Character.isLetter(rest.charAt(wordEnd))) {
            wordEnd++;
        }
        String verb = rest.substring(wordStart, wordEnd);
        boolean several = isSeveral(childNames);
        String agreed = several ? Verbs.plural(verb) : Verbs.singular(verb);
        String after = agreed.equals(verb) ? rest.substring(wordEnd) : Verbs.agreeAfterAnd(rest.substring(wordEnd), several);
        return childNames + rest.substring(0, wordStart) + agreed + after;
    }

    /** The worry's statement as the worker last saw it: their own wording if they wrote one. */
    public String currentStatement(WorryAnswers answers) {
        return answers.ownStatement() != null ? answers.ownStatement() : statement(answers);
    }

    public String currentGoal(WorryAnswers answers, MappingWords vocabulary, String childNames) {
        return answers.ownGoal() != null ? answers.ownGoal() : goal(answers, vocabulary, childNames);
    }

    /** How the goal says a timescale answer: "be in place by 1 June", "carry on for the next 6 months". */
    static String timescale(String answer) {
        String t = trimEnd(answer);
        if (TIMESCALE_LEAD.matcher(t).matches()) {
            return (t.toLowerCase(Locale.ROOT).startsWith("by") || t.toLowerCase(Locale.ROOT).startsWith("within")
                    || t.toLowerCase(Locale.ROOT).startsWith("before") || t.toLowerCase(Locale.ROOT).startsWith("no later")
                    ? "be in place " : "carry on ") + lowerFirstWord(t);
        }
        if (DATE_LIKE.matcher(t).matches()) {
            return "be in place by " + t;
        }
        String first = t.split("\\s+")[0].toLowerCase(Locale.ROOT);
        if (first.equals("today") || first.equals("now") || first.equals("immediately")) {
            return "carry on from " + lowerFirstWord(t);
        }
        if (DURATION.matcher(t).matches()) {
            return "carry on for " + lowerFirstWord(t);
        }
        // Several dates or steps ("health check by 18 Dec, therapy by February"): said as the worker gave them.
        return "happen to this timescale: " + lowerFirstWord(t);
    }

    /** "6 months", "a year", "six weeks then review": a length of time, said with "for". */
    private static final Pattern DURATION = Pattern.compile("(?i)^(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|twelve|eighteen|the next \\w+)\\s+(more\\s+)?(days?|weeks?|months?|years?|terms?)\\b.*");

    /** Text to continue a sentence with: no final full stop, first word in lower case unless it is a name. */
    static String clause(String text) {
        return lowerFirstWord(trimEnd(text));
    }

    /** Text as a sentence of its own: capital first letter, one full stop. */
    static String sentence(String text) {
        String t = capitalise(text.strip());
        return t.matches("(?s).*[.!?]$") ? t : t + ".";
    }

    private static String trimEnd(String text) {
        return text.strip().replaceAll("[.;,\\s]+$", "");
    }

    private static String lowerFirstWord(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String first = text.substring(0, end).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
        return COMMON_FIRST_WORDS.contains(first) ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    private static String capitalise(String text) {
        String t = text.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
