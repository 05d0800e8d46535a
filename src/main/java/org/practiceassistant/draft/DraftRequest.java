package org.practiceassistant.draft;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.practiceassistant.ask.EnglishWords;
import org.practiceassistant.conversation.RequestWords;

/**
 * A request to be walked through writing in everyday words, beyond the coach's own start phrases: "can
 * you help me write a danger statement", "i need to do a worry statement for an EH case can you walk me
 * through it", "lets draft a wellbeing goal". A message that asks for a check ("check", "feedback on",
 * "look over") is Check's; one that asks for an explanation or example is a question.
 */
final class DraftRequest {

    private static final RequestWords ASKS_TO_WRITE = new RequestWords(
            List.of("write", "writing", "draft", "drafting", "put together", "build", "word", "walk me through", "coach", "go through",
                    "step by step", "together", "start", "help me", "help with", "need help", "do a", "do the", "do my", "create",
                    "guided coach", "from scratch", "stuck", "do some", "new", "another", "fresh", "guide me", "work out", "turn them into", "begin", "no idea",
                    "thru", "take me through", "talk me through",
                    // "i need a success goal for a 14 year old in care", "could we work through the worries column together";
                    // "need a" alone is in questions ("does the plan need a network meeting").
                    "i need a", "i need an", "work through",
                    // "want to have a go at a safety goal, can you prompt me".
                    "have a go", "prompt me",
                    // "need to rewrite my danger statement, TM said it was all jargon": writing it again is writing it.
                    "rewrite", "rewriting", "reword", "rephrase", "redo"),
            // "plan" too: "help me put together a safety plan" is a mapping to walk through ("check my plan" is Check's).
            List.of("statement", "statements", "stmt", "goal", "goals", "mapping", "map", "ds", "sg", "plan", "bottom lines",
                    "bottom line", "column", "columns",
                    // "need DSs for 3 siblings", "help me write the harm and complicating factors bits": plurals and the mapping's parts.
                    "dss", "sgs", "complicating factors",
                    // "help me put the worries into words: ...": words to be written ("worries" alone is in questions: "new
                    // safety worries for a LAC child - where does it go").
                    "into words",
                    // "help me write words and pictures for a 6 year old ...": the explanation for a child is written work too.
                    "words and pictures"),
            List.of("check", "chk", "chek", "checking", "checked", "review my", "feedback on", "audit", "look over",
                    "up to standard"),
            // "need to start a maping ...": a thing typed with a slip, unless the word typed is English ("goats").
            EnglishWords::contains);

    /* "mapping", "new mapping pls": the thing alone, asked for with nothing but these words. */
    private static final Set<String> MAPPING_ALONE = Set.of("mapping", "a", "new", "another", "pls", "please", "plz", "start", "lets",
            "let's", "do", "map", "guided", "with", "me",
            // "first mapping help": a newly qualified worker's first one.
            "first", "help", "nqsw");
    /*
     * The work wanted now, said after a question about how to do it: "how do i write a worry statement, ive got to get one done
     * today". Then the question is a request for the coach (one is being written), not for guidance in general.
     */
    private static final List<String> WANTED_NOW = List.of("get one done", "got one to do", "have one to do", "need one today",
            "need one for", "need one by", "need one done", "one due", "due today", "due tomorrow",
            // "how do i write a danger statement for this family - mums new partner has ...": for the worker's own case.
            "for this family", "for this case", "for my family", "for my case", "for this child", "for these kids",
            "for these children", "for this young person");

    /*
     * Asking the coach to rewrite the worker's own words, the request opening the message: "turn this into something mum
     * will understand: '...'", "can you redo this safety goal so it's got a timescale?\n<goal>". Opening it, not asking how
     * ("how do i reword this for parents" is a question).
     */
    private static final List<String> REWRITE = List.of("turn this into", "turn it into", "turn these into", "redo this", "redo my",
            "redo it", "rewrite this", "rewrite my", "reword this", "reword my", "rephrase this", "rephrase my", "re word this",
            "re write this", "make this into", "put this into", "put this in plain",
            // "make this SMART: ...", "can you make this more child focused? ...": the worker's words made better.
            "make this", "make it more", "make it smart", "improve this", "improve my", "tighten this", "tighten up this",
            // "can you word this better? '...'", "can you rewrite it in words dad will understand: '...'": the words just given.
            "word this", "word it", "rewrite it", "reword it", "rephrase it", "re word it", "re write it");
    /* Words before a rewrite that only ask politely: "can you redo ...", "could u turn this into ...". */
    private static final Set<String> POLITE = Set.of("can", "could", "would", "will", "you", "u", "please", "pls", "plz", "hi", "hey",
            "quick", "one", "just");
    /* "what would the danger statement be?", "what would a safety goal look like for this: ...": the draft asked for a case. */
    private static final Set<String> DRAFT_THINGS = Set.of("statement", "statements", "goal", "goals", "ds", "sg");
    /* The kinds named before a thing: "need success goals for ...". */
    private static final Set<String> KINDS = Set.of("safety", "success", "wellbeing", "danger", "worry", "harm");
    private static final List<String> LOOK_LIKE = List.of("look", "like");
    private static final int WORDING_WITHIN = 4;
    /* A case told before or after that question, at least this many words of it. */
    private static final int SHORTEST_CASE_WORDS = 12;
    /*
     * Case notes pasted with no request, opening on the child and their age ("Ruby 5. 3 x police callouts ...", "Jax 14, missing
     * from home ..."), saying who the family are and asking nothing: the worker wants them mapped. A number after a capital
     * that names no child: "Year 9", "Section 47", "Level 3".
     */
    private static final Set<String> NOT_A_CHILD = Set.of("year", "section", "level", "tier", "stage", "step", "week", "day", "page",
            "part", "s", "form", "box", "question", "article", "schedule", "chapter", "grade", "band", "rule", "room", "phase", "key",
            "plan", "cp", "cin", "la");
    private static final Set<String> FAMILY = Set.of("mum", "dad", "mother", "father", "parents", "carer", "carers", "nan", "gran",
            "grandma", "grandad", "stepdad", "stepmum", "partner", "sibling", "siblings", "brother", "sister", "aunt", "uncle");
    private static final Set<String> ASKING = Set.of("how", "what", "why", "when", "where", "which", "should", "can", "could",
            "do", "does", "is", "are", "advice", "guidance", "anyone");
    private static final int SHORTEST_CASE_NOTES_WORDS = 10;
    private static final int OLDEST_CHILD = 18;

    private DraftRequest() {}

    static boolean asks(String message) {
        return asksInWords(message) || asksOnItsFirstLine(message) || asksForARewrite(message) || asksWhatTheDraftWouldBe(message)
                || caseNotesAlone(message) || asksToWriteThemLast(message) || asksBeforeAQuotation(message)
                || asksForTheirFamilyFirst(message) || namesTheWorkThenAsksForHelp(message) || asksWhereToStartForTheirCase(message)
                || namesTheThingAndHelp(message) || asksForARewriteLast(message) || saysTheyMustWriteItThenAsksForHelp(message)
                || asksHowToSayAQuotation(message) || asksBeforeAPaste(message) || asksHowToWriteOneForTheirCase(message);
    }

    /* "how would you say", "how would u word": the worker asking the coach to say their words again. */
    private static final List<List<String>> HOW_WOULD_YOU_SAY = java.util.stream.Stream.of("how would you say", "how would you word",
            "how would you phrase", "how would you put", "how would u say", "how would u word", "how would u phrase",
            "how would u put", "how would you rephrase", "how would you reword").map(RequestWords::tokens).toList();

    /**
     * "how would you say '&lt;the worker's words&gt;' in a way nan would get": the opening, then the worker's own words quoted
     * straight after it, asks for them rewritten ("how would you say no to a parent" quotes nothing and stays a question).
     */
    private static boolean asksHowToSayAQuotation(String message) {
        String text = message.strip();
        int quote = -1;
        for (int i = 1; i < text.length(); i++) {
            if (isQuote(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
                quote = i;
                break;
            }
        }
        if (quote < 0 || text.substring(quote + 1).chars().noneMatch(c -> isQuote((char) c))) {
            return false;
        }
        List<String> opening = RequestWords.tokens(text.substring(0, quote));
        return HOW_WOULD_YOU_SAY.contains(opening);
    }

    /* After the colon, at least this many words of the worker's own: a statement, not "can you help: thanks". */
    private static final int SHORTEST_PASTE_WORDS = 8;

    /**
     * "need a safety goal to go with this danger statement, can you help: &lt;statement, unquoted&gt;": the request before the
     * first colon, read alone, with the worker's own words after it (a quotation's rule, for a paste without quotation marks).
     * A request to check what follows is Check's, which reads the message first.
     */
    private static boolean asksBeforeAPaste(String message) {
        String text = message.strip();
        int colon = text.indexOf(':');
        return colon > 0 && RequestWords.tokens(text.substring(colon + 1)).size() >= SHORTEST_PASTE_WORDS
                && asksInWords(text.substring(0, colon));
    }

    /* "how do i write", "how do i word": the how-to opening a case can follow. */
    private static final List<List<String>> HOW_DO_I_WRITE = java.util.stream.Stream.of("how do i write", "how do i word",
            "how do i do", "how would i write", "how should i write", "how do you write", "how do u write")
            .map(RequestWords::tokens).toList();
    /* A child's age as a case gives it: "15 yo", "(8 wks)", "a 9 month old", "Kyle (16)". */
    private static final java.util.regex.Pattern AGE_GIVEN = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}\\s*(?:yo|y/o|yrs?|years?|wks?|weeks?|months?|mths?|mnths?)\\b|\\(\\d{1,2}\\)",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * "how do i write a danger statement for exploitation, 15 yo boy going missing, ...", "baby (8 wks) had a bruise ... how
     * do i write the danger statment when we dont know who did it": how to write a statement or goal, with a child's case
     * told beside it (at least a case's worth of words, a child's age among them): the worker wants this one written. A
     * how-to with no child's case ("how do i write a danger statement when mum disagrees") stays a question.
     */
    private static boolean asksHowToWriteOneForTheirCase(String message) {
        List<String> words = RequestWords.tokens(message);
        if (words.size() < SHORTEST_CASE_WORDS + 5 || !AGE_GIVEN.matcher(message).find()) {
            return false;
        }
        for (List<String> opening : HOW_DO_I_WRITE) {
            int at = Collections.indexOfSubList(words, opening);
            if (at >= 0) {
                int after = at + opening.size();
                List<String> object = words.subList(after, Math.min(words.size(), after + 3));
                return object.stream().anyMatch(word -> NAMES_A_DRAFT_THING.asks("write " + word));
            }
        }
        return false;
    }

    /* The plea closing a short message after the thing it is for: "danger statement help", "maping help pls". */
    private static final Set<List<String>> HELP_AFTER = Set.of(List.of("help"), List.of("help", "pls"), List.of("help", "please"),
            List.of("help", "plz"), List.of("help", "needed"));
    /* At most this many words name the thing before the plea ("wellbeing goal", "worry statement for nan"). */
    private static final int LONGEST_THING_BEFORE_HELP = 3;

    /**
     * "danger statement help", "maping help": a statement, goal or the mapping named and "help" after it, nothing else, asks
     * for help with it now; the thing read through a slip as the request words read it ("core group help" names none).
     */
    private static boolean namesTheThingAndHelp(String message) {
        if (message.indexOf('?') >= 0) {
            return false;
        }
        List<String> words = RequestWords.tokens(message);
        for (List<String> plea : HELP_AFTER) {
            int thing = words.size() - plea.size();
            if (thing >= 1 && thing <= LONGEST_THING_BEFORE_HELP && words.subList(thing, words.size()).equals(plea)) {
                return ASKS_TO_WRITE.asks("help me with " + String.join(" ", words.subList(0, thing)));
            }
        }
        return false;
    }

    /*
     * "rough notes from my visit: <case>. can you turn this into a danger statement and safety goal": the notes first, then a
     * rewrite asked for as the last sentence, after at least a case's worth of words.
     */
    private static boolean asksForARewriteLast(String message) {
        String text = message.strip();
        int[] last = lastSentence(text);
        return last[0] > 0 && RequestWords.tokens(text.substring(0, last[0])).size() >= SHORTEST_CASE_WORDS
                && asksForARewrite(text.substring(last[0], last[1]));
    }

    /* "i need to write", "I want to write", "ive got to do": the worker saying the work is theirs to write. */
    private static final List<List<String>> MUST_WRITE = java.util.stream.Stream.of("i need to", "i want to", "i have to",
            "ive got to", "i've got to", "i got to", "i must").map(RequestWords::tokens).toList();
    private static final Set<String> WRITING = Set.of("write", "do", "draft", "rewrite", "redo", "update", "word", "put");
    /* The statement or goal within this many words of the verb: "write a words and pictures style worry statement". */
    private static final int THING_WITHIN = 8;
    /* "can you help", "could u help me": asking for help as the whole last clause. */
    private static final Set<List<String>> CAN_YOU_HELP = java.util.stream.Stream.of("can you help", "can you help me", "can u help",
            "can u help me", "could you help", "could you help me", "could u help", "could u help me", "can you help pls",
            "can you help please", "can u help pls", "please help", "pls help", "help me", "help")
            .map(RequestWords::tokens).collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * "I want to write a words-and-pictures worry statement for a 7 year old about why dad can't come home, can you help",
     * "dad has learning difficulties and I need to write the worry statement so he can understand it. <case>. can you help":
     * the worker says a statement or goal is theirs to write and asks for help as the last clause. What the statement must
     * say ("why", "understand") describes the work, not a question; a question of the worker's own ("what goes in it?")
     * would end the message instead.
     */
    private static boolean saysTheyMustWriteItThenAsksForHelp(String message) {
        String text = message.strip();
        int end = text.length();
        while (end > 0 && ".?!".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && ".?!,\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        if (start == 0 || !CAN_YOU_HELP.contains(RequestWords.tokens(text.substring(start, end)))) {
            return false;
        }
        List<String> before = RequestWords.tokens(text.substring(0, start));
        for (List<String> opening : MUST_WRITE) {
            int at = Collections.indexOfSubList(before, opening);
            int verb = at + opening.size();
            if (at >= 0 && verb < before.size() && WRITING.contains(before.get(verb))) {
                List<String> object = before.subList(verb + 1, Math.min(before.size(), verb + 1 + THING_WITHIN));
                return object.stream().anyMatch(word -> NAMES_A_DRAFT_THING.asks("write " + word));
            }
        }
        return false;
    }

    /* "where do I start with ...": asking to be started. */
    private static final List<List<String>> WHERE_TO_START = java.util.stream.Stream.of("where do i start", "where do i begin",
            "where to start", "where to begin", "where do i even start", "where do i even begin").map(RequestWords::tokens).toList();
    /* The work a worker starts: "the mapping", "a danger statement". */
    private static final Set<String> WORK_TO_START = Set.of("mapping", "map", "statement", "statements", "goal", "goals", "plan");
    /* "for a new CIN family", "for my CP case": the worker's own case, named in a few words. */
    private static final Set<String> OWN_CASE = Set.of("family", "families", "case", "kids", "children", "child", "siblings", "household");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "my", "this", "our");
    private static final int LONGEST_CASE_NAME = 3;

    /**
     * "where do I start with the mapping for a new CIN family": asking where to start the work for the worker's own case is
     * asking to be started on it ("where do i start with a danger statement?" alone stays a question).
     */
    private static boolean asksWhereToStartForTheirCase(String message) {
        List<String> words = RequestWords.tokens(message);
        List<String> opening = WHERE_TO_START.stream().filter(p -> words.size() > p.size() && words.subList(0, p.size()).equals(p))
                .findFirst().orElse(List.of());
        if (opening.isEmpty()) {
            return false;
        }
        // "..., is there a template for a family?" asks a question of its own after the opening.
        List<String> rest = words.subList(opening.size(), words.size());
        return rest.stream().anyMatch(WORK_TO_START::contains) && rest.stream().noneMatch(ASKING::contains) && forTheirOwnCase(rest);
    }

    private static boolean forTheirOwnCase(List<String> words) {
        for (int i = 0; i + 2 < words.size(); i++) {
            if (words.get(i).equals("for") && DETERMINERS.contains(words.get(i + 1))) {
                for (int j = i + 2; j < Math.min(words.size(), i + 2 + LONGEST_CASE_NAME); j++) {
                    if (OWN_CASE.contains(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "need a safety goal to go with this danger statement: '&lt;statement&gt;'": the request before a quotation that ends the
     * message, read alone (the quotation is what the work goes with; a quotation the worker asks about is Check's, and Check
     * reads the message first).
     */
    private static boolean asksBeforeAQuotation(String message) {
        String text = message.strip();
        if (text.length() < 3 || !isQuote(text.charAt(text.length() - 1))) {
            return false;
        }
        for (int i = 1; i < text.length() - 1; i++) {
            if (isQuote(text.charAt(i)) && Character.isWhitespace(text.charAt(i - 1))) {
                // "this is what i have, can you rewrite it in words dad will understand: '...'": the clause just before it.
                String before = text.substring(0, i);
                return asksInWords(before) || asksForARewrite(lastClause(before));
            }
        }
        return false;
    }

    private static String lastClause(String text) {
        int start = text.length();
        while (start > 0 && ",.?!\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return text.substring(start);
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
    }

    /* "for the Ferreira family", "for the Khan kids": the worker's own family, named. */
    private static final Set<String> HOUSEHOLD = Set.of("family", "families", "kids", "children", "siblings", "household", "boys",
            "girls");

    /**
     * "I need to write worry statements for the Ferreira family. &lt;case&gt;. Where do I start?": the first sentence asks for the
     * work for the worker's own family, the case follows; what follows it is read no further.
     */
    private static boolean asksForTheirFamilyFirst(String message) {
        String text = message.strip();
        int end = firstSentenceEnd(text);
        if (end < 0) {
            return false;
        }
        String first = text.substring(0, end);
        return (forTheirOwnFamily(first) || opensOnHelpMe(first) && text.indexOf('?') < 0) && asksInWords(first);
    }

    /* "help me write ...", "can you help me write ...": the request opening the message as an instruction. */
    private static final List<List<String>> HELP_ME = java.util.stream.Stream.of("help me", "can you help me", "can u help me",
            "could you help me", "pls help me", "please help me").map(RequestWords::tokens).toList();

    /*
     * "help me write a worry statement for a care leaver whose .... i want to use it to explain why im referring ...": the
     * first sentence an instruction to help write, what follows tells what the work is for and asks nothing.
     */
    private static boolean opensOnHelpMe(String sentence) {
        List<String> words = RequestWords.tokens(sentence);
        return HELP_ME.stream().anyMatch(p -> words.size() > p.size() && words.subList(0, p.size()).equals(p));
    }

    private static int firstSentenceEnd(String text) {
        for (int i = 0; i + 1 < text.length(); i++) {
            if (".?!\n".indexOf(text.charAt(i)) >= 0 && Character.isWhitespace(text.charAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean forTheirOwnFamily(String text) {
        if (RequestWords.mentions(text, WANTED_NOW)) {
            return true;
        }
        List<String> words = RequestWords.tokens(text);
        for (int i = 0; i + 3 < words.size(); i++) {
            if (words.get(i).equals("for") && words.get(i + 1).equals("the") && HOUSEHOLD.contains(words.get(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /* The statements and goals alone, read through a slip as the request words read them. */
    private static final RequestWords NAMES_A_DRAFT_THING = new RequestWords(List.of("write"), List.copyOf(DRAFT_THINGS), List.of(),
            EnglishWords::contains);

    /* A plea for help as the whole last sentence: "help!", "pls help", "help me". */
    private static final Set<List<String>> PLEAS = Set.of(List.of("help"), List.of("help", "me"), List.of("pls", "help"),
            List.of("please", "help"), List.of("help", "pls"), List.of("help", "please"), List.of("plz", "help"));

    /**
     * "i've got an ICPC next week for a 9 month old ... i havent written the danger statements yet. help!": the case and the
     * statements or goals still to write, then a plea for help as the last sentence: read as "help me" said of all before it.
     */
    private static boolean namesTheWorkThenAsksForHelp(String message) {
        String text = message.strip();
        int[] last = lastSentence(text);
        // "worry statment for a care leaver ... - help pls": the plea after a dash ends the message as a sentence would.
        int dash = text.lastIndexOf(" - ");
        if (dash > last[0] && PLEAS.contains(RequestWords.tokens(text.substring(dash + 3, last[1])))) {
            last[0] = dash + 3;
        }
        List<String> plea = RequestWords.tokens(text.substring(last[0], last[1]));
        if (last[0] == 0 || !PLEAS.contains(plea) && !unsureHowToWord(plea)) {
            return false;
        }
        String before = text.substring(0, last[0]);
        // A statement or goal named, as typed or through a slip ("worry statment"); "plan for the mapping meeting? help" names none.
        return RequestWords.tokens(before).stream().anyMatch(word -> NAMES_A_DRAFT_THING.asks("write " + word))
                && ASKS_TO_WRITE.asks(before + " help me");
    }

    /* "not sure how to word the who/what/when bit": the worker stuck on the wording, as a plea for help with it. */
    private static final List<List<String>> UNSURE_HOW = java.util.stream.Stream.of("not sure how to", "dont know how to",
            "don't know how to", "no idea how to", "unsure how to").map(RequestWords::tokens).toList();
    private static final Set<String> WORDING_VERBS = Set.of("word", "write", "phrase", "put", "start", "do");

    private static boolean unsureHowToWord(List<String> sentence) {
        return UNSURE_HOW.stream().anyMatch(p -> sentence.size() > p.size() && sentence.subList(0, p.size()).equals(p)
                && WORDING_VERBS.contains(sentence.get(p.size())));
    }

    /**
     * "I've done the mapping ... can you help me turn it into danger statements and safety goals?\n\n<notes>": the request on
     * the first line, the case after it.
     */
    private static boolean asksOnItsFirstLine(String message) {
        String text = message.strip();
        int lineEnd = text.indexOf('\n');
        return lineEnd > 0 && asksInWords(text.substring(0, lineEnd));
    }

    /** Where the last sentence of {@code text} starts and ends, its closing marks left out: {start, end}. */
    private static int[] lastSentence(String text) {
        int end = text.length();
        while (end > 0 && ".?!".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        int start = end;
        while (start > 0 && ".?!\n".indexOf(text.charAt(start - 1)) < 0) {
            start--;
        }
        return new int[] {start, end};
    }

    /* What the last sentence calls the statements or goals the message named before it: "can you help me write them?". */
    private static final Set<String> THEM = Set.of("them", "it", "these", "those", "one");

    /**
     * The case first, naming the statements or goals to write, and the request last with only "them" or "it" for them: "I've
     * been asked to write the worry statement and wellbeing goal for a TAF ... <family> ... Can you help me write them?",
     * "how would i word a danger statement for a baby where ...? can you help me write it".
     */
    private static boolean asksToWriteThemLast(String message) {
        String text = message.strip();
        int[] sentence = lastSentence(text);
        int start = sentence[0];
        int end = sentence[1];
        if (start == 0) {
            return false;
        }
        List<String> last = RequestWords.tokens(text.substring(start, end));
        List<String> before = RequestWords.tokens(text.substring(0, start));
        // "can you help me write them?", and "can you help me get them written?": "them" need not be the last word.
        int them = last.isEmpty() ? -1 : THEM.contains(last.getLast()) ? last.size() - 1 : last.indexOf("them");
        if (them < 0) {
            // "can you help me write one for her": "one" or "it" straight after the verb, whatever follows.
            for (int i = 1; i < last.size() && them < 0; i++) {
                them = THEM.contains(last.get(i)) && WRITING.contains(last.get(i - 1)) ? i : -1;
            }
        }
        if (them < 0 || before.stream().noneMatch(DRAFT_THINGS::contains)) {
            return false;
        }
        List<String> named = new java.util.ArrayList<>(last);
        named.set(them, "statements");
        return ASKS_TO_WRITE.asks(String.join(" ", named));
    }

    private static boolean asksForARewrite(String message) {
        List<String> words = RequestWords.tokens(message);
        int start = 0;
        while (start < words.size() && POLITE.contains(words.get(start))) {
            start++;
        }
        List<String> opening = words.subList(start, Math.min(words.size(), start + 5));
        return words.size() >= start + 4 && REWRITE.stream().map(RequestWords::tokens).anyMatch(r -> opening.size() >= r.size()
                        && opening.subList(0, r.size()).equals(r));
    }

    private static boolean asksWhatTheDraftWouldBe(String message) {
        List<String> words = RequestWords.tokens(message);
        for (int i = 0; i + 1 < words.size(); i++) {
            if (words.get(i).equals("what") && words.get(i + 1).equals("would")) {
                for (int j = i + 2; j < Math.min(words.size(), i + 6); j++) {
                    if (DRAFT_THINGS.contains(words.get(j))) {
                        // "... be", "... look like", "... for this look like": its wording, asked within a few words.
                        List<String> after = words.subList(j + 1, Math.min(words.size(), j + 1 + WORDING_WITHIN));
                        boolean asksItsWording = after.contains("be") || Collections.indexOfSubList(after, LOOK_LIKE) >= 0;
                        return asksItsWording && words.size() - (j - i + 2) >= SHORTEST_CASE_WORDS;
                    }
                }
                return false;
            }
        }
        return false;
    }

    private static boolean caseNotesAlone(String message) {
        String text = message.strip();
        List<String> words = RequestWords.tokens(text);
        if (words.size() < SHORTEST_CASE_NOTES_WORDS || text.indexOf('?') >= 0 || !Character.isUpperCase(text.charAt(0))
                || NOT_A_CHILD.contains(words.get(0)) || words.stream().anyMatch(ASKING::contains)
                || words.stream().noneMatch(FAMILY::contains)) {
            return false;
        }
        String age = words.get(1);
        return age.chars().allMatch(Character::isDigit) && age.length() <= 2 && Integer.parseInt(age) <= OLDEST_CHILD;
    }

    private static boolean asksInWords(String message) {
        List<String> words = RequestWords.tokens(message);
        boolean mappingAlone = !words.isEmpty() && words.size() <= 4 && words.stream().allMatch(MAPPING_ALONE::contains)
                && (words.contains("mapping") || words.contains("map"));
        // "need a safety goal for ...": the opening of "I need a ...", typed without its "I".
        boolean opensOnNeed = words.size() > 2 && words.get(0).equals("need") && (words.get(1).equals("a") || words.get(1).equals("an"));
        // "need success goals for Marcus's LAC review": the kind and the things after "need", asking nothing ("need goals
        // signed off by TM?" asks whether they must be).
        boolean needsTheThings = words.size() > 3 && words.get(0).equals("need") && KINDS.contains(words.get(1))
                && DRAFT_THINGS.contains(words.get(2)) && message.indexOf('?') < 0;
        String read = needsTheThings ? "i need a " + String.join(" ", words.subList(1, words.size())) : opensOnNeed ? "i " + message : message;
        return mappingAlone || ASKS_TO_WRITE.asks(read)
                || RequestWords.mentions(message, WANTED_NOW) && ASKS_TO_WRITE.names(message);
    }
}
