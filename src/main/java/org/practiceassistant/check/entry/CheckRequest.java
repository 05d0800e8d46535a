package org.practiceassistant.check.entry;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.rules.KindGuess;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.conversation.RequestWords;
import org.practiceassistant.system.text.Bracketed;
import org.practiceassistant.system.text.EnglishWords;
import org.practiceassistant.system.text.TypingSlips;

/**
 * A message that, with no command word, is plainly for Check: a request in everyday words ("can u check
 * my plan pls", "need my plan checking before core group"), a draft pasted under its label ("Danger
 * statement: ...", "SG - ...", "Worry statement (Oscar, 15 months):"), a statement or goal pasted with no
 * label (it says who is worried, or who will make sure of what, and asks nothing), or a whole plan pasted
 * alone. Questions about checking ("how do I check my plan has a contingency", "what does a manager check")
 * stay questions.
 */
final class CheckRequest {

    private static final RequestWords ASKS_TO_CHECK = new RequestWords(
            List.of("check", "chk", "chek", "checking", "checked", "checks", "check over", "review my", "review this", "review our",
                    "audit", "look over", "looking over", "look at my", "look at this", "have a look", "feedback on", "up to standard",
                    "up to scratch", "good enough", "go over", "sense check", "proof read", "proofread", "critique", "ok to send", "once over",
                    "cast an eye", "cast your eye", "eye over", "look through", "second opinion", "thoughts on", "paste", "run my",
                    "run them", "run these", "through you", "sign off", "sign these off", "sign this off", "sign it off",
                    // "can you tell me if my assessment would get good": the worker's own work, judged.
                    "tell me if my", "tell me if this", "let me know if my",
                    // "rate my DS pls: ...", "pasting my safety goals, tell me if they're measurable:".
                    "rate my", "rate this", "rate these", "pasting", "tell me if they", "tell me if they're", "tell me if theyre",
                    "tell me if these",
                    // "could you review the following danger statement ...: '...'": what follows is the paste, as "this" is.
                    "review the following", "look at the following", "go through the following"),
            List.of("plan", "plans", "statement", "statements", "goal", "goals", "ds", "sg", "draft", "mapping"),
            // "can u cheeck my plaan", "cjeck it", "can you loo over": any slip, not only a swap, where the word typed is no
            // English word ("plan" is one slip from "play", "clan" and "plant", which mean what they say).
            List.of(), EnglishWords::contains);

    /*
     * "can u check this for me": the thing is the paste to come. Only right after the verb ("check this"),
     * so "can you check if it is ok to visit" stays a question.
     */
    private static final List<String> CHECK_THIS = List.of("check this", "check it", "check these", "chek this", "check over this",
            "check this over", "look over this", "look at this", "have a look at this", "go over this", "check something",
            "feedback on this", "feedback on these",
            // "can you look over these before they go in the report?\n<statement>\n<goal>": several drafts to come.
            "check them", "check over these", "look over these", "look over them", "look at these", "have a look at these",
            "go over these", "look through these", "cast an eye over these");
    private static final RequestWords ASKS_TO_CHECK_THIS = new RequestWords(CHECK_THIS, CHECK_THIS, List.of());
    /* How a worker's question opens when it follows a label ("can the family ...", "can i ..."): no draft opens so. */
    private static final Set<String> WORKER_QUESTION_OPENERS = Set.of("can i", "can we", "can the", "can they", "could i",
            "could we", "can it", "can you");

    /** The kinds by the names and short forms workers give them, longest first. */
    private static final List<String> KINDS = List.of("danger statement", "worry statement", "safety goal", "wellbeing goal",
            "success goal", "statement", "goal", "plan");

    /** How far into a message a label's colon, dash or line break may come: "safety goal for Lola and Frankie:". */
    private static final int LABEL_REACH = 60;
    private static final int SHORTEST_DRAFT_WORDS = 8;
    /* Under a statement's or goal's own label a short draft is still one: "DS: Dad hits Leo when he drinks". */
    private static final int SHORTEST_LABELLED_DRAFT_WORDS = 5;
    private static final int SHORTEST_UNLABELLED_WORDS = 18;
    private static final int PASTED_PLAN_LINES = 6;
    private static final int PASTED_PLAN_WORDS = 100;

    /* What an unlabelled danger or worry statement, or goal, says (as the templates word them). */
    private static final List<String> DRAFT_SIGNS = List.of("worried that", "worried about", "are worried", "is worried",
            "if nothing changes", "will make sure", "will know", "will always", "will keep", "will ensure", "safe enough");
    /* Who a bare goal opens on ("Mum will ...", "Dad and Nan will ..."), besides a capitalised name. */
    private static final Set<String> FAMILY_OPENERS = Set.of("mum", "dad", "mother", "father", "parents", "parent", "carer", "carers",
            "nan", "nana", "nanna", "grandma", "grandad", "grandparents", "aunt", "auntie", "uncle", "stepdad", "stepmum", "family");
    /* How a worry written as a label opens: "Risk of emotional harm due to ...", "Concerns around DV and neglect ...". */
    private static final List<String> WORRY_LABEL_OPENINGS = List.of("risk of", "risks of", "concerns around", "concerns about",
            "concerns re", "concerns regarding", "concern around", "concern about", "worries around", "worries about");
    /* ...and what makes it a worry about a child rather than a question about a term ("risk of harm threshold for ..."). */
    private static final List<String> WORRY_LABEL_SUBJECTS = List.of("child", "children", "childrens", "children's", "baby", "kids",
            "young person", "due to", "because of", "exposure", "exposed");
    private static final int SHORTEST_BARE_GOAL_WORDS = 8;
    /* How far into a bare goal its "will" may come. */
    private static final int GOAL_WILL_WITHIN = 6;
    /* "We are worried that Kayden (4) will be hurt ...": who is worried, in the opening words, then what may happen. */
    private static final Set<String> WORRIED = Set.of("worried", "concerned");
    private static final int WORRIED_WITHIN = 4;
    private static final Set<String> MAY_HAPPEN = Set.of("will", "could", "might", "may", "would");
    /* What may happen, written as the service writes it: "CSC concerned re: DA between parents ... Risk of sig harm." */
    private static final List<String> RISK_OF = List.of("risk", "of");
    /* "The worker is worried that dad ... and this impacts on the children": what it does to the child, said now. */
    private static final Set<String> IMPACTS = Set.of("impacts", "impacting", "affects", "affecting");
    private static final List<String> AT_RISK = List.of("at", "risk");
    /* "i'm worried mum won't engage, any tips": the worker's own worry, told to ask about it, is no statement. */
    private static final Set<String> THE_WORKER = Set.of("i", "i'm", "im");
    private static final int SHORTEST_WORRY_LABEL_WORDS = 10;
    /* "is this ok? Safety goal: ...": a short question or remark before the label. */
    private static final int LONGEST_LEAD_IN_WORDS = 8;
    private static final int LONGEST_SHORT_LABEL_WORDS = 6;
    /*
     * What a question with case context says, however it starts ("how" alone is in statements: "how to help him"), and
     * what a request for the coach says before its case notes ("help me map this case: ... HV worried about ...").
     */
    private static final List<String> QUESTION_SIGNS = List.of("what", "why", "should", "advice", "anyone", "guidance", "how do",
            "how can", "how should", "how long", "how often", "how soon", "do i", "do we", "can i", "can we", "is it", "am i",
            "help me", "walk me",
            // "i need a safety goal to go with this danger statement: ...": the statement is there for the coach to pair.
            "to go with", "i need a", "i need to write",
            // "not sure how to put this in a worry statement. <case, HV worried about ...>": the worker stuck on the wording.
            "not sure how to put", "not sure how to word", "not sure how to write", "dont know how to put", "dont know how to word",
            "dont know how to write", "don't know how to put", "don't know how to word", "don't know how to write",
            "no idea how to put", "no idea how to word", "no idea how to write", "unsure how to put", "unsure how to word",
            "unsure how to write");

    /*
     * A doubt about the draft beside it, on its own line or before it: "would this pass audit? '...'", "<statement>\n\nok
     * for ICPC??", "is my plan ok for sign off?\n- worry: ...". It points at the paste ("this", "my") or judges it.
     */
    private static final List<String> DOUBTS = List.of("is this", "does this", "would this", "will this", "is my", "are these",
            "are my", "does my", "would my", "ok for", "okay for", "sign off", "signed off", "pass audit", "auditor", "rubric",
            "too vague", "jargon free", "good enough", "any good", "thoughts",
            // "what do u think: '...'", "can you see if its specific enough? ...".
            "what do you think", "what do u think", "specific enough", "clear enough", "worded right", "worded ok", "see if its",
            "see if it's",
            // "does it meet the standard: '...'", "dose this count as a danger statement or is it harm? '...'".
            "meet the standard", "meets the standard", "meet the rubric", "count as a", "count as an", "class as a",
            // "SG ok? kids will be safe": a short label and "ok" is the whole doubt.
            "sg ok", "ds ok", "ws ok", "wg ok", "goal ok", "goals ok", "statement ok", "statements ok",
            // How it reads, what is wrong with it, what it lacks: "not sure this reads right, feels long winded?\n<statement>",
            // "... keeps coming back from QA and i cant see whats wrong with it:", "have i got the who / what / when right in this?".
            "reads right", "read right", "reads ok", "sound right", "sounds right", "long winded", "not sure this", "not sure if this",
            "not sure about this", "whats wrong", "what's wrong", "what is wrong", "anything missing",
            "missing anything", "have i missed", "got this right", "got it right", "right in this", "right in these", "right in my",
            // "hows this looking?", "anything I've missed in this goal?", "what do you make of this", "be brutal:".
            "hows this", "how's this", "how is this", "how does this look", "look ok", "looks ok", "looking ok", "anything i've missed",
            "anything ive missed", "anything i missed", "missed anything", "what do you make of", "what do u make of", "be brutal",
            "be honest", "honest opinion", "honest feedback", "tear it apart", "rip it apart",
            // "'<goal>' is that a propper safety goal?": asked of a quotation just given.
            "is that a", "is that an",
            // "tell me what its missing: '...'", "look at my goal n tell me what meets - '...'": what it lacks or meets, asked
            // of the paste.
            "what its missing", "what it's missing", "whats missing", "what's missing", "what is missing", "tell me what meets",
            "tell me what it meets", "tell me what it misses",
            // "TM sent this back saying it needs work, cant see why:\n'...'", "'...' too short??", "does it tick the boxes?": why
            // it came back, how long it runs, whether it meets what is asked.
            "cant see why", "can't see why", "cannot see why", "too short", "too long", "too wordy", "tick the boxes",
            "tick all the boxes", "ticks the boxes", "ticks all the boxes", "any gaps",
            // "am i right that this plan wouldnt pass? ... '...'", "does it cover everything the audit looks at? Plan: ...": the
            // worker's own verdict put for a second opinion, or whether the paste covers what is asked.
            "am i right that this", "am i right this", "am i right in thinking this", "wouldnt pass", "wouldn't pass",
            "does it cover everything", "does this cover everything", "cover everything the",
            // "Is the impact bit ok in this one?\n'...'": one part of the paste judged.
            "ok in this", "okay in this", "ok in my", "okay in my",
            // "just need a second pair of eyes on the bottom lines bit\n<paste>": another reader's look asked for.
            "pair of eyes", "eyes over", "eye over");
    /*
     * "here's my goal, is it ok? '...'", "'...' - is that enough??": a doubt when it closes the request, or comes after the draft;
     * "is it ok to put the goal first?" before a label asks about practice.
     */
    private static final List<List<String>> CLOSING_DOUBTS = Stream.of("is it ok", "is it okay", "is that ok", "is that okay",
            "is that enough", "is it enough", "is it alright", "is that alright").map(RequestWords::tokens).toList();
    private static final List<String> ENOUGH_ALONE = List.of("enough");
    /*
     * "reworded it after supervision, better?\n<statement>": the request line's last clause "better" alone asks whether the
     * rewrite beside it is ("can you word this better?" asks for the rewrite, "is it better to ..." about practice).
     */
    private static final List<String> BETTER = List.of("better");
    /* Checking in one word: a bare request beside a paste ("pls check - ..."), or the worker's own ("can I check ..."). */
    private static final List<String> CHECK_VERBS = List.of("check", "chk", "chek", "checking", "audit", "review");
    /* Asking for a look in a few words beside a paste: "quick look? '...'", "have a look pls - ...". */
    private static final List<String> BARE_LOOKS = List.of("quick look", "a look", "look at", "look over", "once over",
            "cast an eye", "cast your eye");
    /*
     * "<bottom line>\n<contingency>\n\nthis is the last bit of my plan", "here's my safety goal for the Reid kids:\n...": the
     * worker showing a bot that checks work their own work, beside the paste it names, asks for the check.
     */
    private static final List<String> PRESENTS_THEIR_WORK = List.of("this is my", "these are my", "here is my", "here's my",
            "heres my", "here are my", "this is our", "here's our", "heres our", "bit of my", "part of my", "section of my");
    /** A request or doubt beside a paste is a line, or a sentence, of no more than this. */
    private static final int LONGEST_REQUEST_WORDS = 20;
    private static final int LONGEST_BARE_CHECK_WORDS = 5;
    /* Beside a request, a weak draft is still the draft to check: "pls check - Mum will engage with services." */
    private static final int SHORTEST_PASTE_WORDS = 4;
    /* The label and at least two words under it: "Worry: Dad's anger." beside a doubt about it. */
    private static final int SHORTEST_PASTE_UNDER_ITS_LABEL_WORDS = 3;
    /* What a paste with no label says when it is a draft or plan (a quoted paste needs none of these). */
    private static final List<String> PASTE_SIGNS = List.of("worry", "worried", "concern", "concerns", "concerned", "if nothing changes", "will", "at risk", "harm",
            "safe", "hurt", "danger", "goal", "plan", "contingency",
            // The mapping's own headings ("What needs to happen:\n1. Mum to ...").
            "needs to happen", "working well",
            // A bottom line: "Mum must not let him into the house".
            "must not", "bottom line");
    /* Who a plan's action line opens on ("Mum and Dad to engage ...", "SW to visit ..."), besides the family. */
    private static final Set<String> AGENCIES = Set.of("sw", "school", "nursery", "hv", "gp", "network", "social", "iro", "police",
            "camhs", "health");
    /* How far into a line its "to" comes: "Mum and Dad to engage", "Nan and Grandad to have". */
    private static final int ACTION_TO_WITHIN = 4;
    /* Between the people an action line opens on: "Mum and Dad to", "Nan & Grandad to". */
    private static final Set<String> JOINING_WHO = Set.of("and", "both", "all", "the");
    /* The first line of a plan pasted as a list or a table: "Next steps:", "What needs to happen | Who | By when". */
    private static final List<String> PLAN_HEADINGS = List.of("next steps", "needs to happen", "action plan", "action", "actions",
            "who when", "by when", "safety plan", "plan");
    private static final int LONGEST_PLAN_HEADING_WORDS = 10;
    /* A heading and at least three lines under it. */
    private static final int SHORTEST_LISTED_PLAN_LINES = 4;
    /* A question the worker wrote for the family, quoted to be checked: "is my scaling question ok? 'On a scale of ...?'". */
    private static final int SHORTEST_QUOTED_QUESTION_WORDS = 12;

    private CheckRequest() {}

    /**
     * What to start Check with for {@code message}: the kind asked for ("plan", "safety goal") or nothing
     * for a request, the whole message for a pasted draft; empty when the message is not for Check.
     */
    static Optional<String> startingInput(String message) {
        String text = message.strip();
        if (asksForItWrittenAgain(text)) {
            return Optional.empty();
        }
        if (wholePlan(text) || listedPlan(text) || planInLabelledLines(text)) {
            return Optional.of(text);
        }
        Optional<String> besideARequest = pasteBesideARequest(text);
        if (besideARequest.isPresent()) {
            return besideARequest;
        }
        if (asksForACheck(text)) {
            return Optional.of(kindNamedIn(text).orElse(""));
        }
        Optional<String> labelled = labelled(text);
        if (labelled.isPresent()) {
            return labelled;
        }
        String read = DraftSignSpelling.readThrough(text);
        return unlabelledDraft(read) || goalRunOnInSentences(read) ? Optional.of(text) : Optional.empty();
    }

    /* A goal is at least this many of its own sentences, each opening on who will do what. */
    private static final int SHORTEST_RUN_ON_GOAL_SENTENCES = 2;
    /* What a lead-in says when the worker wants the goal written, not checked: "help me ... . Mum will ...". */
    private static final List<String> WANTS_IT_WRITTEN = List.of("help me", "walk me", "coach me", "i need a", "need to write",
            "can you help", "can u help", "write me", "write one", "write a", "write it", "write the");

    /**
     * "ok ive had a go at the safety goal for the Dawson family based on what we talked about at FNM. Natalie ... want the boys to
     * be safe. Natalie will not let Lee in the house ... . Jean will stay over when ... . This will carry on for 6 months.": a
     * goal pasted in the same paragraph as what the worker says of it, so no label, line or quotation sets it apart. Its
     * shape does: two sentences or more each opening on someone and their "will", no sentence opening as a question or
     * asking for the work to be written. Ask's questions say what someone will do in one sentence, and ask.
     */
    private static boolean goalRunOnInSentences(String text) {
        if (text.indexOf('?') >= 0 || RequestWords.mentions(text, WANTS_IT_WRITTEN)) {
            return false;
        }
        int goals = 0;
        for (String sentence : text.split("[.!]\\s+")) {
            String strip = sentence.strip();
            if (strip.isEmpty()) {
                continue;
            }
            if (RequestWords.opensAsAQuestion(strip)) {
                return false;
            }
            List<String> words = RequestWords.tokens(strip);
            goals += words.size() >= 3 && opensAsAGoal(strip, words) ? 1 : 0;
        }
        return goals >= SHORTEST_RUN_ON_GOAL_SENTENCES;
    }

    /* Writing the work again, asked of the bot: "can u help me rewrite it from scratch", "can you reword this so ...". */
    private static final Set<String> WRITE_AGAIN = Set.of("rewrite", "redo", "reword", "rephrase");
    /* "from scratch" (not "up to scratch", which asks whether it is good enough). */
    private static final List<String> FROM_SCRATCH = List.of("from", "scratch");
    /* "tell me what's wrong with it (dont rewrite, just tell me)": a rewrite refused is a check asked for. */
    private static final Set<String> NOT = Set.of("dont", "don't", "not", "without", "no");
    /* "check my rewrite", "the redo": the work written again, named as a thing, is the paste to check. */
    private static final Set<String> NAMING_A_THING = Set.of("my", "the", "a", "this", "our", "his", "her", "their");

    /**
     * However it is pasted or doubted ("said it was too vague, can u help me rewrite it from scratch"), work the worker wants
     * written again is written with the coach, not checked: a verb of writing again, not named as a thing after "my" or "the".
     * Every tuning split labels every such message as a request to write.
     */
    private static boolean asksForItWrittenAgain(String text) {
        List<String> words = RequestWords.tokens(text);
        for (int i = 0; i < words.size(); i++) {
            if (WRITE_AGAIN.contains(words.get(i)) && (i == 0 || !NAMING_A_THING.contains(words.get(i - 1)) && !NOT.contains(words.get(i - 1)))) {
                return true;
            }
        }
        return Collections.indexOfSubList(words, FROM_SCRATCH) >= 0;
    }

    private static Optional<String> kindNamedIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return KINDS.stream().filter(lower::contains).findFirst();
    }

    /**
     * A request or a doubt and the draft it is about, the request first ("audit my plan please\n<plan>", "pls check - <statement>",
     * "would this pass audit? '<statement>'") or last ("<plan>\n\ncan you check this against the rubric"): the paste, checked.
     */
    private static Optional<String> pasteBesideARequest(String text) {
        int leadEnd = -1;
        for (int i = 0; i < text.length() && leadEnd < 0; i++) {
            char c = text.charAt(i);
            boolean dash = c == '-' && i > 0 && text.charAt(i - 1) == ' ';
            boolean openingQuote = isQuote(c) && i > 0 && text.charAt(i - 1) == ' ';
            if (c == '\n' || c == '?' || c == ':' || c == '\u2013' || dash || openingQuote) {
                leadEnd = i;
            }
        }
        if (leadEnd > 0 && requests(text.substring(0, leadEnd))) {
            String lead = text.substring(0, leadEnd);
            // After an opening quote the paste is the quotation, whole: "is it ok to say 'neglect' in a ..." is a question.
            String rest = text.substring(leadEnd).strip();
            boolean wholeQuotation = !isQuote(rest.charAt(0)) || isQuote(rest.charAt(rest.length() - 1));
            String afterMarks = skipMarks(text, leadEnd).strip();
            // "... gateway: '<statement>' - is that enough??": a quotation, then a doubt about it.
            boolean kindNamed = namesAStatementOrGoal(lead) || namesAPlanListedBelow(lead, afterMarks) || namesAPartOfTheWork(lead);
            Optional<String> paste = quotationThenDoubt(afterMarks)
                    .or(() -> paste(afterMarks, kindNamed).filter(draft -> wholeQuotation));
            if (paste.isPresent()) {
                return paste.map(draft -> labelledAsAsked(lead, draft));
            }
        }
        // "checking before sign off - is the plan smart enough?\n<plan>": the whole first line is the request when the
        // text after its first mark asks something.
        int firstLine = text.indexOf('\n');
        if (firstLine > 0 && firstLine != leadEnd && requests(text.substring(0, firstLine))) {
            String lead = text.substring(0, firstLine);
            String below = text.substring(firstLine + 1);
            Optional<String> paste = paste(below, namesAPlanListedBelow(lead, below));
            if (paste.isPresent()) {
                return paste.map(draft -> labelledAsAsked(lead, draft));
            }
        }
        Optional<String> belowADoubt = pasteBelowAQuestionLine(text);
        if (belowADoubt.isPresent()) {
            return belowADoubt;
        }
        int lastLine = text.stripTrailing().lastIndexOf('\n');
        if (lastLine > 0 && requests(text.substring(lastLine + 1))) {
            return paste(text.substring(0, lastLine));
        }
        // "checking this before it goes to conference - does it cover everything the audit looks at? Plan: 1. ...": a request
        // of more than one part, the last a question about the paste, and the paste after its question mark.
        int lastAsk = text.lastIndexOf('?');
        if (lastAsk > leadEnd && leadEnd > 0 && requests(text.substring(0, lastAsk))) {
            Optional<String> paste = paste(text.substring(lastAsk + 1));
            if (paste.isPresent()) {
                return paste.map(draft -> labelledAsAsked(text.substring(0, lastAsk), draft));
            }
        }
        return requestBeforeAClosingQuotation(text).or(() -> doubtAsTheLastSentence(text))
                .or(() -> contextThenQuotationThenDoubt(text));
    }

    /*
     * "is my voice of the child section enough?\n\nVoice of the child: ...", "the bottom lines bit": a section of the work named
     * says what the paste is, as a statement or goal named does.
     */
    private static final Set<String> PARTS_OF_THE_WORK = Set.of("section", "bit", "part");

    private static boolean namesAPartOfTheWork(String lead) {
        return RequestWords.tokens(lead).stream().anyMatch(PARTS_OF_THE_WORK::contains);
    }

    /**
     * "wrote this with mum today. will it pass?\n\n&lt;statement&gt;", "&lt;label&gt; - ready for IRO?\n\n&lt;goal&gt;", "my TM said this
     * isnt a goal. is she right?\n\n&lt;goal&gt;": a line of the worker's own ending on a question, a blank line, then a draft.
     * The line is asked of what is below it: it neither opens as a question nor says what a question with context says
     * ("what does a good one need? ...\n\n&lt;case&gt;" stays with Ask).
     */
    private static Optional<String> pasteBelowAQuestionLine(String text) {
        int blank = text.indexOf("\n\n");
        if (blank <= 0) {
            return Optional.empty();
        }
        String line = text.substring(0, blank).strip();
        boolean questionLine = line.endsWith("?") && line.indexOf('\n') < 0
                && RequestWords.tokens(line).size() <= LONGEST_REQUEST_WORDS && !RequestWords.opensAsAQuestion(line)
                && !RequestWords.mentions(line, QUESTION_SIGNS);
        return questionLine ? paste(text.substring(blank)).map(draft -> labelledAsAsked(line, draft)) : Optional.empty();
    }

    /**
     * "had a long FNM today, family came up with this: '&lt;goal&gt;' is that a propper safety goal?": context, a quotation and a
     * doubt after it. What comes before the quotation need not ask anything; the doubt after it must (a quotation with
     * nothing after it, after context alone, is a question's quoted words: "my TM said 'more SMART' - what does she mean").
     */
    private static Optional<String> contextThenQuotationThenDoubt(String text) {
        String trimmed = text.strip();
        for (int i = 1; i < trimmed.length() - 1; i++) {
            if (isQuote(trimmed.charAt(i)) && Character.isWhitespace(trimmed.charAt(i - 1))) {
                String lead = trimmed.substring(0, i);
                if (RequestWords.opensAsAQuestion(lead) || RequestWords.mentions(lead, QUESTION_SIGNS)) {
                    // "can i put 'mum will engage with services' in a goal or is that too vague": a question about the words.
                    return Optional.empty();
                }
                String rest = trimmed.substring(i);
                for (int end = 1; end < rest.length(); end++) {
                    if (isQuote(rest.charAt(end)) && (end + 1 == rest.length() || !Character.isLetter(rest.charAt(end + 1)))) {
                        String after = rest.substring(end + 1);
                        return opensOnADoubt(after) ? paste(rest.substring(0, end + 1)) : Optional.empty();
                    }
                }
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "iro here - looking at this goal before the review, does it meet the rubric: '&lt;goal&gt;'": a message that ends on a
     * quotation; everything before its opening quote (a quote after a space) is the request, whatever marks it holds.
     */
    private static Optional<String> requestBeforeAClosingQuotation(String text) {
        String trimmed = text.stripTrailing();
        if (trimmed.length() < 3 || !isQuote(trimmed.charAt(trimmed.length() - 1))) {
            return Optional.empty();
        }
        for (int i = 1; i < trimmed.length() - 1; i++) {
            if (isQuote(trimmed.charAt(i)) && Character.isWhitespace(trimmed.charAt(i - 1))) {
                String lead = trimmed.substring(0, i);
                return requests(lead) ? paste(trimmed.substring(i)).map(draft -> labelledAsAsked(lead, draft)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * "is this a danger statement or just a list?? - ...", "DS ok? ...": a doubt that names a statement or goal says what the
     * paste is, so the paste needs none of the words a draft usually has ("substance misuse, DV, poor home conditions").
     */
    private static boolean namesAStatementOrGoal(String lead) {
        return kindNamedIn(lead).filter(kind -> !kind.equals("plan")).isPresent()
                || RequestWords.tokens(lead).stream().anyMatch(word -> DraftKind.ofShortLabel(word).isPresent());
    }

    /* A plan pasted as a list: at least this many lines. */
    private static final int SHORTEST_LISTED_PASTE_LINES = 3;

    /**
     * "ok so this is the plan we agreed at the network meeting, have i missed anything?\n- Nan collects ...\n- Dad not to
     * ...": a request that names a plan, a list of lines below it. Its lines need none of a draft's words: the request says
     * what they are, and the shape (lines under a request about them) says they were pasted.
     */
    private static boolean namesAPlanListedBelow(String lead, String below) {
        return kindNamedIn(lead).isPresent() && below.lines().filter(line -> !line.isBlank()).count() >= SHORTEST_LISTED_PASTE_LINES;
    }

    /**
     * "&lt;bottom line&gt;. is that worded right for a bottom line?": a doubt asked as the last sentence, after the draft on the
     * same line. Only a message ending in a question mark, whose last sentence is a doubt; the draft before it asks nothing.
     */
    private static Optional<String> doubtAsTheLastSentence(String text) {
        String trimmed = text.stripTrailing();
        if (!trimmed.endsWith("?")) {
            return Optional.empty();
        }
        int sentenceEnd = Math.max(trimmed.lastIndexOf(". "), trimmed.lastIndexOf(".\n"));
        if (sentenceEnd <= 0 || !doubtAfterTheDraft(trimmed.substring(sentenceEnd + 1))) {
            return Optional.empty();
        }
        return paste(trimmed.substring(0, sentenceEnd + 1));
    }

    /**
     * "'The Local Authority is worried that ...' - is that enough??": a quotation with a doubt after it. The quotation ends at
     * the first closing quote that no letter follows (an apostrophe in "can't" or "mum's" does not end it).
     */
    private static Optional<String> quotationThenDoubt(String rest) {
        if (rest.length() < 3 || !isQuote(rest.charAt(0))) {
            return Optional.empty();
        }
        for (int i = 1; i < rest.length(); i++) {
            if (isQuote(rest.charAt(i)) && (i + 1 == rest.length() || !Character.isLetter(rest.charAt(i + 1)))) {
                String after = rest.substring(i + 1);
                boolean doubtOrNothing = RequestWords.tokens(after).isEmpty() || doubtAfterTheDraft(after);
                return doubtOrNothing ? paste(rest.substring(0, i + 1)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** "could you look over this safety goal? <goal>": the kind the request names labels a paste that has none. */
    private static String labelledAsAsked(String request, String draft) {
        return kindNamedIn(request).filter(kind -> kind.contains(" ")).filter(kind -> KindGuess.named(draft).isEmpty())
                .map(kind -> asLabel(kind) + ": " + draft).orElse(draft);
    }

    private static String skipMarks(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == '?' || text.charAt(i) == ':' || text.charAt(i) == '-' || text.charAt(i) == '\u2013')) {
            i++;
        }
        return text.substring(i);
    }

    private static boolean requests(String line) {
        String aside = Bracketed.removed(line);
        if (aside.length() < line.length() && !aside.isBlank() && requests(aside)) {
            // "can u tell me what's wrong with it (dont rewrite, just tell me)": the request without what is said in brackets.
            return true;
        }
        List<String> words = RequestWords.tokens(line);
        int sentenceEnd = line.indexOf(". ");
        if (sentenceEnd > 0 && RequestWords.tokens(line.substring(0, sentenceEnd)).size() <= LONGEST_BARE_CHECK_WORDS
                && requestsInFewWords(line.substring(0, sentenceEnd))) {
            // "pls check. audit next week and this is the one they picked\n<paste>": a bare request as its own first sentence,
            // the reason for it after.
            return true;
        }
        if (words.size() > LONGEST_REQUEST_WORDS && sentenceEnd > 0) {
            // "Can someone check this against the audit before ... tomorrow. Signs of Safety CP plan for ...": its first sentence.
            return requests(line.substring(0, sentenceEnd));
        }
        int lastComma = line.lastIndexOf(", ");
        if (words.size() > LONGEST_REQUEST_WORDS && lastComma > 0) {
            // "ICPC in the morning and my TM is off sick, can you look over these ...": context first, the request last.
            return requests(line.substring(lastComma + 2));
        }
        int lastDash = line.lastIndexOf(" - ");
        if (words.size() > LONGEST_REQUEST_WORDS && lastDash > 0) {
            // "looking at my safety goals for the Hendry kids - does this say what'll be seen happening or ...?": context, a
            // dash, then the doubt about the paste.
            return requests(line.substring(lastDash + 3));
        }
        int firstAnd = line.indexOf(" and ");
        if (words.size() > LONGEST_REQUEST_WORDS && firstAnd > 0) {
            // "Could you review the following danger statement for the Walsh family and tell me which parts meet the rubric
            // and which do not?": the request first, what to say about it after.
            return requests(line.substring(0, firstAnd));
        }
        if (words.isEmpty() || words.size() > LONGEST_REQUEST_WORDS) {
            return false;
        }
        return asksForACheck(line) || RequestWords.mentions(line, DOUBTS) || closesOnADoubt(words)
                || RequestWords.mentions(line, PRESENTS_THEIR_WORK) || closesOnBetterAlone(line)
                || (words.size() <= LONGEST_BARE_CHECK_WORDS && requestsInFewWords(line));
    }

    private static boolean requestsInFewWords(String line) {
        return RequestWords.mentions(line, CHECK_VERBS) || RequestWords.mentions(line, BARE_LOOKS);
    }

    private static boolean closesOnBetterAlone(String line) {
        int start = line.length();
        while (start > 0 && ",;-\u2013".indexOf(line.charAt(start - 1)) < 0) {
            start--;
        }
        return start > 0 && RequestWords.tokens(line.substring(start)).equals(BETTER);
    }

    /** The text's first words are a doubt ("is that a propper safety goal?", "is this ok"), not a doubt later in it. */
    private static boolean opensOnADoubt(String text) {
        List<String> words = RequestWords.tokens(text);
        return words.size() <= LONGEST_REQUEST_WORDS && DOUBTS.stream().map(RequestWords::tokens)
                .anyMatch(doubt -> words.size() >= doubt.size() && words.subList(0, doubt.size()).equals(doubt));
    }

    private static boolean closesOnADoubt(List<String> words) {
        return CLOSING_DOUBTS.stream().anyMatch(doubt -> words.size() >= doubt.size()
                && words.subList(words.size() - doubt.size(), words.size()).equals(doubt));
    }

    /** A doubt after the draft: any of {@link #DOUBTS}, or a closing one anywhere ("is that ok as a bottom line?"). */
    private static boolean doubtAfterTheDraft(String text) {
        List<String> words = RequestWords.tokens(text);
        // "'<statement>'. enough?": the doubt in one word, all that follows the draft ("measurable enough?" asks in general).
        return words.size() <= LONGEST_REQUEST_WORDS && (RequestWords.mentions(text, DOUBTS) || words.equals(ENOUGH_ALONE)
                || CLOSING_DOUBTS.stream().anyMatch(doubt -> Collections.indexOfSubList(words, doubt) >= 0));
    }

    private static Optional<String> paste(String candidate) {
        return paste(candidate, false);
    }

    /**
     * The draft beside the request: long enough, asking nothing, and quoted, named by the request ({@code kindNamed}) or
     * saying what a draft says.
     */
    private static Optional<String> paste(String candidate, boolean kindNamed) {
        String paste = candidate.strip();
        boolean quoted = paste.length() > 2 && isQuote(paste.charAt(0)) && isQuote(paste.charAt(paste.length() - 1));
        if (quoted) {
            paste = paste.substring(1, paste.length() - 1).strip();
        }
        int words = AnalysedText.of(paste).wordCount();
        boolean quotedQuestion = quoted && words >= SHORTEST_QUOTED_QUESTION_WORDS;
        // "Worry: Dad's anger.\n\nis that a worry statement ...?": under a label of its own a fragment is still the paste.
        int shortest = opensOnAPlanPart(paste) ? SHORTEST_PASTE_UNDER_ITS_LABEL_WORDS : SHORTEST_PASTE_WORDS;
        if (asksOutsideATable(paste) && !quotedQuestion || words < shortest) {
            return Optional.empty();
        }
        return quoted || kindNamed || RequestWords.mentions(paste, PASTE_SIGNS) || opensAsAnAction(RequestWords.tokens(paste))
                ? Optional.of(paste) : Optional.empty();
    }

    /**
     * A question mark in the paste, outside a pasted table's rows: the template's own columns are headed with questions
     * ("What will you do? | Who? | By when?"), which the worker did not ask.
     */
    private static boolean asksOutsideATable(String paste) {
        return paste.lines().anyMatch(line -> line.indexOf('?') >= 0 && line.chars().filter(c -> c == '|').count() < 2);
    }

    private static boolean isQuote(char c) {
        return c == '\'' || c == '"' || c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d';
    }

    /**
     * "can u check my plan pls", "check this for me", but not the worker's own "can I check this with my TM?" or "can we DBS
     * check a family friend as part of the safety plan?".
     */
    private static boolean asksForACheck(String text) {
        return (ASKS_TO_CHECK.asks(text) || ASKS_TO_CHECK_THIS.asks(text)) && !workerChecks(RequestWords.tokens(text));
    }

    /** "I" or "we", then a checking verb within two words: "can I check this with my TM", "can we DBS check a friend". */
    private static boolean workerChecks(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("i") || words.get(i).equals("we")) {
                for (int j = i + 1; j <= i + 2 && j < words.size(); j++) {
                    if (CHECK_VERBS.contains(words.get(j))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * A kind's name or short form first, then within reach a colon, a dash, an equals sign or a line break, then a draft:
     * the draft under its label, a short label ("SG -", "SG for Ruby:") spelled out. A short lead-in before the label
     * ("is this ok? Safety goal: ...") is set aside.
     */
    private static Optional<String> labelled(String text) {
        Optional<String> atStart = labelledFromStart(text);
        if (atStart.isPresent()) {
            return atStart;
        }
        int leadIn = -1;
        for (int i = 0; i < Math.min(text.length(), LABEL_REACH); i++) {
            if (text.charAt(i) == '?') {
                leadIn = i;
                break;
            }
        }
        if (leadIn < 0 || RequestWords.tokens(text.substring(0, leadIn)).size() > LONGEST_LEAD_IN_WORDS) {
            return Optional.empty();
        }
        return labelledFromStart(text.substring(leadIn + 1).strip());
    }

    private static Optional<String> labelledFromStart(String text) {
        int end = -1;
        for (int i = 0; i < Math.min(text.length(), LABEL_REACH); i++) {
            char c = text.charAt(i);
            if (c == ':' || c == '\n' || c == '\u2013' || c == '=' || (c == '-' && i > 0 && text.charAt(i - 1) == ' ')) {
                end = i;
                break;
            }
        }
        if (end < 0) {
            return Optional.empty();
        }
        String typed = text.substring(0, end).toLowerCase(Locale.ROOT).strip();
        String label = spelledOut(typed);
        String draft = text.substring(end + 1).strip();
        List<String> first = RequestWords.tokens(label);
        boolean named = KINDS.stream().filter(kind -> !kind.equals("statement") && !kind.equals("goal")).anyMatch(label::startsWith);
        Optional<DraftKind> shortLabel = !first.isEmpty() && first.size() <= LONGEST_SHORT_LABEL_WORDS
                ? DraftKind.ofShortLabel(first.getFirst()) : Optional.empty();
        int shortest = label.startsWith("plan") ? SHORTEST_DRAFT_WORDS
                : quoted(draft) ? SHORTEST_QUOTED_LABELLED_DRAFT_WORDS : SHORTEST_LABELLED_DRAFT_WORDS;
        if ((!named && shortLabel.isEmpty()) || AnalysedText.of(draft).wordCount() < shortest
                || asksAfterALabel(draft) || first.stream().anyMatch(COMPARING::contains)
                || RequestWords.mentions(draft, ASKS_FOR_THE_WORDING)) {
            return Optional.empty();
        }
        if (named) {
            return Optional.of(label.equals(typed) ? text : asLabel(label) + ": " + draft);
        }
        int shortEnd = 0;
        while (shortEnd < end && Character.isLetter(text.charAt(shortEnd))) {
            shortEnd++;
        }
        // A short label is spelled out, so the check reads the kind and finds no "jargon" in the draft.
        return Optional.of(asLabel(shortLabel.get().term()) + text.substring(shortEnd, end).stripTrailing() + ": " + draft);
    }

    /**
     * "safety goals met - can the family step down ...", "safety goals all met - can i just close it?": after the label, a
     * question about the goals, not a goal. A doubt after the draft ("... managing her money. too thin?") keeps it a draft.
     */
    private static boolean asksAfterALabel(String draft) {
        int mark = draft.indexOf('?');
        List<String> words = RequestWords.tokens(draft);
        return RequestWords.opensAsAQuestion(draft) && !opensOnItsCondition(draft)
                || words.size() >= 2 && WORKER_QUESTION_OPENERS.contains(words.get(0) + " " + words.get(1))
                || (mark >= 0 && RequestWords.tokens(draft.substring(0, mark)).size() < SHORTEST_DRAFT_WORDS);
    }

    /* How a goal or bottom line may open on the condition it sets: "When Lacey can show ..., we will close the case". */
    private static final Set<String> CONDITIONS = Set.of("when", "if", "once");

    /**
     * "Success goal: When Lacey and Harrison can show for 6 months that ..., children's services will close the case.": a
     * draft that opens on its condition ("when", "if"), then, after a comma, says what will happen, and asks nothing. "when
     * will the goal be reviewed" after a label has no such clause.
     */
    private static boolean opensOnItsCondition(String draft) {
        int comma = draft.indexOf(',');
        List<String> words = RequestWords.tokens(draft);
        return draft.indexOf('?') < 0 && comma > 0 && !words.isEmpty() && CONDITIONS.contains(words.getFirst())
                && RequestWords.tokens(draft.substring(comma + 1)).stream().anyMatch(MAY_HAPPEN::contains);
    }

    /*
     * "success goal for Kaden (CLA, 13): 'Kaden will feel settled.'": quotation marks say the worker wrote the words, so a
     * one-line goal that short is still a draft under its label.
     */
    private static final int SHORTEST_QUOTED_LABELLED_DRAFT_WORDS = 3;
    /*
     * "success goal for sibling contact - two brothers ... help me word it pls": after the label, the case and a request to
     * put it into words, for the coach; no draft of the worker's own yet.
     */
    private static final List<String> ASKS_FOR_THE_WORDING = List.of("help me word", "help me write", "help me draft",
            "help me phrase", "help me put");

    private static boolean quoted(String draft) {
        return draft.length() > 2 && isQuote(draft.charAt(0)) && isQuote(draft.charAt(draft.length() - 1));
    }

    /* "worry statement vs danger statement - which one do i use when": two kinds compared, the topic of a question. */
    private static final Set<String> COMPARING = Set.of("vs", "versus", "v");

    /* "worry stmnt": the word "statement" as workers shorten it, in a label. */
    private static final Set<String> STATEMENT_SPELLINGS = Set.of("stmt", "stmnt", "stmts");
    /*
     * "danger statment", "succes goal for Jordan:", "saftey goal -": the kinds' words typed one slip away (TypingSlips), first
     * letter as typed, in a label only, where a kind's name is expected; words under five letters ("goal") are too close to
     * others to read through a slip.
     */
    private static final List<String> LABEL_WORDS = List.of("danger", "worry", "safety", "wellbeing", "success", "statement");
    private static final List<TypingSlips> LABEL_WORD_SLIPS = LABEL_WORDS.stream()
            .map(word -> TypingSlips.keepingFirstLetter(word, 1)).toList();
    private static final int SHORTEST_SLIPPED_LABEL_WORD = 5;

    private static String spelledOut(String label) {
        List<String> words = RequestWords.tokens(label);
        List<String> spelled = RequestWords.thingsAfterAKind(words.stream().map(CheckRequest::spelledAsALabelWord).toList());
        return spelled.equals(words) ? label : String.join(" ", spelled);
    }

    private static String spelledAsALabelWord(String word) {
        if (STATEMENT_SPELLINGS.contains(word)) {
            return "statement";
        }
        if (word.length() < SHORTEST_SLIPPED_LABEL_WORD || LABEL_WORDS.contains(word)) {
            return word;
        }
        for (int i = 0; i < LABEL_WORDS.size(); i++) {
            if (LABEL_WORD_SLIPS.get(i).matches(word)) {
                return LABEL_WORDS.get(i);
            }
        }
        return word;
    }

    /* "Safety goal": a kind's term as a label starts a line. */
    private static String asLabel(String term) {
        return Character.toUpperCase(term.charAt(0)) + term.substring(1);
    }

    /**
     * A statement or goal pasted bare: it asks nothing, and it says what one says, opens as a goal does ("Mum will
     * ...", "Leah and her nan will ...") or opens as a worry written as a label does ("Risk of ...", "Concerns around ...").
     */
    private static boolean unlabelledDraft(String text) {
        if (text.indexOf('?') >= 0 || text.lines().filter(line -> !line.isBlank()).count() > 3) {
            return false;
        }
        List<String> words = RequestWords.tokens(text);
        if (words.size() < SHORTEST_BARE_GOAL_WORDS || RequestWords.mentions(text, QUESTION_SIGNS)) {
            return false;
        }
        if (opensOnWhoIsWorried(words)) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        if (words.size() >= SHORTEST_UNLABELLED_WORDS && DRAFT_SIGNS.stream().anyMatch(lower::contains)) {
            return true;
        }
        if (words.size() >= SHORTEST_WORRY_LABEL_WORDS && WORRY_LABEL_OPENINGS.stream().anyMatch(lower::startsWith)
                && RequestWords.mentions(text, WORRY_LABEL_SUBJECTS)) {
            return true;
        }
        return opensAsAGoal(text, words) || opensAsAGoal(afterAnOpeningTimescale(text)) || wantsForAChild(text, words)
                || opensAsAnAction(words) && !asksInAClause(text);
    }

    /* How a goal may open on its timescale: "By Christmas, Nana Joy and Uncle Dev will ...", "Over the next 3 months, Mum will". */
    private static final List<List<String>> TIMESCALE_OPENINGS = Stream.of("by", "until", "from now", "within", "over the next",
            "for the next", "between now and", "from today").map(RequestWords::tokens).toList();
    private static final int LONGEST_OPENING_TIMESCALE_WORDS = 8;

    /** The goal after a timescale that opens it and ends at a comma ("By Christmas, ..."), or nothing. */
    private static String afterAnOpeningTimescale(String text) {
        List<String> words = RequestWords.tokens(text);
        int comma = text.indexOf(',');
        if (comma < 0 || TIMESCALE_OPENINGS.stream().noneMatch(opening -> words.size() >= opening.size()
                && words.subList(0, opening.size()).equals(opening))
                || RequestWords.tokens(text.substring(0, comma)).size() > LONGEST_OPENING_TIMESCALE_WORDS) {
            return "";
        }
        return text.substring(comma + 1).strip();
    }

    private static boolean opensAsAGoal(String goal) {
        List<String> words = RequestWords.tokens(goal);
        return words.size() >= 3 && opensAsAGoal(goal, words);
    }

    /*
     * "We want Ellie to feel safe at home.": what the service wants for a named child, a goal however weak. Who wants it,
     * then a capitalised name, then "to".
     */
    private static final Set<String> WE_WANT = Set.of("we want", "we need", "everyone wants", "we all want");

    private static boolean wantsForAChild(String text, List<String> words) {
        if (words.size() < 5 || !WE_WANT.contains(words.get(0) + " " + words.get(1)) || !words.get(3).equals("to")) {
            return false;
        }
        return Character.isUpperCase(thirdWordStart(text.strip()));
    }

    /** The first character of the third word as typed (words split on white space), or a space if there is none. */
    private static char thirdWordStart(String text) {
        int wordsBegun = 0;
        for (int i = 0; i < text.length(); i++) {
            boolean starts = !Character.isWhitespace(text.charAt(i)) && (i == 0 || Character.isWhitespace(text.charAt(i - 1)));
            if (starts && ++wordsBegun == 3) {
                return text.charAt(i);
            }
        }
        return ' ';
    }

    /**
     * "We are worried that Ruby (3) will be hurt when ...", "Nursery are worried Jo might go hungry if ...": a statement opens on
     * who is worried (not the worker alone) and says what may happen; "we are worried about the new partner moving in" says no
     * such thing.
     */
    private static boolean opensOnWhoIsWorried(List<String> words) {
        if (THE_WORKER.contains(words.getFirst())) {
            return false;
        }
        for (int i = 0; i <= WORRIED_WITHIN && i < words.size(); i++) {
            if (WORRIED.contains(words.get(i))) {
                List<String> after = words.subList(i + 1, words.size());
                return after.stream().anyMatch(MAY_HAPPEN::contains) || Collections.indexOfSubList(after, RISK_OF) >= 0
                        || Collections.indexOfSubList(after, AT_RISK) >= 0 || after.stream().anyMatch(IMPACTS::contains);
            }
        }
        return false;
    }

    /** "Dad to attend rehab - does the LA pay for it": a part after a dash, comma or full stop opens as a question. */
    private static boolean asksInAClause(String text) {
        for (String clause : text.split(" - |, |\\. |; | \u2013 ", 8)) {
            if (RequestWords.opensAsAQuestion(clause)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Mum and Dad to engage with ...", "SW to visit ...": a plan's action line, who (the family or an agency, nothing else)
     * then "to"; "parents have asked me to ..." and "grandad cant come to ..." say something else.
     */
    private static boolean opensAsAnAction(List<String> words) {
        int to = words.subList(0, Math.min(words.size(), ACTION_TO_WITHIN + 1)).indexOf("to");
        return to > 0 && to + 1 < words.size() && words.subList(0, to).stream()
                .allMatch(who -> FAMILY_OPENERS.contains(who) || AGENCIES.contains(who) || JOINING_WHO.contains(who));
    }

    /**
     * "Next steps:\n1. SW to visit ...\n2. ...", "What needs to happen | Who | By when\n...": a plan's heading on the first
     * line, at least three lines under it, and no question anywhere. A plan this short is not a {@link #wholePlan}.
     */
    private static boolean listedPlan(String text) {
        if (text.indexOf('?') >= 0) {
            return false;
        }
        List<String> lines = text.lines().filter(line -> !line.isBlank()).limit(SHORTEST_LISTED_PLAN_LINES).toList();
        return lines.size() >= SHORTEST_LISTED_PLAN_LINES && RequestWords.tokens(lines.getFirst()).size() <= LONGEST_PLAN_HEADING_WORDS
                && RequestWords.mentions(lines.getFirst(), PLAN_HEADINGS);
    }

    /* The parts of a plan or mapping a worker writes as a line's label: "Worries - ...", "Who - mum, dad, SW", "Scaling: 3". */
    private static final List<String> PLAN_PARTS = List.of("worries", "worry", "worried", "what we want", "goal", "goals", "who",
            "when", "network", "scaling", "scale", "visits", "identity", "working well", "danger", "safety", "bottom line",
            "bottom lines", "next steps", "contingency", "actions", "strengths", "complicating factors", "child's voice", "voice");
    private static final int LONGEST_PART_LABEL_WORDS = 4;
    private static final int LABELLED_PLAN_PARTS = 3;

    /**
     * "Worries - dad's temper, ...\nWhat we want - kids safe\nWho - mum, dad, SW\nWhen - ongoing", "Bottom lines: ... .
     * Contingency: if ... . Network: Aunty Claire, ...": a short plan written as labelled parts, a line or a sentence each,
     * at least three of them under a plan part's label, and no question. What a worker asks has no such shape: a question
     * names a plan's parts, it does not lay them out one after another.
     */
    private static boolean planInLabelledLines(String text) {
        if (text.indexOf('?') >= 0) {
            return false;
        }
        int labelled = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            boolean partEnds = i == text.length() || text.charAt(i) == '\n'
                    || text.charAt(i) == '.' && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1));
            if (partEnds) {
                labelled += opensOnAPlanPart(text.substring(start, i).strip()) ? 1 : 0;
                start = i + 1;
            }
        }
        return labelled >= LABELLED_PLAN_PARTS;
    }

    private static boolean opensOnAPlanPart(String line) {
        int end = -1;
        for (int i = 0; i < Math.min(line.length(), LABEL_REACH); i++) {
            char c = line.charAt(i);
            if (c == ':' || c == '\u2013' || (c == '-' && i > 0 && line.charAt(i - 1) == ' ')) {
                end = i;
                break;
            }
        }
        if (end <= 0) {
            return false;
        }
        String label = line.substring(0, end);
        return RequestWords.tokens(label).size() <= LONGEST_PART_LABEL_WORDS && RequestWords.mentions(label, PLAN_PARTS);
    }

    /** "Mum will ...", "Dad and Nan will ...", "Kelly will ...": family or a capitalised name, then "will", within five words. */
    private static boolean opensAsAGoal(String text, List<String> words) {
        boolean familyOrName = FAMILY_OPENERS.contains(words.getFirst())
                || (Character.isUpperCase(text.strip().charAt(0)) && !words.getFirst().equals("i"));
        // "Nana Joy and Uncle Dev will ...": two people named with their relationship, then "will".
        int will = words.subList(0, Math.min(words.size(), GOAL_WILL_WITHIN)).indexOf("will");
        return familyOrName && will > 0;
    }

    private static boolean wholePlan(String text) {
        return text.lines().filter(line -> !line.isBlank()).count() >= PASTED_PLAN_LINES
                && AnalysedText.of(text).wordCount() >= PASTED_PLAN_WORDS;
    }
}
