package org.practiceassistant.draft;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * The statement, goal or mapping named first, and help asked for last: "danger statement help", "&lt;case&gt; ... i havent
 * written the danger statements yet. help!", "I need to write the worry statement for ..., can you help", "&lt;case&gt; ... can
 * you help me write them?". The last words are a plea or a request with no object of its own, said of the work named
 * before them.
 */
final class HelpAskedLast {

    /* The plea closing a short message after the thing it is for: "danger statement help", "maping help pls". */
    private static final Set<List<String>> HELP_AFTER = Set.of(List.of("help"), List.of("help", "pls"), List.of("help", "please"),
            List.of("help", "plz"), List.of("help", "needed"));
    /* At most this many words name the thing before the plea ("wellbeing goal", "worry statement for nan"). */
    private static final int LONGEST_THING_BEFORE_HELP = 3;

    private HelpAskedLast() {}

    /**
     * "danger statement help", "maping help": a statement, goal or the mapping named and "help" after it, nothing else, asks
     * for help with it now; the thing read through a slip as the request words read it ("core group help" names none).
     */
    static boolean afterTheThingAlone(String message) {
        if (message.indexOf('?') >= 0) {
            return false;
        }
        List<String> words = RequestWords.tokens(message);
        for (List<String> plea : HELP_AFTER) {
            int thing = words.size() - plea.size();
            if (thing >= 1 && thing <= LONGEST_THING_BEFORE_HELP && words.subList(thing, words.size()).equals(plea)) {
                return RequestToWrite.ASKS_TO_WRITE.asks("help me with " + String.join(" ", words.subList(0, thing)));
            }
        }
        return false;
    }

    /* "i need to write", "I want to write", "ive got to do": the worker saying the work is theirs to write. */
    private static final List<List<String>> MUST_WRITE = java.util.stream.Stream.of("i need to", "i want to", "i have to",
            "ive got to", "i've got to", "i got to", "i must").map(RequestWords::tokens).toList();
    private static final Set<String> WRITING = Set.of("write", "do", "draft", "rewrite", "redo", "update", "word", "put");
    /* The statement or goal within this many words of the verb: "write a words and pictures style worry statement". */
    private static final int THING_WITHIN = 8;
    /* "can you help", "could u help me": asking for help as the whole last clause. */
    static final Set<List<String>> CAN_YOU_HELP = java.util.stream.Stream.of("can you help", "can you help me", "can u help",
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
    static boolean afterSayingTheyMustWriteIt(String message) {
        String text = message.strip();
        int[] clause = MessageParts.lastPart(text, ".?!,\n");
        int start = clause[0];
        int end = clause[1];
        if (start == 0 || !CAN_YOU_HELP.contains(RequestWords.tokens(text.substring(start, end)))) {
            return false;
        }
        List<String> before = RequestWords.tokens(text.substring(0, start));
        for (List<String> opening : MUST_WRITE) {
            int at = Collections.indexOfSubList(before, opening);
            int verb = at + opening.size();
            if (at >= 0 && verb < before.size() && WRITING.contains(before.get(verb))) {
                List<String> object = before.subList(verb + 1, Math.min(before.size(), verb + 1 + THING_WITHIN));
                return object.stream().anyMatch(word -> RequestToWrite.namesADraftThing(word));
            }
        }
        return false;
    }

    /* A plea for help as the whole last sentence: "help!", "pls help", "help me". */
    private static final Set<List<String>> PLEAS = Set.of(List.of("help"), List.of("help", "me"), List.of("pls", "help"),
            List.of("please", "help"), List.of("help", "pls"), List.of("help", "please"), List.of("plz", "help"));

    /**
     * "i've got an ICPC next week for a 9 month old ... i havent written the danger statements yet. help!": the case and the
     * statements or goals still to write, then a plea for help as the last sentence: read as "help me" said of all before it.
     */
    static boolean afterTheCaseAndTheWork(String message) {
        String text = message.strip();
        int[] last = MessageParts.lastSentence(text);
        // "worry statment for a care leaver ... - help pls": the plea after a dash ends the message as a sentence would.
        int dash = text.lastIndexOf(" - ");
        if (dash > last[0] && PLEAS.contains(RequestWords.tokens(text.substring(dash + 3, last[1])))) {
            last[0] = dash + 3;
        }
        List<String> plea = RequestWords.tokens(text.substring(last[0], last[1]));
        if (last[0] == 0 || !PLEAS.contains(plea) && !StuckOnTheWording.opensUnsureHowToWord(plea)) {
            return false;
        }
        String before = text.substring(0, last[0]);
        // A statement or goal named, as typed or through a slip ("worry statment"); "plan for the mapping meeting? help" names none.
        return RequestWords.tokens(before).stream().anyMatch(word -> RequestToWrite.namesADraftThing(word))
                && RequestToWrite.ASKS_TO_WRITE.asks(before + " help me");
    }

    /* What the last sentence calls the statements or goals the message named before it: "can you help me write them?". */
    private static final Set<String> THEM = Set.of("them", "it", "these", "those", "one");

    /**
     * The case first, naming the statements or goals to write, and the request last with only "them" or "it" for them: "I've
     * been asked to write the worry statement and wellbeing goal for a TAF ... <family> ... Can you help me write them?",
     * "how would i word a danger statement for a baby where ...? can you help me write it".
     */
    static boolean toWriteThemLast(String message) {
        String text = message.strip();
        int[] sentence = MessageParts.lastSentence(text);
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
        if (them < 0 || before.stream().noneMatch(RequestToWrite.DRAFT_THINGS::contains)) {
            return false;
        }
        List<String> named = new java.util.ArrayList<>(last);
        named.set(them, "statements");
        return RequestToWrite.ASKS_TO_WRITE.asks(String.join(" ", named));
    }
}
