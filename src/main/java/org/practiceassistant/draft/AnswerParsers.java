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
            "(?iu)\\b(?!(?:and|aged?|is|are|years?|yrs?|old|the|plus|with|also|baby|months?|weeks?|son|daughter|pregnant|unborn|expecting|due|both|all|each"
                    + "|twins?|triplets|kids|children|siblings|boys?|girls?|child|kid|she|shes|he|hes|they|them|her|him|his|its|it|about|nearly|almost|turned|turns|age|only|just|now|bump"
                    + "|who|which|that|was|were|turning|will|be|dob|born|yrs?|yo|approx|around|roughly|under|over|aged|is|are|am|i|im)\\b)"
                    // Not the "s" of "she's": a name has two letters or more and follows no apostrophe.
                    + "(?<!['’])(\\p{L}[\\p{L}'-]+)\\W{0,3}(?:(?:who\\s+is|who['\u2019]?s|aged?|is)\\s+)?(\\d{1,2})"
                    // "3 months", "3m", "4yrs", "7yo": a unit right after the number counts too.
                    + "(?:\\s*(months?|mths?|m|weeks?|wks?|w)\\b|\\s*(?:years?|yrs?|yo|y)\\b|\\b)");

    private static final Pattern WORRY = Pattern.compile(
            "(?is)^(.+?)(?:\\s+(is|are|am|were|was)|(['’]re|['’]m))\\s+(?:(?:really|very|most|also|all|both|so)\\s+)?"
                    + "(?:worried|concerned|scared|afraid|frightened),?\\s+(?:that\\s+|about\\s+)?(.+)$");

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

    private static final Pattern SCALE = Pattern.compile(
            "(?is)^\\s*0\\s*(?:=|:|-|means|is)\\s*(.+?)[\\s,;.]*\\b10\\s*(?:=|:|-|means|is)\\s*(.+)$");

    private static final Pattern SCORE = Pattern.compile(
            "(?iu)(\\p{L}[\\p{L}' ]{0,40}?)\\s*(?:[:=-]|\\bis\\b|\\bsays\\b|\\bsaid\\b|\\bscored\\b|\\bgave\\b|\\bput\\b|\\bat\\b)?\\s*"
                    + "(\\d{1,2})(?:\\s*/\\s*10|\\s+out of 10)?\\b");

    /** Children named with ages: "Ella, 4", "Ella 4 and Sam 7", "baby Kai 6 months". Empty when none found. */
    static List<Child> children(String text) {
        var oneAge = sharingOneAge(text);
        if (!oneAge.isEmpty()) {
            return oneAge;
        }
        var found = new ArrayList<Child>();
        boolean tooOld = false;
        Matcher m = CHILD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            int said = m.group(3) == null ? Integer.parseInt(m.group(2)) : 0;
            // "Mum is 28 weeks pregnant", "Helen 50 and Rob 52": a parent, or anyone older than a care leaver, is not a child.
            tooOld |= said > OLDEST_CHILD;
            if (said > OLDEST_CHILD || ADULTS.contains(m.group(1).toLowerCase(Locale.ROOT))
                    || aCarer(text.substring(Math.max(0, m.start() - CARER_LOOKBACK), m.start()), said)) {
                previousEnd = m.end();
                continue;
            }
            int age = m.group(3) == null ? Integer.parseInt(m.group(2)) : 0;
            // "twins jude and jonah 2": a name joined by "and" to a named child with no age of its own shares it.
            Matcher sharing = SHARES_AGE.matcher(text.substring(previousEnd, m.start()));
            if (sharing.find() && !NOT_A_CHILD.contains(sharing.group(1).toLowerCase(Locale.ROOT))) {
                found.add(new Child(capitalised(sharing.group(1)), age));
            }
            found.add(new Child(capitalised(m.group(1)), age));
            previousEnd = m.end();
        }
        if (found.isEmpty()) {
            found.addAll(ageThenName(text));
        }
        if (found.isEmpty() && tooOld) {
            throw new IllegalArgumentException("only ages over " + OLDEST_CHILD + " given"); // "Ella 40": asked for 0 to 25
        }
        if (found.isEmpty() ? UNBORN.matcher(text).find() : UNBORN_SIBLING.matcher(text).find()) {
            found.add(Child.unbornBaby());
        }
        return found;
    }

    /* "Mia 3 and unborn baby due June": an unborn brother or sister said as plainly as that joins the named children. */
    private static final Pattern UNBORN_SIBLING = Pattern.compile(
            "(?iu)\\b(?:unborn|bump|pre[- ]?birth|baby due|baby not (?:yet )?born|baby (?:is )?due)\\b");

    /** "twins 6", "the triplets, 3": twins or triplets said with an age and no names (asked for their names). */
    static boolean namesNoTwins(String text) {
        String lower = " " + text.toLowerCase(Locale.ROOT) + " ";
        return lower.contains(" twins") || lower.contains(" triplets");
    }

    /** "9 year old Noah", "14yo Kai", "a 6 year old girl called Mia": the age said first. */
    private static final Pattern AGE_THEN_NAME = Pattern.compile(
            "(?iu)(?<![\\d.])(\\d{1,2})\\s*-?\\s*(?:years?|yrs?|yr)?\\s*-?\\s*(?:old|yo|y/o)\\s+(?:(?:boy|girl|son|daughter|child)\\s+)?"
                    + "(?:(?:called|named)\\s+)?(\\p{L}[\\p{L}'-]+)");

    private static List<Child> ageThenName(String text) {
        var found = new ArrayList<Child>();
        Matcher m = AGE_THEN_NAME.matcher(text);
        while (m.find()) {
            int age = Integer.parseInt(m.group(1));
            String name = m.group(2);
            if (age <= OLDEST_CHILD && !NOT_A_CHILD.contains(name.toLowerCase(Locale.ROOT))
                    && !ADULTS.contains(name.toLowerCase(Locale.ROOT)) && !List.of("and", "with", "who", "is").contains(name.toLowerCase(Locale.ROOT))) {
                found.add(new Child(capitalised(name), age));
            }
        }
        return found;
    }

    /* A pre-birth mapping: "unborn baby, due 3 march", "pre birth", "mum is 28 weeks pregnant". Only when no child is named. */
    private static final Pattern UNBORN = Pattern.compile(
            "(?iu)\\b(?:unborn|pre[- ]?birth|not (?:yet )?born|pregnan\\p{L}*|expecting|bump|due (?:on |in |end of |early |mid |late )?"
                    + "(?:\\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|next|this|in)|due date|edd)");

    /**
     * "twins Oscar and Evie, both 10", "Ava, Mia and Zac all 4": the names before "both", "all" or "each" and an age
     * share it. Read word by word (no pattern over the whole answer); empty when the answer is not said so.
     */
    static List<Child> sharingOneAge(String text) {
        String[] words = text.strip().split("[\\s,&]+");
        for (int i = 1; i + 1 < words.length; i++) {
            String w = words[i].toLowerCase(Locale.ROOT);
            if (!(w.equals("both") || w.equals("all") || w.equals("each"))) {
                continue;
            }
            int at = i + 1;
            if (words[at].toLowerCase(Locale.ROOT).matches("aged?") && at + 1 < words.length) {
                at++;
            }
            if (!words[at].matches("\\d{1,2}")) {
                return List.of();
            }
            boolean months = at + 1 < words.length && words[at + 1].toLowerCase(Locale.ROOT).matches("months?|mths?|weeks?|wks?");
            int age = months ? 0 : Integer.parseInt(words[at]);
            var children = new ArrayList<Child>();
            for (int j = 0; j < i; j++) {
                String name = words[j].replaceAll("[^\\p{L}'-]", "");
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.isEmpty() || NOT_A_CHILD.contains(lower) || lower.equals("are") || !Character.isLetter(name.charAt(0))) {
                    continue;
                }
                children.add(new Child(capitalised(name), age));
            }
            return children.size() >= 2 ? children : List.of();
        }
        return List.of();
    }

    /** How far back, in characters, the words that make a named person a carer are looked for. */
    private static final int CARER_LOOKBACK = 40;
    /* "placed with brother Liam 22", "lives with Nan Pat 64", "cared for by aunt Sue 40": who the children live with. */
    private static final java.util.Set<String> WITH = java.util.Set.of("with", "by");
    private static final java.util.Set<String> ADULTS = java.util.Set.of("mum", "dad", "mother", "father", "nan", "gran",
            "grandma", "grandad", "grandmother", "grandfather", "aunt", "auntie", "aunty", "uncle", "carer", "carers",
            "stepdad", "stepmum", "partner", "boyfriend", "girlfriend", "foster");

    /** Brothers and sisters are children of the mapping, unless the children are placed with them. */
    private static final java.util.Set<String> SIBLINGS = java.util.Set.of("brother", "sister", "cousin", "sibling");
    private static final int ADULT = 18;
    /** Care leavers are supported to 25 (Child's own limit), so an older age is an adult's. */
    private static final int OLDEST_CHILD = 25;

    /**
     * Whether the words just before a name with an age make that person an adult or carer, not a child of the
     * mapping: a parent or carer word right before the name ("mum Donna 30"), or "with" / "by" shortly before it
     * and either a brother or sister word or an adult's age ("placed with brother Liam 22", "lives with Pat 64").
     */
    static boolean aCarer(String before, int age) {
        String[] words = before.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}' ]", " ").strip().split("\\s+");
        if (words.length == 0 || words[words.length - 1].isEmpty()) {
            return false;
        }
        if (ADULTS.contains(words[words.length - 1])) {
            return true;
        }
        boolean with = false;
        boolean sibling = false;
        for (int i = Math.max(0, words.length - 3); i < words.length; i++) {
            with |= WITH.contains(words[i]);
            sibling |= with && SIBLINGS.contains(words[i]);
        }
        return with && (sibling || age >= ADULT);
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

    static Optional<Worry> worry(String typed) {
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
            case "were" -> "are";
            default -> verb;
        };
        String said = trimBreaks(m.group(1).strip());
        String who = listThenWe(said);
        if (!who.equals(said)) {
            verb = "are";
        }
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

    /** Where "we" say they are worried, after the list of who "we" are. */
    private static final Pattern WE_ARE_WORRIED = Pattern.compile(
            "(?i)\\b(?:we|we['\u2019]re|we are|we're all|we are all|we all|we both)\\s+(?:all\\s+|both\\s+|really\\s+|very\\s+)?"
                    + "(?:are\\s+)?(?:worried|concerned|worry|fear)\\b(?:\\s+that\\b|\\s+about\\b)?[,:]?\\s*");

    /**
     * "Becky at nursery, Mr Ahmed, and me. Darren is worried about money. If nothing changes we are worried Mia and Leo
     * will ...", "Me, the doctor and Debbie. If nothing changes and we dont know how Noah got hurt, we are worried he
     * could ...": a list of people as the first sentence, and later "we are worried": who is the list, the fear what
     * follows "we are worried", with an "if ..." said before it in its sentence kept as the fear's own condition.
     * Sentences between them are left out: they are not the fear.
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
        String who = listThenWe(head);
        String lower = who.toLowerCase(Locale.ROOT);
        String verb = lower.equals("i") || lower.equals("me") ? "am" : StatementComposer.isSeveral(who) ? "are" : "is";
        return Optional.of(new Worry(lower.equals("me") ? "I" : who, verb, fear));
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
        String verb = lower.equals("i") || lower.equals("me") ? "am"
                : StatementComposer.isSeveral(who) ? "are" : "is";
        return Optional.of(new Worry(lower.equals("me") ? "I" : who, verb, fear));
    }

    /** Words before "worry" that name no one: "The worry", "My worry", "Main worry". */
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
        if (head.split("\\s+").length > 16 || NOT_A_LIST.matcher(head).find() || !A_FEAR.matcher(fear).find()) {
            return Optional.empty();
        }
        String who = listThenWe(head);
        String lower = who.toLowerCase(Locale.ROOT);
        String verb = lower.equals("i") || lower.equals("me") ? "am" : lower.contains(",") || lower.contains(" and ") ? "are" : "is";
        if (lower.equals("me")) {
            who = "I";
        }
        return Optional.of(new Worry(who, verb, WE_WORRY.matcher(fear).replaceFirst("")));
    }

    /** The people, up to the first ". ", ": " or spaced dash (bounded, so matching stays linear in the answer). */
    private static final Pattern PEOPLE_THEN_FEAR = Pattern.compile("(?s)^([^.:;\\n]{2,120}?)(?:[.:;]\\s+|\\s*\\n\\s*|\\s[-\u2013]\\s+)(\\S.*)$");

    /** A head with one of these is a sentence (what happened, what someone did), not a list of people. */
    private static final Pattern NOT_A_LIST = Pattern.compile(
            "(?i)\\b(?:is|are|was|were|has|have|had|will|would|could|did|does|do|said|says|told|went|got|hit)\\b");

    /** What the fear sentence must hold: something that could happen. */
    private static final Pattern A_FEAR = Pattern.compile(
            "(?i)(?:\\b(?:will|could|might|may|would|going to|worr(?:y|ied)|fear|concerned|if|won['\u2019]?t|can['\u2019]?t)\\b|['\u2019]ll\\b)");

    /** "We worry that", "we all fear": the list already said who. */
    private static final Pattern WE_WORRY = Pattern.compile(
            "(?i)^(?:(?:if nothing changes|if things don['\u2019]?t change),?\\s+)?(?:we|they)\\s+(?:all\\s+|both\\s+)?"
                    + "(?:(?:are|['\u2019]re)\\s+(?:all\\s+|both\\s+|really\\s+)?(?:worried|concerned|scared)|worry|fear|think)\\s+(?:that\\s+)?"
                    + "|^(?:(?:are|is|am)\\s+)?(?:all\\s+|both\\s+|really\\s+|very\\s+)?(?:worried|concerned)(?:\\s+that|\\s+about)?[,:]?\\s+");

    /**
     * "The health visitor, the nursery and me. We are worried ...": the people listed before "We", who are the
     * "we", with "and me" as the subject says it, "and I".
     */
    static String listThenWe(String who) {
        String said = withoutTrailingWe(who);
        String lower = said.toLowerCase(Locale.ROOT);
        return lower.endsWith(" and me") ? said.substring(0, said.length() - 2) + "I" : said;
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

    private static String trimBreaks(String text) {
        int end = text.length();
        while (end > 0 && (Character.isWhitespace(text.charAt(end - 1)) || BREAKS.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return text.substring(0, end);
    }

    static Optional<Scale> scale(String text) {
        Matcher m = SCALE.matcher(text);
        if (m.matches()) {
            return Optional.of(new Scale(m.group(1), m.group(2).strip().replaceAll("[.\\s]+$", "")));
        }
        return endsAnywhere(text);
    }

    /** "0", "zero", then "=", ":", "-", "means", "is" or "would be": one end of the scale. */
    private static final Pattern ZERO_END = Pattern.compile(
            "(?iu)(?<![\\d.,/])\\b(?:0|zero)\\s*(?:/\\s*10\\s*)?(?:=|:|-|\u2013|means|meaning|being|equals|is when|is where|is|would be|would mean|will be)\\s*(?!(?:10|ten)\\b)");
    private static final Pattern TEN_END = Pattern.compile(
            "(?iu)(?<![\\d.,/])\\b(?:10|ten)\\s*(?:/\\s*10\\s*)?(?:=|:|-|\u2013|means|meaning|being|equals|is when|is where|is|would be|would mean|will be)\\s*(?!(?:0|zero)\\b)");

    /**
     * "Scale: 0 = ..., 10 = ...", "zero is ... ten is ...", "10 means ... and 0 means ...": both ends said anywhere, in
     * either order, each meaning running to the other end (or the end of the answer).
     */
    private static Optional<Scale> endsAnywhere(String text) {
        Matcher zero = ZERO_END.matcher(text);
        Matcher ten = TEN_END.matcher(text);
        if (!zero.find() || !ten.find()) {
            return Optional.empty();
        }
        String zeroMeans = zero.start() < ten.start() ? text.substring(zero.end(), ten.start()) : text.substring(zero.end());
        String tenMeans = ten.start() < zero.start() ? text.substring(ten.end(), zero.start()) : text.substring(ten.end());
        zeroMeans = withoutJoiningEnd(zeroMeans);
        tenMeans = withoutJoiningEnd(tenMeans);
        return zeroMeans.isBlank() || tenMeans.isBlank() ? Optional.empty() : Optional.of(new Scale(zeroMeans, tenMeans));
    }

    /** "Mum 6, Dad 5, school: 4". Empty when none found; scores above 10 are refused by {@link ScaleScore}. */
    static List<ScaleScore> scores(String typed) {
        var found = new ArrayList<ScaleScore>();
        Matcher m = SCORE.matcher(withDigits(typed));
        while (m.find()) {
            String person = m.group(1).strip().replaceAll("(?i)^(and|,)\\s+", "");
            found.add(new ScaleScore(person, Integer.parseInt(m.group(2))));
        }
        return found;
    }

    /** "Kai is safe, and " as "Kai is safe": the separators and joining word before the other end, trimmed by hand. */
    private static String withoutJoiningEnd(String meaning) {
        String t = trimBreaks(meaning.strip());
        for (String join : List.of(" and", " but", " while", " whereas")) {
            if (t.toLowerCase(Locale.ROOT).endsWith(join)) {
                t = trimBreaks(t.substring(0, t.length() - join.length()));
            }
        }
        return t;
    }

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six",
            "seven", "eight", "nine", "ten");

    /** "Mum six, Dad five": scores in words as digits, word by word (so "someone" keeps its "one"). */
    static String withDigits(String text) {
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int end = i;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            if (end > i) {
                int n = NUMBER_WORDS.indexOf(text.substring(i, end).toLowerCase(Locale.ROOT));
                out.append(n >= 0 ? String.valueOf(n) : text.substring(i, end));
                i = end;
            } else {
                out.append(text.charAt(i++));
            }
        }
        return out.toString();
    }

    /** True when {@code text} names one of the children as a word. */
    static boolean namesAChild(String text, List<Child> children) {
        String lower = text.toLowerCase(Locale.ROOT);
        return children.stream().anyMatch(c ->
                Pattern.compile("\\b" + Pattern.quote(c.firstName().toLowerCase(Locale.ROOT)) + "\\b").matcher(lower).find());
    }
}
