package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;
import org.practiceassistant.system.text.EnglishWords;
import org.practiceassistant.system.text.SlippedWords;
import org.practiceassistant.system.text.TypingSlips;

/**
 * A request to write in everyday words, a verb of writing and the work it is for ("can you help me write a danger
 * statement", "lets draft a wellbeing goal", "need a safety goal for ..."), and the words the other kinds of request to
 * write share: the statements and goals, their kinds, the work wanted now, the words that ask. A message that asks for a
 * check ("check", "feedback on", "look over") is Check's; one that asks for an explanation or example is a question.
 */
final class RequestToWrite {

    static final RequestWords ASKS_TO_WRITE = new RequestWords(
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
    /* Words this long are read through a slip when a mapping is asked for alone ("mapping", "guided", "please"). */
    private static final int SHORTEST_SLIPPED_MAPPING_WORD = 5;
    /*
     * The work wanted now, said after a question about how to do it: "how do i write a worry statement, ive got to get one done
     * today". Then the question is a request for the coach (one is being written), not for guidance in general.
     */
    static final List<String> WANTED_NOW = List.of("get one done", "got one to do", "have one to do", "need one today",
            "need one for", "need one by", "need one done", "one due", "due today", "due tomorrow",
            // "how do i write a danger statement for this family - mums new partner has ...": for the worker's own case.
            "for this family", "for this case", "for my family", "for my case", "for this child", "for these kids",
            "for these children", "for this young person");

    /* The statements and goals a request names ("what would the danger statement be?", "can you help me write them?"). */
    static final Set<String> DRAFT_THINGS = Set.of("statement", "statements", "goal", "goals", "ds", "sg");
    /* The kinds named before a thing: "need success goals for ...". */
    private static final Set<String> KINDS = Set.of("safety", "success", "wellbeing", "danger", "worry", "harm");

    /* A case told before or after a question or request, at least this many words of it. */
    static final int SHORTEST_CASE_WORDS = 12;

    /* Words that ask something of their own: a message holding one is no case notes alone and no "where do i start". */
    static final Set<String> ASKING = Set.of("how", "what", "why", "when", "where", "which", "should", "can", "could",
            "do", "does", "is", "are", "advice", "guidance", "anyone");

    /* The statements and goals alone, read through a slip as the request words read them. */
    private static final RequestWords NAMES_A_DRAFT_THING = new RequestWords(List.of("write"), List.copyOf(DRAFT_THINGS), List.of(),
            EnglishWords::contains);

    private RequestToWrite() {}

    /* "mpping", "guiided maping", "guided mapoing plese": the longer words of a mapping asked for alone, read through a slip. */
    private static final SlippedWords SLIPPED_MAPPING_ALONE =
            SlippedWords.of(MAPPING_ALONE.stream()
                    .filter(word -> word.length() >= SHORTEST_SLIPPED_MAPPING_WORD).sorted().toList(),
                    word -> TypingSlips.keepingFirstLetter(word, 1));

    /** The word as typed, or the mapping word it is one slip from when it is no English word. */
    private static String mappingWordAsMeant(String word) {
        if (MAPPING_ALONE.contains(word) || word.length() < SHORTEST_SLIPPED_MAPPING_WORD - 1 || EnglishWords.contains(word)) {
            return word;
        }
        String meant = SLIPPED_MAPPING_ALONE.slipped(word);
        return meant == null ? word : meant;
    }

    /** The word names a statement or goal, as typed or through a slip ("statment"). */
    static boolean namesADraftThing(String word) {
        return NAMES_A_DRAFT_THING.asks("write " + word);
    }

    /** The message, all of it, asks to write in words: a verb of writing and the work, "mapping" alone, "need a ...". */
    static boolean inWords(String message) {
        List<String> words = RequestWords.tokens(message);
        List<String> alone = words.stream().map(RequestToWrite::mappingWordAsMeant).toList();
        boolean mappingAlone = !alone.isEmpty() && alone.size() <= 4 && alone.stream().allMatch(MAPPING_ALONE::contains)
                && (alone.contains("mapping") || alone.contains("map"));
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
