package org.practiceassistant.draft;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.system.text.Bracketed;

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
    /** Seasons and holidays a goal is in place by: "by Christmas", "summer". */
    private static final java.util.Set<String> SEASONS = java.util.Set.of("christmas", "easter", "summer", "autumn", "spring",
            "winter");

    /**
     * A date ("1 June", "21st jan", "01/06", "March", "the end of term", "Christmas"), not a length of time ("6 months"),
     * which {@link #timescale} says with "for". Months are Check's ({@link Timescales#aMonth}). Read word by word.
     */
    static boolean dateLike(String timescale) {
        String[] words = timescale.strip().split(" ", 3);
        String first = words[0].toLowerCase(Locale.ROOT);
        int digits = 0;
        while (digits < first.length() && digits < 3 && Character.isDigit(first.charAt(digits))) {
            digits++;
        }
        if (digits >= 1 && digits <= 2) {
            String rest = first.substring(digits);
            if (rest.isEmpty() || java.util.Set.of("st", "nd", "rd", "th").contains(rest)) {
                return words.length > 1 && Timescales.aMonth(leadingLetters(words[1]));
            }
            // "01/06", "1/6/27": a day and month in figures.
            int slash = digits;
            int monthDigits = 0;
            while (slash + 1 + monthDigits < first.length() && Character.isDigit(first.charAt(slash + 1 + monthDigits))) {
                monthDigits++;
            }
            return first.charAt(slash) == '/' && monthDigits >= 1 && monthDigits <= 2;
        }
        String lower = timescale.strip().toLowerCase(Locale.ROOT) + " ";
        String word = leadingLetters(first);
        boolean wholeWord = word.length() == first.length() || !Character.isLetterOrDigit(first.charAt(word.length()));
        return wholeWord && (Timescales.aMonth(word) || SEASONS.contains(word) || lower.startsWith("end of ")
                || lower.startsWith("the end of "));
    }

    /** The letters a word starts with, lower-cased: "June," is "june". */
    private static String leadingLetters(String word) {
        int end = 0;
        while (end < word.length() && Character.isLetter(word.charAt(end))) {
            end++;
        }
        return word.substring(0, end).toLowerCase(Locale.ROOT);
    }

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
        return statement(answers, Named.NONE);
    }

    /** As {@link #statement(WorryAnswers)}, the people's names the mapping knows written as names. */
    public String statement(WorryAnswers typed, Named named) {
        WorryAnswers answers = withoutSpokenOpeners(typed);
        if (!WorryAnswers.NOT_KNOWN_YET.equals(answers.fear())) {
            // "right now ... when its good ...": the good picture is no fear; it goes in the goal.
            answers = answers.withWorry(answers.whoIsWorried(), answers.worriedVerb(), WhenItsGood.now(answers.fear()));
        }
        if (WorryAnswers.NOT_KNOWN_YET.equals(answers.whoIsWorried()) || WorryAnswers.NOT_KNOWN_YET.equals(answers.fear())
                || WorryAnswers.NOT_KNOWN_YET.equals(answers.harm())) {
            return withPartsToFindOut(answers, named);
        }
        String who = capitalise(withTheWorkerLast(WhoWillAct.listed(asSubject(teamsByAgeNamed(answers.whoIsWorried())))));
        // A fear said with "will" whose later parts go on in the present: each said with it too (WillThroughTheFear).
        String fear = ConsequenceForTheChild.said(WillThroughTheFear.said(FearInTheFuture.said(aboutTheChild(RiskInPlainWords.said(
                WillCarriedOn.said(withoutContractedWill(withoutIfNothingChanges(withoutLabelBeforeIf(answers.fear())))),
                named.children()), named.children()), named.children()), named.everyone()), named.children());
        var childrenFirst = saysIfNothingChanges(fear) ? java.util.Optional.<String>empty()
                : ConsequenceForTheChild.childrenFirst(fear, named.children());
        if (childrenFirst.isPresent()) {
            fear = childrenFirst.get(); // "... will be left alone when mum's mood gets worse", after "if nothing changes,"
        } else if (!saysIfNothingChanges(fear) && !hasItsOwnCondition(fear)) {
            fear = ConsequenceForTheChild.childBeforeTheCause(fear, named.children()).orElse(fear);
        }
        boolean ownCondition = hasItsOwnCondition(fear) || saysIfNothingChanges(fear);
        String happened = clause(NotDoneAsMissed.said(ReportLabels.said(PresentingWith.said(withoutLeadingLabel(answers.harm())))));
        // "3/5 Dad hit Mum": what happened opening with its date is said "This is because on 3/5 Dad hit Mum".
        // "mum drinking most nights": what happened named without a verb is said "This is because of mum drinking ...".
        String because = ". This is because " + (Sentences.opensWithADate(happened, 0) ? "on "
                : namesWithoutAVerb(happened) ? "of " : "") + happened + ".";
        String opening = who + " " + be(who, answers.worriedVerb()) + " worried that " + (ownCondition ? "" : "if nothing changes, ");
        String apart = who + " " + be(who, answers.worriedVerb()) + " worried. ";
        if (WhoIsWorried.opensWithAWorrier(fear)) {
            // "School and mum are worried. School are worried Kayden will ..., and mum is frightened ...": each one's fear.
            return composed(apart + capitalise(clause(fear)) + because, apart, named);
        }
        String statement = composed(opening + clause(fear) + because, opening, named);
        if (Sentences.longest(statement) <= Sentences.MAX_WORDS) {
            return statement;
        }
        // A long list of who is worried and a fear with no clause to split at: who is worried says it on its own (Check
        // reads a sentence over 40 words as too long where the text has many long words or acronyms).
        String shorter = composed(apart + (ownCondition ? capitalise(clause(fear)) : "If nothing changes, " + clause(fear))
                + because, apart, named);
        return Sentences.longest(shorter) < Sentences.longest(statement) ? shorter : statement;
    }

    /**
     * A statement with a part the worker could not give yet (ReAskLimit kept it as not known): what is known is said,
     * and what is not is said to be still to find out, never invented. Who is worried not known yet is "we".
     */
    private String withPartsToFindOut(WorryAnswers answers, Named named) {
        boolean whoKnown = !WorryAnswers.NOT_KNOWN_YET.equals(answers.whoIsWorried());
        String who = whoKnown ? capitalise(withTheWorkerLast(WhoWillAct.listed(asSubject(teamsByAgeNamed(answers.whoIsWorried())))))
                : "We";
        String verb = whoKnown ? be(who, answers.worriedVerb()) : "are";
        String children = named.children().isEmpty() ? "the child" : listed(named.children());
        String fear = WorryAnswers.NOT_KNOWN_YET.equals(answers.fear())
                ? who + " " + verb + " worried about " + children + ". What could happen to " + children
                        + " if nothing changes is still to be found out."
                : null;
        String opening = who + " " + verb + " worried that ";
        String worry = fear != null ? fear : opening + (saysIfNothingChanges(answers.fear()) ? "" : "if nothing changes, ")
                + clause(answers.fear()) + ".";
        String because = WorryAnswers.NOT_KNOWN_YET.equals(answers.harm())
                ? " What has happened is still to be found out."
                : " This is because " + clause(NotDoneAsMissed.said(ReportLabels.said(PresentingWith.said(withoutLeadingLabel(answers.harm()))))) + ".";
        return composed(worry + because, fear != null ? who + " " + verb + " worried about " : opening, named);
    }

    private static String listed(List<String> names) {
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }

    /**
     * The names a mapping knows: the children's (in the order the worker gave them) and everyone's, children and the
     * people the network names, each written with a capital wherever it was typed in lower case ({@link ProperNames}).
     */
    record Named(List<String> children, List<String> everyone, boolean personalAssistants) {
        static final Named NONE = new Named(List.of(), List.of());

        Named(List<String> children, List<String> everyone) {
            this(children, everyone, false);
        }
    }

    /**
     * In a children with disabilities service "PA" is the personal assistant that direct payments pay for, not a care
     * leaver's personal adviser (the jargon list's full form): written so, the family reads who Kelly is.
     */
    private static String withPersonalAssistants(String text, Named named) {
        if (!named.personalAssistants() || !text.contains("PA")) {
            return text;
        }
        var out = new StringBuilder(text.length() + 32);
        int i = 0;
        while (i < text.length()) {
            boolean wordStart = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            if (wordStart && text.startsWith("PA", i)) {
                int end = i + 2;
                boolean plural = end < text.length() && text.charAt(end) == 's';
                end += plural ? 1 : 0;
                if (end == text.length() || !Character.isLetterOrDigit(text.charAt(end))) {
                    out.append(plural ? "personal assistants" : "personal assistant");
                    i = end;
                    continue;
                }
            }
            out.append(text.charAt(i));
            i++;
        }
        return out.toString();
    }

    /** A label is at most this many words: "neglectful home conditions", "DV". */
    private static final int LABEL_WORDS = 4;
    /** What follows a label must be this long to say what happened on its own. */
    private static final int MIN_AFTER_LABEL_WORDS = 8;

    /**
     * "neglectful home conditions - the health visitor saw dog mess ...": what happened with the label the worker put
     * before it left off, when the label is jargon (the jargon list knows it) and a dash or colon parts it from what
     * happened. What happened says it in the family's words; the label only names it for professionals.
     */
    String withoutLeadingLabel(String harm) {
        String h = harm.strip();
        int cut = -1;
        int cutEnd = -1;
        for (String mark : List.of(" - ", " – ", ": ")) {
            int at = h.indexOf(mark);
            if (at > 0 && (cut < 0 || at < cut)) {
                cut = at;
                cutEnd = at + mark.length();
            }
        }
        if (cut < 0) {
            return h;
        }
        String label = h.substring(0, cut);
        String rest = h.substring(cutEnd).strip();
        // "HV visit 20/11/26: dog mess ...": words with a date or a number say when, which is what happened, not a label.
        boolean short1 = label.strip().split("\\s+").length <= LABEL_WORDS && label.chars().noneMatch(Character::isDigit);
        return short1 && rest.split("\\s+").length >= MIN_AFTER_LABEL_WORDS && aJargonLabel(label) ? rest : h;
    }

    /** The longest a label typed in lower case can be and still be read as the acronym: "dv", "cse", "camhs". */
    private static final int ACRONYM_LETTERS = 5;

    /** Whether {@code label} is jargon the list knows, a short word typed in lower case ("dv - ...") read as its acronym. */
    private boolean aJargonLabel(String label) {
        String l = label.strip();
        boolean acronymInLowerCase = l.length() >= 2 && l.length() <= ACRONYM_LETTERS && l.chars().allMatch(Character::isLetter);
        return jargon.firstIn(l).isPresent() || acronymInLowerCase && jargon.firstIn(l.toUpperCase(Locale.ROOT)).isPresent();
    }

    /**
     * The names known for one worry of a mapping: the children it is about (a "he" in its fear is one of them), and
     * everyone's, all the mapping's children and those any worry's network answer or what happened gives.
     */
    Named named(MappingState state, WorryAnswers answers) {
        // A name given at any worry is a name in every worry's text: "chelseas best mate kayleigh" names Chelsea for both.
        var said = new StringBuilder();
        var networks = new StringBuilder();
        var worries = new java.util.ArrayList<>(state.worries());
        if (!worries.contains(answers)) {
            worries.add(answers);
        }
        for (WorryAnswers w : worries) {
            for (String part : new String[] {w.harm(), w.complicatingFactors(), w.workingWell()}) {
                said.append(part == null ? "" : part).append(". ");
            }
            networks.append(w.network() == null ? "" : w.network()).append(", ");
        }
        return new Named(state.childrenFor(answers).stream().map(Child::firstName).toList(),
                ProperNames.of(state.children(), networks.toString(), said.toString(), jargon),
                state.serviceArea() != null && state.serviceArea().name().startsWith("DISABILITIES"));
    }

    /**
     * "he could seriously hurt his head": with one child, a fear that opens with "he" or "she" is said of the child by
     * name, as a statement names the child it is about. With more children the pronoun is left as it is.
     */
    static String aboutTheChild(String fear, List<String> children) {
        if (children.size() != 1) {
            return fear;
        }
        String f = fear.strip();
        for (String pronoun : List.of("he ", "she ")) {
            if (f.regionMatches(true, 0, pronoun, 0, pronoun.length())) {
                return children.getFirst() + " " + f.substring(pronoun.length());
            }
        }
        // "hes 16 next year", "she's ...": the child's name and "is".
        for (String pronounIs : List.of("hes ", "he's ", "he\u2019s ", "shes ", "she's ", "she\u2019s ")) {
            if (f.regionMatches(true, 0, pronounIs, 0, pronounIs.length())) {
                return children.getFirst() + " is " + f.substring(pronounIs.length());
            }
        }
        return f;
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

    /** A worker's answer with the jargon list's stand-in words ({@code in_text}, spelled-out abbreviations) in place. */
    String inPlainWords(String answer) {
        return jargon.spelledOut(answer);
    }

    private static String inEverydayVerbs(String said) {
        return EngagingAsGoing.inPlainWords(BeingAccommodated.inPlainWords(ServicesMarks.inWords(said)));
    }

    /** Abbreviations spelled out, then long sentences split anywhere after the {@code opening} (who, as one). */
    private String composed(String rawText, String rawOpening, Named named) {
        // Chat typing tidied first ("tbh" dropped, "wont" won't), in the opening as in the whole, so it stays its prefix.
        // A dashed list ("- Brenda comes Mondays; - Tracey ...") as sentences, in the opening too so it stays its prefix.
        // "to be accommodated" as going into care, in both too.
        // "engaging with the drug service" as going to it, in both too; and a file's marks ("x4", "re", " + ") in words.
        String text = Sentences.listItemsAsSentences(ChatWords.tidy(inEverydayVerbs(rawText)));
        String opening = Sentences.listItemsAsSentences(ChatWords.tidy(inEverydayVerbs(rawOpening)));
        // Capitals change no lengths, and "On" goes only before a date opening a sentence, after the opening: where the
        // opening ends is where it ended before.
        String spelled = Sentences.capitalisedStarts(ProperNames.capitalised(
                jargon.spelledOut(withPersonalAssistants(text, named)), named.everyone(), named.children()));
        int keep = jargon.spelledOut(withPersonalAssistants(opening, named)).length();
        // A file's note ("Improved outcomes.", "B safe.") said as a sentence or left out, after the opening only.
        return Sentences.shortened(NotesOnTheFile.said(spelled, keep), keep);
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
        if (lower.endsWith(" and me") || lower.endsWith(" & me")) {
            return w.substring(0, w.length() - 2) + "I";
        }
        // "... and me (supervising social worker)", "Mrs Hughes, me, and Stacey": "me" as part of the subject is "I".
        for (String meInList : List.of(" and me (", ", me, ", ", me and ", " and me, ", ", me (")) {
            int at = lower.indexOf(meInList);
            if (at >= 0) {
                int m = at + meInList.indexOf("me");
                return w.substring(0, m) + "I" + w.substring(m + 2);
            }
        }
        return w;
    }

    /** A label is at most this many words before the fear itself: "risk of placement breakdown - if nothing changes". */
    private static final int FEAR_LABEL_WORDS = 5;

    /**
     * "risk of placement breakdown - if nothing changes, Kai will ...": the fear without the few words that name it
     * before a dash or colon, when what follows is the fear's own "if ..."; the statement says the fear, not its name.
     */
    static String withoutLabelBeforeIf(String fear) {
        String f = fear.strip();
        for (String mark : List.of(" - ", " \u2013 ", ": ")) {
            int at = f.indexOf(mark);
            String lead = " " + f.substring(0, Math.max(at, 0)).toLowerCase(Locale.ROOT) + " ";
            boolean aLabel = at > 0 && lead.strip().split("\\s+").length <= FEAR_LABEL_WORDS
                    && java.util.stream.Stream.of(" will ", " could ", " might ", " may ", " would ", " is ", " are ", " can ")
                            .noneMatch(lead::contains);
            if (aLabel) {
                String rest = f.substring(at + mark.length()).strip();
                if (rest.regionMatches(true, 0, "if ", 0, 3) && rest.split("\\s+").length > FEAR_LABEL_WORDS) {
                    return rest;
                }
            }
        }
        return f;
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

    /** Ways workers say "if nothing changes" anywhere in the fear. */
    private static final java.util.List<String> NOTHING_CHANGES_ANYWHERE = java.util.List.of("if nothing changes",
            "if things stay the same", "if things don't change", "if things dont change", "if things do not change",
            "if this continues", "if this carries on", "if things carry on", "if nothing is done");

    /**
     * "..., they will worry all the time and not have regular meals if things stay the same": a fear that says "if
     * nothing changes" in its own words, wherever, is not given it a second time.
     */
    static boolean saysIfNothingChanges(String fear) {
        String f = fear.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        return NOTHING_CHANGES_ANYWHERE.stream().anyMatch(f::contains);
    }

    private static final java.util.List<String> IF_NOTHING_CHANGES = java.util.List.of("if nothing changes",
            "if things don't change", "if things do not change", "if nothing is done");

    /** The goal for one worry; needs the network, doing, experience, timescale and how-known steps answered. */
    public String goal(WorryAnswers answers, MappingWords vocabulary, String childNames) {
        return goal(answers, vocabulary, childNames, Named.NONE);
    }

    /** As {@link #goal(WorryAnswers, MappingWords, String)}, the people's names the mapping knows written as names. */
    public String goal(WorryAnswers typed, MappingWords vocabulary, String childNames, Named named) {
        WorryAnswers answers = withTheGoodPicture(withoutSpokenOpeners(typed), named, childNames);
        if (WorryAnswers.NOT_KNOWN_YET.equals(answers.network())) {
            // Who will act is still to find out: the goal says so, and names the family as the people it is agreed with.
            answers = answers.withAnswer(Step.NETWORK, "the family and the people they choose (still to be named)");
        }
        String[] people = WhoWillAct.whoAndMore(WhoWillAct.withoutHedge(answers.network()));
        var split = whoActs(people[0]);
        String network = WhoWillAct.listed(split.family());
        String support = split.support().isEmpty() ? "" : ", with support from " + split.support();
        String opening = network + (isSeveral(network) ? " will work together so that " : " will do these things so that ")
                + childNames;
        return composed(opening + " " + (isSeveral(childNames) ? "are " : "is ") + vocabulary.goodOutcome() + support
                + ". " + people[1]
                + (WorryAnswers.NOT_KNOWN_YET.equals(answers.doing()) ? "What each person will do is still to be agreed with the family."
                        : sentence(DoingInTheFuture.said(answers.doing(), named.everyone()))) + " "
                + (WorryAnswers.NOT_KNOWN_YET.equals(answers.childExperience())
                        ? "What life will be like for " + childNames + " is still to be agreed with the family."
                        : sentence(aboutTheChildren(answers.childExperience(), childNames))) + " "
                + (WorryAnswers.NOT_KNOWN_YET.equals(answers.timescale()) ? "The timescale is still to be agreed with the family. "
                        : "This will " + timescale(answers.timescale()) + ". ")
                + (WorryAnswers.NOT_KNOWN_YET.equals(answers.howKnown())
                        ? "How everyone will know it is happening is still to be agreed."
                        : "Everyone will know it is happening because " + clause(STARTS_WITH_BECAUSE.matcher(
                        answers.howKnown().strip()).replaceFirst("")) + "."), opening, named);
    }

    /**
     * The answers a statement and goal are composed from, without the "um", "ok so" and "I suppose that" a worker opened
     * them with ({@link SpokenOpeners}); what has happened keeps its "I think", which says it is the worker's opinion.
     */
    static WorryAnswers withoutSpokenOpeners(WorryAnswers a) {
        return new WorryAnswers(SpokenOpeners.withoutFillers(a.harm()), a.complicatingFactors(), a.workingWell(),
                SpokenOpeners.withoutOpeners(a.whoIsWorried()), a.worriedVerb(), SpokenOpeners.withoutOpeners(a.fear()),
                SpokenOpeners.withoutOpeners(a.network()), SpokenOpeners.withoutOpeners(a.doing()),
                SpokenOpeners.withoutOpeners(a.childExperience()), SpokenOpeners.withoutOpeners(a.timescale()),
                SpokenOpeners.withoutOpeners(a.howKnown()), a.ownStatement(), a.ownGoal(), a.statementAccepted(),
                a.goalAccepted(), a.scale(), a.scores());
    }

    /**
     * "now jay goes to his room ... when its good he can talk to dad about mum": what people are doing and what the child
     * lives through, told now and when it's good in one answer, give the goal the good picture said of the future, where
     * Check reads who will be seen doing what ({@link WhenItsGood}); the part told now is in the statement already.
     */
    private static WorryAnswers withTheGoodPicture(WorryAnswers a, Named named, String childNames) {
        WorryAnswers out = a;
        if (!WorryAnswers.NOT_KNOWN_YET.equals(a.doing())) {
            out = out.withAnswer(Step.DOING, WhenItsGood.goodInTheFuture(a.doing(), named.everyone(), s -> s));
        }
        if (!WorryAnswers.NOT_KNOWN_YET.equals(a.childExperience())) {
            // "he will talk to dad" after the sentence naming the adults: said of the children by name.
            out = out.withAnswer(Step.CHILD_EXPERIENCE, WhenItsGood.goodInTheFuture(a.childExperience(), named.everyone(),
                    good -> aboutTheChildren(good, childNames)));
        }
        return out;
    }

    private static FamilyAndSupport.Split whoActs(String people) {
        return FamilyAndSupport.of(WhoWillAct.withoutUnknownPeople(people));
    }

    /**
     * Who will act as the goal names them, and any support after them ("Mum and Nan, with support from the school"):
     * the plan's "Who will do this?" box for the goal, without the notes about each person or the hedges around them.
     */
    static String whoWillAct(String network) {
        if (WorryAnswers.NOT_KNOWN_YET.equals(network)) {
            return network;
        }
        var split = whoActs(WhoWillAct.whoAndMore(WhoWillAct.withoutHedge(SpokenOpeners.withoutOpeners(network)))[0]);
        return WhoWillAct.listed(split.family()) + (split.support().isEmpty() ? "" : ", with support from " + split.support());
    }

    /**
     * "Nursery, I and health visitor": the worker names themself last, as a list of people is written ("Nursery, the
     * health visitor and I"), and a job said bare in the list takes "the". Left alone when the list holds brackets or
     * an "as" aside ("Jackie and I, as her personal adviser,").
     */
    static String withTheWorkerLast(String who) {
        String w = who.strip();
        if (w.contains("(") || w.contains(" as ") || w.contains(";")) {
            return who;
        }
        int lastAnd = w.lastIndexOf(" and ");
        List<String> items = new java.util.ArrayList<>();
        String head = lastAnd < 0 ? w : w.substring(0, lastAnd);
        for (String item : head.split(",")) {
            items.add(item.strip());
        }
        if (lastAnd >= 0) {
            items.add(w.substring(lastAnd + 5).strip());
        }
        int me = items.indexOf("I");
        if (items.size() < 2 || items.stream().anyMatch(String::isEmpty) || me < 0 || me == items.size() - 1) {
            return who;
        }
        items.remove(me);
        List<String> others = items.stream().map(StatementComposer::withTheBeforeAJob).toList();
        return String.join(", ", others) + " and I";
    }

    /*
     * "14+" or "16+" alone as one of a list: the team for young people of that age, the way workers name it in a hurry. As
     * a number it is no one to a reader, nor to Check, which never reads a number as who is worried.
     */
    private static final java.util.regex.Pattern TEAM_BY_AGE = java.util.regex.Pattern.compile(
            "(?i)(^|,\\s?|\\band\\s|&\\s?)(1[0-9]\\s?\\+)(?=\\s*(?:$|,|&|\\band\\b|\\.))");

    /** "mum, the police and 14+" reads "mum, the police and the 14+ team". */
    static String teamsByAgeNamed(String who) {
        return TEAM_BY_AGE.matcher(who).replaceAll("$1the $2 team");
    }

    /** Jobs said of one person, lower case and bare in a list ("health visitor"): they take "the". */
    private static final java.util.Set<String> JOBS = java.util.Set.of("visitor", "teacher", "nurse", "worker", "officer",
            "midwife", "paediatrician", "adviser", "advisor", "guardian", "therapist", "psychologist", "practitioner",
            "consultant", "senco", "dsl", "keyworker", "gp", "iro", "doctor", "manager", "coordinator");
    private static final java.util.Set<String> DETERMINING = java.util.Set.of("the", "a", "an", "his", "her", "their",
            "my", "our", "mum's", "dad's");

    private static String withTheBeforeAJob(String item) {
        String[] words = item.split("\\s+");
        boolean lower = item.equals(item.toLowerCase(Locale.ROOT));
        return lower && words.length <= 3 && JOBS.contains(words[words.length - 1])
                && !DETERMINING.contains(words[0]) ? "the " + item : item;
    }

    /** Verbs what happened is said with, besides any word ending "-ed": with one, it is a clause of its own. */
    private static final java.util.Set<String> SAID_WITH = java.util.Set.of("is", "are", "was", "were", "has", "have",
            "had", "hit", "said", "says", "told", "tells", "took", "left", "went", "came", "got", "gets", "threw", "fell",
            "broke", "saw", "made", "ran", "kept", "keeps", "found", "put", "lost", "did", "does", "do", "been", "gave",
            "bit", "cut", "sent", "brought", "caught", "heard", "ate", "drank", "drinks", "slept", "woke", "sat", "stood",
            "began", "spent", "will", "would", "could", "can", "may", "might", "should", "uses", "smokes", "hits",
            "shouts", "leaves", "lives", "takes", "became", "grabbed", "shook", "hurt", "isn't", "wasn't", "didn't",
            "doesn't", "won't", "can't", "don't", "hasn't", "haven't", "punched", "slapped", "pushed");

    /**
     * "mum drinking wine most evenings", "neglect": what happened names something (one or two words, or someone doing
     * it) without a verb of its own in its first part, so "This is because" needs "of" before it to be a sentence.
     */
    static boolean namesWithoutAVerb(String happened) {
        // "mason (4) is being left ...": a note in brackets is passed over, so the verb after it is read.
        String first = Bracketed.removed(happened).split("[,.;:]", 2)[0].strip().toLowerCase(Locale.ROOT);
        String[] words = first.split("\\s+");
        if (first.isEmpty() || words.length > 12) {
            return false;
        }
        boolean doing = false;
        for (String word : words) {
            String bare = word.replaceAll("[^\\p{L}'’]", "").replace('’', '\'');
            if (SAID_WITH.contains(bare) || bare.length() > 3 && bare.endsWith("ed") || bare.endsWith("n't")) {
                return false;
            }
            doing |= bare.length() > 4 && bare.endsWith("ing");
        }
        return doing || words.length <= 2;
    }

    /** "Mum and Nan", "Mum, Nan and Pete", "the school and I", "we": more than one person. */
    static boolean isSeveral(String people) {
        String p = " " + people.toLowerCase(Locale.ROOT).strip() + " ";
        return p.contains(" and ") || p.contains(",") || p.contains(" & ") || p.startsWith(" we ")
                || p.startsWith(" they ") || p.contains(" both ") || p.contains(" parents ")
                || PLURAL_PEOPLE.contains(p.strip().substring(p.strip().lastIndexOf(' ') + 1));
    }

    /** "The professionals are worried", "nursery staff are": a group said by one plural word. */
    private static final java.util.Set<String> PLURAL_PEOPLE = java.util.Set.of("professionals", "agencies", "services",
            "staff", "teachers", "carers", "workers", "officers", "police", "nurses", "doctors", "grandparents", "people",
            "family", "relatives", "colleagues", "practitioners", "partners");

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
    public String currentStatement(WorryAnswers answers, Named named) {
        return answers.ownStatement() != null ? answers.ownStatement() : statement(answers, named);
    }

    public String currentGoal(WorryAnswers answers, MappingWords vocabulary, String childNames, Named named) {
        return answers.ownGoal() != null ? answers.ownGoal() : goal(answers, vocabulary, childNames, named);
    }

    /** How the goal says a timescale answer: "be in place by 1 June", "carry on for the next 6 months". */
    static String timescale(String answer) {
        String t = Timescales.unitsInFull(trimEnd(answer));
        if (DURATION_AS_SUBJECT.matcher(t).matches()) {
            // "next 4 weeks are the urgent bit, then ...": a sentence of the worker's own, said as they gave it.
            return "happen to this timescale: " + lowerFirstWord(t);
        }
        if (t.regionMatches(true, 0, "next ", 0, 5) && DURATION.matcher(t).matches()) {
            t = "the " + t; // "next 10 days": "for the next 10 days"
        }
        if (Frequencies.startsWithFrequency(t)) {
            return "happen " + lowerFirstWord(t); // "every week for 6 months", "twice a week until March"
        }
        if (TIMESCALE_LEAD.matcher(t).matches()) {
            return (t.toLowerCase(Locale.ROOT).startsWith("by") || t.toLowerCase(Locale.ROOT).startsWith("within")
                    || t.toLowerCase(Locale.ROOT).startsWith("before") || t.toLowerCase(Locale.ROOT).startsWith("no later")
                    ? "be in place " : "carry on ") + lowerFirstWord(t);
        }
        if (dateLike(t)) {
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

    /** "next 4 weeks are the urgent bit": a length of time that is the subject of the worker's own sentence. */
    private static final Pattern DURATION_AS_SUBJECT = Pattern.compile("(?i)^(?:the\\s+)?(?:next\\s+|first\\s+)?\\S+\\s+(?:more\\s+)?"
            + "(?:days?|weeks?|months?|years?|terms?)\\s+(?:are|is|will|would|should|need|needs|must|have|has)\\b.*");

    /** "6 months", "a year", "six weeks then review": a length of time, said with "for". */
    private static final Pattern DURATION = Pattern.compile("(?i)^(\\d{1,3}|a|an|one|two|three|four|five|six|seven|eight"
            + "|nine|ten|twelve|eighteen|(?:the )?next \\w+)\\s+(more\\s+)?(days?|weeks?|months?|years?|terms?)\\b.*");

    /** Text to continue a sentence with: no final full stop, first word in lower case unless it is a name. */
    static String clause(String text) {
        return lowerFirstWord(trimEnd(text));
    }

    /** Text as a sentence of its own: capital first letter, one full stop. */
    static String sentence(String text) {
        String t = capitalise(text.strip());
        return t.matches("(?s).*[.!?]$") ? t : t + ".";
    }

    static String trimEnd(String text) {
        return text.strip().replaceAll("[.;,\\s]+$", "");
    }

    static String lowerFirstWord(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        String first = text.substring(0, end).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}-]", "");
        return COMMON_FIRST_WORDS.contains(first) ? Character.toLowerCase(text.charAt(0)) + text.substring(1) : text;
    }

    static String capitalise(String text) {
        String t = text.strip();
        return t.isEmpty() ? t : Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }
}
