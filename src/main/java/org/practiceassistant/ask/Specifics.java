package org.practiceassistant.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.regex.Pattern;

/**
 * Keeps an answer honest about specifics the documents do not give. A question asking "how often" or
 * "how soon" whose passages set no timescale is told so before the nearest guidance; a question about
 * the review conference (RCPC) answered with passages about the initial one (ICPC) is told whose they are.
 *
 * <p>Linear: fixed phrases looked up in the lower-cased question, one unnested pattern over passage text.
 */
final class Specifics {

    static final String NO_TIMESCALE = "The guidance sets no timescale for this. The nearest guidance it gives:";

    /** Phrases that ask for a number of days, a frequency or a date. */
    private static final List<String> ASKS_WHEN = List.of(
            "how often", "how soon", "how long", "how quickly", "how quick", "how frequently", "how many days",
            "how many weeks", "how many months", "how many hours", "how many working days", "what day", "which day",
            "by when", "deadline", "timescale", "time scale", "time frame", "timeframe", "frequency", "when is the",
            "when does the", "when do we", "when do i", "when should the", "when will the", "when's the");

    /**
     * A number of hours, days, weeks or months, words that state an interval or a deadline, or a weekday (what "which day"
     * asks for, and what a panel's sittings are given as).
     */
    private static final Pattern GIVES_WHEN = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s+(working\\s+)?(hour|day|week|month|year)s?\\b"
                    + "|\\b(every|daily|weekly|fortnightly|monthly|annually|yearly|within|same day|next day|immediately|straight away"
                    + "|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a passage's text gives a when: a number of hours, days, weeks, months or years, or an interval or deadline
     * word. Also what a question for dates or a panel's sittings needs ({@link ScheduleQuestions}).
     */
    static boolean givesWhen(String text) {
        return GIVES_WHEN.matcher(text).find();
    }

    /** "How many nights / hours / weeks ...": a question that asks for a count of some span of time. */
    private static final Pattern ASKS_COUNT = Pattern.compile(
            "\\bhow many (working )?(hour|night|day|week|month|year)s?\\b");

    /** A number of some span of time ("5 working days", "two weeks", "4-6 weeks"). */
    private static final Pattern GIVES_COUNT = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)(\\s*-\\s*\\d+)?\\s+(working\\s+)?"
                    + "(hour|night|day|week|month|year)s?\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the (lower-case) question asks how many hours, nights, days, weeks, months or years and none of these
     * passages gives any such number: then the pack does not answer it ("how many nights of respite is a family
     * entitled to"), however much its other words match.
     */
    static boolean asksACountNoneGives(String question, List<String> passageTexts, Predicate<String> aboutTheQuestion) {
        return asksACountNoneGives(question, passageTexts, aboutTheQuestion, (timed, countedFrom) -> true);
    }

    /**
     * As {@link #asksACountNoneGives(String, List, Predicate)}, a number counting only for what it times ({@code
     * timesIt}: the words before it, not only those after it, are about the question). "Held 15 working days from the
     * strategy meeting which started the s47 enquiry" gives the conference's timescale, not the enquiry's.
     */
    static boolean asksACountNoneGives(String question, List<String> passageTexts, Predicate<String> aboutTheQuestion,
                                       BiPredicate<String, String> timesIt) {
        return ASKS_COUNT.matcher(question).find() && passageTexts.stream()
                .noneMatch(text -> sentences(text, aboutTheQuestion).anyMatch(sentence -> timesIt(sentence, timesIt)));
    }

    /** Whether some span of time in the sentence passes {@code timesIt} (the words before it, the words after it). */
    private static boolean timesIt(String sentence, BiPredicate<String, String> timesIt) {
        java.util.regex.Matcher count = GIVES_COUNT.matcher(sentence);
        while (count.find()) {
            if (timesIt.test(sentence.substring(0, count.start()), sentence.substring(count.end()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The sentences of a passage about what the question asks of ({@code aboutTheQuestion}: they share a word of its
     * subject): only they can give its number. "Visit the family within 5 working days of a referral" gives no number
     * of days to finish an assessment, and "Child in Need Meetings are held every 6 weeks" none for supervision.
     */
    private static Stream<String> sentences(String text, Predicate<String> aboutTheQuestion) {
        return SENTENCE_END.splitAsStream(text).filter(aboutTheQuestion);
    }

    /** A full stop ends a sentence only before a space or the end: "s.47" and "e.g." are inside one. */
    private static final Pattern SENTENCE_END = Pattern.compile("[;!?\\n]+|\\.+(?=\\s|$)");

    /**
     * A span of time the asker puts forward as the answer ("is it 45 working days", "24 hrs?", "within 24hrs"): a
     * number and a unit. Not one said about the case itself, which is context: an age ("8 months old", "baby is 8
     * months"), a time ago ("6 months ago") or a history ("over 2 years", "for 3 weeks").
     */
    private static final Pattern PROPOSED_SPAN = Pattern.compile(
            "\\b(\\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)\\s*(working\\s+)?"
                    + "(hours?|hrs?|days?|weeks?|wks?|months?|years?)\\b");

    /** Words after a span that make it context, not a proposed answer. */
    private static final Pattern SPAN_IS_CONTEXT_AFTER = Pattern.compile("\\s*(ago|old|pregnant)\\b");

    /** Words just before a span that make it context: "over 2 years", "for 3 weeks", "aged 15 years". */
    private static final List<String> SPAN_IS_CONTEXT_BEFORE = List.of("over", "for", "about", "aged", "age");

    /**
     * Whether the (lower-case) question puts forward a span of time ("is it still 45 working days ...", "..., 24
     * hrs?") that none of these passages states, in the same number and unit: then the pack does not answer it,
     * whatever else it shares with them. A how-often question answered with some frequency is answered (the asker's
     * "every 6 weeks" may simply be wrong), and so is one whose span a passage states.
     */
    static boolean proposesASpanNoneStates(String question, List<Answer> best, Predicate<String> aboutTheQuestion) {
        List<String> proposed = spans(question, true);
        if (proposed.isEmpty()) {
            return false;
        }
        // Only a passage about the service asked about can state it ("every 6 weeks" for CIN meetings is not for TAF reviews).
        List<Service> asked = SERVICES.stream().filter(service -> names(question, service.names())).toList();
        List<String> texts = best.stream().filter(answer -> isAbout(answer, asked)).map(Answer::text).toList();
        // Only a sentence about what the question asks of counts: "CIN meetings are held every 6 weeks" says nothing of
        // how often supervision is, though both are "every 6 weeks".
        List<String> sentences = texts.stream().flatMap(text -> sentences(text, aboutTheQuestion)).toList();
        if (ASKS_HOW_OFTEN.stream().anyMatch(question::contains)
                && sentences.stream().anyMatch(sentence -> GIVES_HOW_OFTEN.matcher(sentence).find())) {
            return false;
        }
        return sentences.stream().map(sentence -> spans(sentence.toLowerCase(Locale.ROOT), false)).noneMatch(stated -> stated.stream()
                .anyMatch(proposed::contains));
    }

    /** The spans of time in lower-case text as "number unit" ("24 hour", "45 day"), context spans left out when asked. */
    private static List<String> spans(String text, boolean proposedOnly) {
        List<String> spans = new ArrayList<>();
        java.util.regex.Matcher span = PROPOSED_SPAN.matcher(text);
        while (span.find()) {
            if (proposedOnly && isContext(text, span.start(), span.end())) {
                continue;
            }
            spans.add(number(span.group(1)) + " " + unit(span.group(3)));
        }
        return spans;
    }

    private static boolean isContext(String text, int start, int end) {
        if (SPAN_IS_CONTEXT_AFTER.matcher(text).region(end, text.length()).lookingAt()) {
            return true;
        }
        String[] before = text.substring(Math.max(0, start - 30), start).strip().split(" ");
        String previous = before[before.length - 1];
        String beforeThat = before.length > 1 ? before[before.length - 2] : "";
        // "baby is 8 months": an age; "is it 3 months": a question.
        return SPAN_IS_CONTEXT_BEFORE.contains(previous)
                || List.of("is", "was", "are").contains(previous) && !beforeThat.equals("it");
    }

    private static final List<String> NUMBER_WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty");

    private static String number(String written) {
        int word = NUMBER_WORDS.indexOf(written);
        return word >= 0 ? String.valueOf(word) : written.replaceFirst("^0+(?=\\d)", "");
    }

    private static String unit(String written) {
        return switch (written.charAt(0)) {
            case 'h' -> "hour";
            case 'd' -> "day";
            case 'w' -> "week";
            case 'm' -> "month";
            default -> "year";
        };
    }

    /**
     * Phrases that ask when something happens or how long it may take: fewer than {@link #ASKS_WHEN}, whose "when do i"
     * also opens "when do i write a danger statement rather than a worry statement", and whose bare "timescale" is in
     * "do safety goals need timescales".
     */
    private static final List<String> ASKS_TIMING = List.of(
            "how often", "how soon", "how quickly", "how frequently", "frequency", "how long have", "how long do",
            "how long does", "how long until", "how many days", "how many working days", "how many weeks", "how many months",
            "when is the first", "when is the next", "when are the first", " due", "timescale for", "timescale to");

    /**
     * A question for yes or no ("does the plan have to say how often the SW will visit", "do i need to put visit
     * frequency in the plan"): its timing words name what is asked about, they do not ask for a timescale.
     */
    private static final Pattern ASKS_YES_OR_NO = Pattern.compile(
            "(do|does|did|is|are|should|must|can|will|would|have|has|need) ");

    /** A second thing asked beside the timing ("how often and what for"): the passages may answer that one. */
    private static final Pattern ASKS_MORE = Pattern.compile("\\band (what|who|how|why|where|which)\\b");

    /**
     * Whether the (lower-case) question asks when or how often something happens, asks nothing else, and none of these
     * passages about the service it names (any, when it names none) sets a timescale: "when is the first LAC review
     * due" answered with what care team meetings are for. The caller applies it only when the best passage covers
     * little of the question, so a passage about the very thing asked still comes with "The guidance sets no
     * timescale for this" ({@link #notes}).
     */
    static boolean asksATimingNoneGives(String question, List<Answer> best) {
        if (ASKS_TIMING.stream().noneMatch(question::contains) && !FIRST_AFTER.matcher(question).find()
                || ASKS_MORE.matcher(question).find() || ASKS_YES_OR_NO.matcher(question).lookingAt()) {
            return false;
        }
        Pattern answersIt = ASKS_HOW_OFTEN.stream().anyMatch(question::contains) ? GIVES_HOW_OFTEN : GIVES_WHEN;
        List<Service> asked = SERVICES.stream().filter(service -> names(question, service.names())).toList();
        // Whole passages, not only their sentences about the question's subject: read that closely, the rule turned away
        // four answerable questions (twins included) on the tuning splits for one more near-domain one.
        return best.stream().filter(answer -> isAbout(answer, asked)).noneMatch(answer -> answersIt.matcher(answer.text()).find());
    }

    /** "First core group after ICPC", "first review after placement": Teams shorthand for when the first one is. */
    private static final Pattern FIRST_AFTER = Pattern.compile("\\bfirst [a-z]+( [a-z]+)? (after|following)\\b");

    /**
     * What a timing question asks about, without the event it is counted from, for {@link #notes}: "first core group
     * after ICPC" asks when the core group is, so "3 days before the conference" (about the conference) is no answer. The event is the
     * one or two words after "after", "following" or "since" (an article skipped).
     */
    static String withoutTheEventCountedFrom(String question) {
        return COUNTED_FROM.matcher(question).replaceAll(" ");
    }

    private static final Pattern COUNTED_FROM = Pattern.compile(
            "\\b(after|following|since) (the |a |an )?[a-z0-9&]+( (meeting|conference|discussion|conf|visit|assessment))?\\b");

    /** "What age", "up to what age", "until 21 or 25": a question that asks for an age. */
    private static final Pattern ASKS_AGE = Pattern.compile(
            "\\b(what age|which age|age limit)\\b|\\b(until|till|up to) (the age of )?(1[4-9]|2[0-9])\\b|\\b(1[4-9]|2[0-9]) or (1[4-9]|2[0-9])\\b");

    /** An age stated: "from the age of 17", "aged 16", "reach 13", "under 18", "18 years old", "16+". */
    private static final Pattern GIVES_AGE = Pattern.compile(
            "\\b(age|aged|ages|reach|reaches|turn|turns|until|till|under|over|up to)\\s+(of\\s+)?(1[0-9]|2[0-9])\\b"
                    + "|\\b(1[0-9]|2[0-9])\\s*(years? old|\\+|th birthday)", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the (lower-case) question asks for an age ("up to what age can care leavers keep their PA") that none of
     * these passages states: the pack does not answer it, however much of the rest they share.
     */
    static boolean asksAnAgeNoneGives(String question, List<String> passageTexts) {
        return ASKS_AGE.matcher(question).find() && passageTexts.stream().noneMatch(text -> GIVES_AGE.matcher(text).find());
    }

    /**
     * Words that make an age question ask when something ends ("what age does leaving care end", "up to what age"):
     * only an age something lasts until answers it, not the age it starts at ("from the age of 17").
     */
    private static final List<String> ASKS_AN_END = List.of(" end", " ends", " stop", " stops", " finish", "until", "till",
            "up to", "cut off", "cut-off", "no longer");

    /** "Does a care order end at 18": an age put forward as the end. */
    private static final Pattern ENDS_AT_AN_AGE = Pattern.compile("\\b(end|ends|stop|stops|finish|finishes) at (1[4-9]|2[0-9])\\b");

    /** An age something lasts until: "until the age of 21", "up to 25", "under 18", "ends at 18", "18th birthday". */
    private static final Pattern GIVES_END_AGE = Pattern.compile(
            "\\b(until|till|up to|under|to|ends? at|before)\\s+(the\\s+)?(age\\s+(of\\s+)?)?(1[0-9]|2[0-9])\\b"
                    + "|\\b(1[0-9]|2[0-9])(th)? birthday\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the (lower-case) question asks the age at which something ends ("leaving care - what age does it end",
     * "does a care order end at 18") and none of these passages states an age anything lasts until: a start age
     * ("we aim to start working with them from the age of 17½") is no answer.
     */
    static boolean asksAnEndAgeNoneGives(String question, List<String> passageTexts) {
        boolean asksAnEnd = ENDS_AT_AN_AGE.matcher(question).find()
                || ASKS_AGE.matcher(question).find() && ASKS_AN_END.stream().anyMatch(question::contains);
        return asksAnEnd && passageTexts.stream().noneMatch(text -> GIVES_END_AGE.matcher(text).find());
    }

    /** "How many core groups", "how many cases": a question that asks for a number of things (the word after). */
    private static final Pattern ASKS_A_NUMBER_OF = Pattern.compile("\\bhow many ([a-z]+)(?: ([a-z]+))?");

    /** Words after "how many" that ask for a span or a frequency (the other rules' business) or name no thing. */
    private static final List<String> NOT_THINGS = List.of("hour", "hours", "hrs", "night", "nights", "day", "days", "week",
            "weeks", "month", "months", "year", "years", "working", "times", "of", "more", "do", "does", "is", "are", "should",
            "can", "will", "must", "have", "has", "the", "a", "i", "we", "you");

    /**
     * Whether the (lower-case) question asks how many of some thing there are or must be ("how many core groups between
     * conferences") and no sentence of these passages about the question puts a number before that thing ("at least
     * two other partner agencies" answers "how many agencies"): the pack does not give the number.
     */
    static boolean asksANumberOfThingsNoneGives(String question, List<String> passageTexts, Predicate<String> aboutTheQuestion) {
        java.util.regex.Matcher asked = ASKS_A_NUMBER_OF.matcher(question);
        if (!asked.find() || NOT_THINGS.contains(asked.group(1))) {
            return false;
        }
        List<String> things = Stream.of(asked.group(1), asked.group(2))
                .filter(word -> word != null && word.length() >= 4 && !NOT_THINGS.contains(word)).toList();
        if (things.isEmpty()) {
            return false;
        }
        return passageTexts.stream().flatMap(text -> sentences(text, aboutTheQuestion))
                .noneMatch(sentence -> countsAny(sentence.toLowerCase(Locale.ROOT), things));
    }

    /** Words that bound how many there are without a number: "Bottom lines are kept to a minimum" answers "how many". */
    private static final List<String> BOUNDS = List.of("minimum", "maximum", "as few", "fewer", "no more than", "at most",
            "at least", "limited to");

    /**
     * Whether a number stands within three words before one of the things ("two other partner agencies"), or the
     * sentence names one of them and bounds their number ("kept to a minimum").
     */
    private static boolean countsAny(String sentence, List<String> things) {
        String[] words = sentence.split("[^a-z0-9]+");
        if (BOUNDS.stream().anyMatch(sentence::contains) && Stream.of(words)
                .anyMatch(word -> word.length() >= 4 && things.stream().anyMatch(thing -> thing.regionMatches(0, word, 0, 4)))) {
            return true;
        }
        for (int i = 0; i < words.length; i++) {
            if (!words[i].isEmpty() && (Character.isDigit(words[i].charAt(0)) || NUMBER_WORDS.contains(words[i]))) {
                for (int j = i + 1; j < Math.min(words.length, i + 4); j++) {
                    String word = words[j];
                    if (word.length() >= 4 && things.stream().anyMatch(thing -> thing.regionMatches(0, word, 0, 4))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "How long does a supervision order last", "the minimum time a child is on a plan": a question that asks how long
     * something lasts. Only a span of time answers it.
     */
    private static final Pattern ASKS_FOR_A_LIMIT = Pattern.compile(
            "\\b(minimum|maximum|min|max|shortest|longest) (time|period|length|duration)\\b");

    /**
     * Whether the (lower-case) question asks how long something lasts and no sentence of these passages about the
     * question gives a span of time: the pack sets no duration for it.
     */
    static boolean asksHowLongItLastsNoneGives(String question, List<String> passageTexts, Predicate<String> aboutTheQuestion) {
        boolean asksHowLong = question.contains("how long") && (names(question, LASTS) || LAST_AS_A_VERB.matcher(question).find())
                || ASKS_FOR_A_LIMIT.matcher(question).find();
        return asksHowLong && passageTexts.stream()
                .noneMatch(text -> sentences(text, aboutTheQuestion).anyMatch(Specifics::givesASpan));
    }

    /** Words that, with "how long", ask how long something lasts or someone stays on it ("how long do children stay on a plan"). */
    private static final List<String> LASTS = List.of("lasts", "stay on", "stays on", "remain on", "remains on");

    /**
     * "Last" as the verb ("how long does a supervision order last", "last for"), not the adjective of the asker's context
     * ("allocated to me last week - how long have i got"): at the end, before punctuation, or before a word a verb
     * takes. A fixed lookahead, no repetition: linear.
     */
    private static final Pattern LAST_AS_A_VERB = Pattern.compile(
            "\\blast(?=$|[^a-z0-9 ]| (for|until|before|after|and|or|if|when|beyond|past|over|usually|normally|typically"
                    + "|generally|roughly)\\b)");

    /**
     * Whether a sentence gives a span of time, not a frequency or a deadline: "reviewed at least every 3 months" says how
     * often, and "a TAF meeting will be arranged within 6 days" how soon, not how long anything lasts.
     */
    private static boolean givesASpan(String sentence) {
        return timesIt(sentence, (before, after) -> !before.toLowerCase(Locale.ROOT).endsWith("every ")
                && !before.toLowerCase(Locale.ROOT).endsWith("each ") && !before.toLowerCase(Locale.ROOT).endsWith("within "));
    }

    /**
     * "What score means we go to strategy", "the cut off on the SDQ", "how is the CSE risk tool scored": a question asking
     * for a score or a cut-off. (Not "people scored differently on the mapping", which asks what to do.)
     */
    private static final Pattern ASKS_A_SCORE = Pattern.compile(
            "\\b(what|which) score\\b|\\bcut[- ]?off (score|point|for|on)\\b|\\bscore means\\b|\\bhow (is|are) (the |a |an )?[a-z ]{1,40} scored\\b");

    /** A sentence about scores or scales: only one with a number in it gives a score. */
    private static final Pattern ABOUT_SCORES = Pattern.compile("\\b(score|scores|scored|scoring|scale|scales|scaling)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the (lower-case) question asks for a score or cut-off ("CSE risk tool - what score means we go to strategy")
     * and no sentence of these passages about scores holds a number: the pack names such tools but scores none of them
     * (its only scores are its scaling questions, 0 to 10).
     */
    static boolean asksAScoreNoneGives(String question, List<String> passageTexts) {
        return ASKS_A_SCORE.matcher(question).find() && passageTexts.stream().flatMap(SENTENCE_END::splitAsStream)
                .noneMatch(sentence -> ABOUT_SCORES.matcher(sentence).find() && sentence.chars().anyMatch(Character::isDigit));
    }

    /** "How many working days to complete a C&F assessment", "how long does a s47 have to be completed in". */
    private static final Pattern ASKS_A_TIME_TO_FINISH = Pattern.compile(
            "\\b(how many (working )?(hour|day|week|month)s?|how long)\\b");

    /**
     * Words for finishing something, as a question asks them. ("Done" is left out: "get the first TAF done" asks when it is
     * held.) Reaching a decision is finishing one: "how long has the panel got to decide" asks how long a decision
     * may take.
     */
    private static final Pattern FINISH = Pattern.compile(
            "\\b(complete|completed|completing|completion|finish|finished|finishing|conclude|concluded|decide|decided|deciding"
                    + "|decision|decisions)\\b");

    /** The same, as a passage may say them before a span: "completed within", "finished in", "concluded by", "decided within". */
    private static final Pattern SAYS_FINISHED = Pattern.compile("\\b(complet|finish|conclu|decid|decision)[a-z]*\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether the (lower-case) question asks how long there is to finish something ("how many working days do I have to
     * complete a child and family assessment") and no sentence of these passages gives a span for finishing anything (a
     * finishing word before the span): "visit the family within 5 working days of a referral" times the first visit,
     * and "held 10 days after the completion of the assessment" counts from the end; neither says how long it may take.
     */
    static boolean asksATimeToFinishNoneGives(String question, List<String> passageTexts) {
        return ASKS_A_TIME_TO_FINISH.matcher(question).find() && FINISH.matcher(question).find()
                && passageTexts.stream().flatMap(SENTENCE_END::splitAsStream).noneMatch(Specifics::givesATimeToFinish);
    }

    private static boolean givesATimeToFinish(String sentence) {
        return timesIt(sentence, (before, after) -> SAYS_FINISHED.matcher(before).find());
    }

    /** "Which template do we use", "is there a form for it": a question that asks which form or template to use. */
    private static final Pattern ASKS_WHICH_FORM = Pattern.compile(
            "\\b(which|what) (form|template|proforma)s?\\b|\\bis there an? (form|template|proforma)\\b");

    /** A passage that names a form or template (its heading included: "Mapping template guidance"). */
    private static final Pattern NAMES_A_FORM = Pattern.compile("\\b(forms?|templates?|proformas?)\\b", Pattern.CASE_INSENSITIVE);

    /**
     * Whether the (lower-case) question asks which form or template to use and none of these passages (heading and text)
     * names one: "core group minutes - which template" is not answered by what good core group minutes hold.
     */
    static boolean asksWhichFormNoneNames(String question, List<Answer> best) {
        return ASKS_WHICH_FORM.matcher(question).find()
                && best.stream().noneMatch(answer -> NAMES_A_FORM.matcher(answer.section() + " " + answer.text()).find());
    }

    /**
     * Whether the (lower-case) question asks when one of two meetings told apart by name happens ("how soon after the
     * ICPC is the first review conference") and the best passage is about the other one only: the pack gives no
     * timescale for the meeting asked about, so it does not answer the question.
     */
    static boolean asksWhenOfAnotherMeeting(String question, Answer best) {
        if (!asksWhen(question) && spans(question, true).isEmpty()) {
            return false;
        }
        String text = (best.section() + " " + best.text()).toLowerCase(Locale.ROOT);
        return names(question, REVIEW) && !names(text, REVIEW) || names(question, INITIAL) && !names(question, REVIEW)
                && names(text, REVIEW) && !names(text, INITIAL);
    }

    /** Phrases that ask how often: only a frequency answers them, not any number of days. */
    private static final List<String> ASKS_HOW_OFTEN = List.of("how often", "how frequently", "frequency", "how many times");

    /**
     * A frequency: "every 10 working days", "weekly", "twice a month". "Recorded 24 hours after the visit" gives a
     * time but says nothing of how often visits are.
     */
    private static final Pattern GIVES_HOW_OFTEN = Pattern.compile(
            "\\b(every|daily|weekly|fortnightly|monthly|annually|yearly|once a|twice a|times a)\\b", Pattern.CASE_INSENSITIVE);

    /** Two meetings people tell apart by name; a passage about one does not answer a question about the other. */
    private record Meeting(String name, List<String> names) {}

    private static final Meeting INITIAL = new Meeting("the initial child protection conference (ICPC)",
            List.of("icpc", "icpcs", "initial child protection conference", "initial cp conference", "initial conference",
                    "initial conf", "initial cp conf"));
    private static final Meeting REVIEW = new Meeting("the review child protection conference (RCPC)",
            List.of("rcpc", "rcpcs", "review child protection conference", "review cp conference", "review conference",
                    "review conferences", "reviews conference", "review conf", "review cp conf"));

    private Specifics() {}

    /** The notes an answer to this (lower-case) question needs, given the passages it shows; usually none. */
    static List<String> notes(String question, List<Answer> shown) {
        return notes(question, shown, sentence -> true);
    }

    /**
     * As {@link #notes(String, List)}, a timescale counting only from a sentence about what the question asks of
     * ({@code aboutTheQuestion}): "within 5 working days" said of core group minutes is no timescale for the first core
     * group.
     */
    static List<String> notes(String question, List<Answer> shown, Predicate<String> aboutTheQuestion) {
        List<String> notes = new ArrayList<>();
        Pattern answersIt = ASKS_HOW_OFTEN.stream().anyMatch(question::contains) ? GIVES_HOW_OFTEN : GIVES_WHEN;
        // Only a passage about the service asked about answers it: a CIN meeting's "every 6 weeks" says nothing of how
        // often a child on a CP plan is visited.
        List<Service> asked = SERVICES.stream().filter(service -> names(question, service.names())).toList();
        if (asksWhen(question) && shown.stream().filter(answer -> isAbout(answer, asked))
                .noneMatch(answer -> sentences(answer.text(), aboutTheQuestion).anyMatch(sentence -> answersIt.matcher(sentence).find()))) {
            notes.add(NO_TIMESCALE);
        }
        meetingNote(question, shown, REVIEW, INITIAL).ifPresent(notes::add);
        meetingNote(question, shown, INITIAL, REVIEW).ifPresent(notes::add);
        return notes;
    }

    /** Services whose timescales differ, as questions and sections name them. */
    private record Service(List<String> names) {}

    private static final List<Service> SERVICES = List.of(
            new Service(List.of("cp", "child protection", "cpp")),
            new Service(List.of("cin", "child in need", "children in need")),
            new Service(List.of("lac", "cla", "looked after", "children looked after")),
            new Service(List.of("eh", "early help", "taf", "team around the family")),
            new Service(List.of("care leaver", "care leavers", "leaving care")));

    /** Whether the answer is about one of the services asked about (any answer is, when the question names none). */
    private static boolean isAbout(Answer answer, List<Service> asked) {
        if (asked.isEmpty()) {
            return true;
        }
        String text = (answer.section() + " " + answer.text()).toLowerCase(Locale.ROOT);
        return asked.stream().anyMatch(service -> names(text, service.names()));
    }

    static boolean asksWhen(String question) {
        return ASKS_WHEN.stream().anyMatch(question::contains) || FIRST_AFTER.matcher(question).find();
    }

    private static java.util.Optional<String> meetingNote(String question, List<Answer> shown, Meeting asked, Meeting other) {
        if (!names(question, asked) || names(question, other) || shown.isEmpty()) {
            return java.util.Optional.empty();
        }
        Answer best = shown.getFirst();
        String text = (best.section() + " " + best.text()).toLowerCase(Locale.ROOT);
        if (names(text, other) && !names(text, asked)) {
            return java.util.Optional.of("The guidance found is about " + other.name() + ", not " + asked.name()
                    + ": it says nothing more specific about " + asked.name() + ".");
        }
        return java.util.Optional.empty();
    }

    private static boolean names(String text, Meeting meeting) {
        return names(text, meeting.names());
    }

    private static boolean names(String text, List<String> names) {
        for (String name : names) {
            int at = text.indexOf(name);
            while (at >= 0) {
                boolean startsWord = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
                int end = at + name.length();
                boolean endsWord = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
                if (startsWord && endsWord) {
                    return true;
                }
                at = text.indexOf(name, at + 1);
            }
        }
        return false;
    }
}
