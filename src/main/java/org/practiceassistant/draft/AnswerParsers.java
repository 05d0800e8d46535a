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

    /** Words that are never a child's name: the small words of a sentence, counts and times, people's roles. */
    private static final String NO_NAME = "(?:and|aged?|is|are|years?|yrs?|old|the|plus|with|also|baby|months?|weeks?|son|daughter|pregnant|unborn|expecting|due|both|all|each"
                    + "|twins?|triplets|kids|children|siblings|boys?|girls?|child|kid|she|shes|he|hes|they|them|her|him|his|its|it|about|nearly|almost|turned|turns|age|only|just|now|bump"
                    + "|who|which|that|was|were|turning|will|be|do|does|did|doing|dob|born|yrs?|yo|approx|around|roughly|under|over|aged|is|are|am|i|im"
                    // A sentence's small words before a time, date or count ("found on 3 nov", "at 11", "for 2 days"): no names.
                    + "|on|at|in|by|for|to|of|from|since|until|till|after|before|during|than|last|next|every|per|me|my|we|us|our"
                    + "|you|your|had|has|have|got|found|alone|home|pm|times|x|day|days|night|nights|hours?|mins?|minutes|weeks?)\\b";
    private static final Pattern CHILD = Pattern.compile(
            "(?iu)\\b(?!" + NO_NAME + ")"
                    // Not the "s" of "she's": a name has two letters or more and follows no apostrophe.
                    // "Amira, she's 19": the age said of her after a comma, as "who's" is.
                    + "(?<!['’])(\\p{L}[\\p{L}'-]+)\\W{0,3}(?:(?:who\\s+is|who['\u2019]?s|s?he\\s+is|s?he['\u2019]?s|aged?|is)\\s+)?(\\d{1,2})"
                    // "3 months", "3m", "4yrs", "7yo": a unit right after the number counts too.
                    + "(?:\\s*(months?|mths?|m|weeks?|wks?|w)\\b|\\s*(?:years?|yrs?|yo|y)\\b|\\b)");

    private static final Pattern SCALE = Pattern.compile(
            "(?is)^\\s*[01]\\s*(?:=|:|-|means|is)\\s*(.+?)[\\s,;./]*\\b10\\s*(?:=|:|-|means|is)\\s*(.+)$");

    private static final Pattern SCORE = Pattern.compile(
            "(?iu)(\\p{L}[\\p{L}' ]{0,40}?)\\s*(?:[:=-]|\\bis\\b|\\bsays\\b|\\bsaid\\b|\\bscored\\b|\\bgave\\b|\\bput\\b|\\bat\\b)?\\s*"
                    + "(\\d{1,2})(?:\\s*/\\s*10|\\s+out of 10)?\\b");

    /** Children named with ages: "Ella, 4", "Ella 4 and Sam 7", "baby Kai 6 months". Empty when none found. */
    /** An age in words straight after a name: "Leo, four, and Amy, two", "Leo aged nine". */
    private static final Pattern AGE_IN_WORDS = Pattern.compile("(?iu)(\\p{L}{2,},?\\s+(?:aged?\\s+|is\\s+)?)(one|two|three|four|five"
            + "|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\\b");
    private static final List<String> AGES_IN_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen");

    static List<Child> children(String typed) {
        String text = AGE_IN_WORDS.matcher(typed).replaceAll(m -> Matcher.quoteReplacement(m.group(1))
                + AGES_IN_WORDS.indexOf(m.group(2).toLowerCase(Locale.ROOT)));
        var oneAge = sharingOneAge(text);
        if (!oneAge.isEmpty()) {
            return oneAge;
        }
        var found = new ArrayList<Child>();
        boolean tooOld = false;
        Matcher m = CHILD.matcher(text);
        int previousEnd = 0;
        while (m.find()) {
            if (aDate(text, m.end())) {
                previousEnd = m.end(); // "Police 3 nov": the number is a day of the month, not an age
                continue;
            }
            if (m.group(3) != null && pregnantAfter(text, m.end())) {
                previousEnd = m.end(); // "chantelle 18, care leaver, 22 wks pregnant": how far on a pregnancy is, not an age
                continue;
            }
            // "18 mths" is 1 year old; "3 weeks", "3m" under one.
            int number = Integer.parseInt(m.group(2));
            int said = m.group(3) == null ? number : m.group(3).toLowerCase(Locale.ROOT).startsWith("m") ? number / 12 : 0;
            // "Mum is 28 weeks pregnant", "Helen 50 and Rob 52": a parent, or anyone older than a care leaver, is not a child.
            tooOld |= said > OLDEST_CHILD;
            if (said > OLDEST_CHILD || ADULTS.contains(m.group(1).toLowerCase(Locale.ROOT))
                    || aCarer(text.substring(Math.max(0, m.start() - CARER_LOOKBACK), m.start()), said)) {
                previousEnd = m.end();
                continue;
            }
            int age = said;
            boolean weeks = m.group(3) != null && m.group(3).toLowerCase(Locale.ROOT).startsWith("w");
            // "Demi Walsh 12": the word before the age is her surname; the child is called by her first name.
            int nameStart = m.start(1);
            String name = m.group(1);
            int first = firstNameBefore(text, previousEnd, nameStart, name);
            if (first >= 0) {
                name = text.substring(first, nameStart).strip();
                nameStart = first;
            }
            // "twins jude and jonah 2": a name joined by "and" to a named child with no age of its own shares it.
            Matcher sharing = SHARES_AGE.matcher(text.substring(previousEnd, nameStart));
            if (sharing.find() && !NOT_A_CHILD.contains(sharing.group(1).toLowerCase(Locale.ROOT))) {
                found.add(m.group(3) == null ? new Child(capitalised(sharing.group(1)), age)
                        : Child.young(capitalised(sharing.group(1)), Integer.parseInt(m.group(2)), weeks));
            }
            // "ruby 14 months": the age in months as said, and in whole years for the steps that ask about babies.
            found.add(m.group(3) == null ? new Child(capitalised(name), age)
                    : Child.young(capitalised(name), Integer.parseInt(m.group(2)), weeks));
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

    /* Words said before a child's name that describe the child: "little ella 4", "our eldest Kai 15". */
    private static final java.util.Set<String> DESCRIBING = java.util.Set.of("little", "young", "younger", "youngest", "older",
            "oldest", "eldest", "big", "new", "step", "middle", "twin", "foster", "adopted", "newborn");
    private static final Pattern A_NAME = Pattern.compile("(?iu)(?!" + NO_NAME + ")\\p{L}[\\p{L}'-]+");

    /**
     * Where the first name starts when {@code name} (the word before the age) is a surname: "Demi Walsh 12", "Ava Lowther
     * 7 wks". The word before it, parted by one space only, is a first name when both are written with a capital, or both
     * in lower case and neither is a word that is never a name, at the start of an item of the list; -1 otherwise ("Ella
     * and Sam 7", "baby Kai 6 months", "police said ella 4").
     * Read backwards over the characters between the previous child and the name: linear.
     */
    private static int firstNameBefore(String text, int from, int nameStart, String name) {
        int space = nameStart - 1;
        if (space <= from || text.charAt(space) != ' ') {
            return -1;
        }
        int start = space;
        while (start > from && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '-'
                || text.charAt(start - 1) == '\'')) {
            start--;
        }
        if (start == space || start > from && Character.isLetterOrDigit(text.charAt(start - 1))) {
            return -1;
        }
        // At the start of an item of the list ("Police said ella 4" has a verb before the name, no first name).
        String lead = text.substring(from, start).strip().toLowerCase(Locale.ROOT);
        if (!(lead.isEmpty() || ",;&/+(-:".indexOf(lead.charAt(lead.length() - 1)) >= 0 || lead.endsWith(" and") || lead.equals("and"))) {
            return -1;
        }
        String before = text.substring(start, space);
        boolean bothCapitals = Character.isUpperCase(before.charAt(0)) && Character.isUpperCase(name.charAt(0));
        boolean bothLower = before.equals(before.toLowerCase(Locale.ROOT)) && name.equals(name.toLowerCase(Locale.ROOT));
        String lower = before.toLowerCase(Locale.ROOT);
        boolean aName = A_NAME.matcher(before).matches() && !NOT_A_CHILD.contains(lower) && !ADULTS.contains(lower)
                && !SIBLINGS.contains(lower) && !WITH.contains(lower) && !aDateWord(lower) && !DESCRIBING.contains(lower);
        return aName && (bothCapitals || bothLower && A_NAME.matcher(name).matches()) ? start : -1;
    }

    /** Whether "pregnant" (or "preg") is the next word after {@code from}: "22 wks pregnant". */
    private static boolean pregnantAfter(String text, int from) {
        int i = from;
        while (i < text.length() && !Character.isLetterOrDigit(text.charAt(i))) {
            i++;
        }
        return text.regionMatches(true, i, "preg", 0, 4);
    }

    /** Words after a number that make it a time or a day of the month, not an age (a month too: "3 nov"). */
    private static final java.util.Set<String> TIME_OF_DAY = java.util.Set.of("pm", "am", "th", "st", "nd", "rd", "o'clock",
            "oclock");

    /** A month or a time of day: "nov", "pm", "th". */
    private static boolean aDateWord(String lower) {
        return TIME_OF_DAY.contains(lower) || Timescales.aMonth(lower);
    }

    /** True when the number just read is followed by a month or a time ("3 nov", "11 pm"): a date, not an age. */
    private static boolean aDate(String text, int end) {
        int i = end;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '/' || text.charAt(i) == '-')) {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) {
            j++;
        }
        return j > i && aDateWord(text.substring(i, j).toLowerCase(Locale.ROOT));
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
            boolean weeks = months && words[at + 1].toLowerCase(Locale.ROOT).startsWith("w");
            int age = months ? 0 : Integer.parseInt(words[at]);
            var children = new ArrayList<Child>();
            for (int j = 0; j < i; j++) {
                String name = words[j].replaceAll("[^\\p{L}'-]", "");
                String lower = name.toLowerCase(Locale.ROOT);
                if (name.isEmpty() || NOT_A_CHILD.contains(lower) || lower.equals("are") || !Character.isLetter(name.charAt(0))) {
                    continue;
                }
                children.add(months ? Child.young(capitalised(name), Integer.parseInt(words[at]), weeks)
                        : new Child(capitalised(name), age));
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

    /** The worry answer split into who is worried, the verb, and what they fear: {@link WhoIsWorried#read}. */
    static Optional<WhoIsWorried.Worry> worry(String typed) {
        return WhoIsWorried.read(typed);
    }

    static String listThenWe(String who) {
        return WhoIsWorried.listThenWe(who);
    }

    /** "Kai is safe, and " without what parts it from the next words (the scale's ends). */
    private static String trimBreaks(String text) {
        return WhoIsWorried.trimBreaks(text);
    }

    static Optional<Scale> scale(String text) {
        Matcher m = SCALE.matcher(text);
        if (m.matches()) {
            return Optional.of(new Scale(withoutJoiningEnd(withoutLeadingArrow(m.group(1))),
                    withoutLeadingArrow(m.group(2)).strip().replaceAll("[.\\s]+$", "")));
        }
        return endsAnywhere(text);
    }

    /** "0 -> nobody helps", "0 => ...": the arrow typed after the number is no part of what the end means. */
    private static String withoutLeadingArrow(String meaning) {
        int i = 0;
        while (i < meaning.length() && (Character.isWhitespace(meaning.charAt(i)) || "=->:\u2192".indexOf(meaning.charAt(i)) >= 0)) {
            i++;
        }
        return meaning.substring(i);
    }

    /** "0", "zero", then "=", ":", "-", "means", "is" or "would be": one end of the scale. */
    private static final Pattern ZERO_END = Pattern.compile(
            "(?iu)(?<![\\d.,/])\\b(?:0|zero)\\s*(?:/\\s*10\\s*)?(?:=|:|-|\u2013|means|meaning|being|equals|is when|is where|is|would be|would mean|will be)\\s*(?!(?:10|ten)\\b)");
    private static final Pattern TEN_END = Pattern.compile(
            "(?iu)(?<![\\d.,/])\\b(?:10|ten)\\s*(?:/\\s*10\\s*)?(?:=|:|-|\u2013|means|meaning|being|equals|is when|is where|is|would be|would mean|will be)\\s*(?!(?:0|zero)\\b)");

    /**
     * "0 aisha is doing everything ..., 10 the family have got it": an end said with its number and then the words, no
     * "=" or "means" between them; never "0 to 10" or "0 out of 10", which name the scale, not an end.
     */
    private static final Pattern BARE_ZERO_END = Pattern.compile(
            "(?iu)(?<![\\d.,/])\\b(?:0|zero)\\s+(?!(?:to|out|of|and|or|10|ten)\\b)(?=\\p{L})");
    private static final Pattern BARE_TEN_END = Pattern.compile(
            "(?iu)(?<![\\d.,/])\\b(?:10|ten)\\s+(?!(?:to|out|of|and|or|0|zero)\\b)(?=\\p{L})");

    /**
     * "Scale: 0 = ..., 10 = ...", "zero is ... ten is ...", "10 means ... and 0 means ...": both ends said anywhere, in
     * either order, each meaning running to the other end (or the end of the answer).
     */
    private static Optional<Scale> endsAnywhere(String text) {
        Matcher zero = ZERO_END.matcher(text);
        if (!zero.find()) {
            zero = BARE_ZERO_END.matcher(text);
            if (!zero.find()) {
                return Optional.empty();
            }
        }
        Matcher ten = TEN_END.matcher(text);
        if (!ten.find()) {
            ten = BARE_TEN_END.matcher(text);
            if (!ten.find()) {
                return Optional.empty();
            }
        }
        String zeroMeans = zero.start() < ten.start() ? text.substring(zero.end(), ten.start()) : text.substring(zero.end());
        String tenMeans = ten.start() < zero.start() ? text.substring(ten.end(), zero.start()) : text.substring(ten.end());
        zeroMeans = withoutJoiningEnd(withoutLeadingArrow(zeroMeans));
        tenMeans = withoutJoiningEnd(withoutLeadingArrow(tenMeans));
        return zeroMeans.isBlank() || tenMeans.isBlank() ? Optional.empty() : Optional.of(new Scale(zeroMeans, tenMeans));
    }

    /** "Mum 6, Dad 5, school: 4". Empty when none found; scores above 10 are refused by {@link ScaleScore}. */
    static List<ScaleScore> scores(String typed) {
        var found = new ArrayList<ScaleScore>();
        String text = withDigits(typed);
        Matcher m = SCORE.matcher(text);
        int previousEnd = 0;
        var unscored = new ArrayList<ScaleScore>();
        while (m.find()) {
            unscored.addAll(notScoredYet(text.substring(previousEnd, m.start())));
            String person = m.group(1).strip().replaceAll("(?i)^(and|,)\\s+", "");
            // "me 3": the worker's own score, named as in the plan's next steps, so the family reads one name for them.
            if (List.of("me", "i", "myself", "my score", "mine", "sw").contains(person.toLowerCase(Locale.ROOT))) {
                person = ActionLines.WORKER;
            }
            found.add(new ScaleScore(person, Integer.parseInt(m.group(2))));
            previousEnd = m.end();
        }
        if (found.isEmpty()) {
            return found; // only "not sure": the not-known reply asks, as before
        }
        unscored.addAll(notScoredYet(text.substring(previousEnd)));
        found.addAll(unscored);
        return found;
    }

    /** Up to this many words before "not sure" name the person who has not scored ("Nan", "the school"). */
    private static final int UNSCORED_NAME_WORDS = 3;

    /**
     * "nan not sure", "dad hasn't scored yet": between the scores, a person said with not knowing is kept as not
     * scored yet, so the plan shows who is still to ask. Read part by part (split at commas and "and"), no pattern.
     */
    private static List<ScaleScore> notScoredYet(String between) {
        var people = new ArrayList<ScaleScore>();
        for (String part : between.split("[,;.]|\\band\\b")) {
            String lower = " " + part.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip() + " ";
            for (String phrase : NotKnownWords.NOT_KNOWN) {
                int at = lower.indexOf(" " + phrase + " ");
                if (at < 0) {
                    continue;
                }
                String[] words = lower.substring(0, at).strip().split("\\s+");
                boolean named = words.length >= 1 && words.length <= UNSCORED_NAME_WORDS && !words[0].isEmpty()
                        && java.util.Arrays.stream(words).allMatch(w -> w.chars().allMatch(Character::isLetter))
                        && !List.of("i", "im", "we", "it", "still", "is").contains(words[0]);
                if (named) {
                    people.add(ScaleScore.notKnownYet(capitalised(String.join(" ", words))));
                }
                break;
            }
        }
        return people;
    }

    /** "Kai is safe, and " as "Kai is safe": the separators and joining word before the other end, trimmed by hand. */
    private static String withoutJoiningEnd(String meaning) {
        String t = trimBreaks(meaning.strip().replaceAll("[\\s/]+$", ""));
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

    /**
     * True when the fear is about the one child of the mapping without naming them: "he could seriously hurt his head",
     * "if nothing changes, shes 16 next year with ...". The statement says the child's name in its place.
     */
    /** A worker thinking aloud before the fear: "i suppose that", "i think", "probably". */
    private static final Pattern HEDGE = Pattern.compile("^(?:i (?:suppose|think|guess|reckon)(?: that)?|probably|maybe)\\s+");

    static boolean aboutTheOneChild(String fear, List<Child> children) {
        if (children.size() != 1) {
            return false;
        }
        String f = HEDGE.matcher(StatementComposer.withoutIfNothingChanges(fear).toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                .replaceFirst("");
        // "I suppose that he will keep hurting himself", "the debt will get him pulled back in": with one child, "him",
        // "himself" and "herself" are the child ("her" may be mum's, so it is not read).
        String padded = " " + f.replaceAll("[^\\p{L}' ]", " ") + " ";
        return List.of("he ", "she ", "hes ", "shes ", "he's ", "she's ", "he'll ", "she'll ").stream().anyMatch(f::startsWith)
                || List.of(" him ", " himself ", " herself ").stream().anyMatch(padded::contains);
    }

    /** True when {@code text} names one of the children as a word. */
    static boolean namesAChild(String text, List<Child> children) {
        String lower = text.toLowerCase(Locale.ROOT);
        return children.stream().anyMatch(c ->
                Pattern.compile("\\b" + Pattern.quote(c.firstName().toLowerCase(Locale.ROOT)) + "\\b").matcher(lower).find());
    }
}
