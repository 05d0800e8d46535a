package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;
import org.practiceassistant.system.text.EnglishWords;

/**
 * An instruction to the bot to write, or help write, the worker's work, as one clause of a message that asks a question
 * beside it: "need to set up scaling questions for the FNM on thursday, can you help me write them so the family
 * understand", "i need to do a mapping ... this afternoon, what questions should i ask and can you help me lay it out",
 * "help me with scaling questions for the FNM, whats a good 0 and 10 for a DV case", "can we do the safety scale bit
 * together, i dont know how to define the 0 and 10 for this family".
 *
 * <p>Read by its shape, not by the question's words: a clause addressed to the bot ("can you ...", "help me ...", "let's
 * ...", "can we ... together") with a verb of writing; the work named somewhere in the message; and the worker's own case
 * told ({@link TheirOwnCase}). The question beside it is then about the work the worker wants done now, which the coach
 * answers step by step. Questions for Ask hold no such instruction: none of the Ask sets' questions, written by readers
 * who never saw the router, says "help me" or "can you write".
 */
final class InstructionToWrite {

    /* What may come just before the instruction in its clause: "and can you ...", "ok so help me ...". */
    private static final Set<String> LEADING = Set.of("and", "but", "so", "also", "then", "ok", "okay", "hi", "hey", "pls", "please",
            "plz", "just", "maybe", "morning");
    private static final Set<String> MAY = Set.of("can", "could", "would", "will");
    private static final Set<String> YOU = Set.of("you", "u", "ya", "yu");
    private static final Set<String> POLITE = Set.of("please", "pls", "plz", "just", "maybe");
    /* Verbs of writing, and of help given with the work: "help me with scaling questions", "help me lay it out". */
    private static final Set<String> WRITING = Set.of("write", "draft", "word", "phrase", "rewrite", "reword", "redo", "update",
            "lay", "set", "put", "do", "build", "fill", "start", "turn", "get", "with", "through", "thru", "work");
    /* The work the coach writes with the worker, read through a slip as the request words read things ("scailing"). */
    private static final RequestWords NAMES_THE_WORK = new RequestWords(List.of("write"), List.of("statement", "statements", "goal",
            "goals", "ds", "sg", "dss", "sgs", "mapping", "map", "scale", "scaling", "scales", "column", "columns"), List.of(),
            EnglishWords::contains);
    /* A message is read this far, in clauses. */
    private static final int MOST_CLAUSES = 12;

    private InstructionToWrite() {}

    static boolean in(String message) {
        if (!TheirOwnCase.toldIn(message)) {
            return false;
        }
        boolean instructed = false;
        boolean workNamed = false;
        for (String clause : message.split("[,.?!;:\n]|\\s-\\s", MOST_CLAUSES + 1)) {
            List<String> words = RequestWords.tokens(clause);
            instructed |= instructs(words);
            workNamed |= words.stream().anyMatch(word -> NAMES_THE_WORK.asks("write " + word));
        }
        return instructed && workNamed;
    }

    /**
     * The clause opens on an instruction to the bot to write or help write, or one follows a joining word in it ("what should
     * i ask and can you help me lay it out").
     */
    private static boolean instructs(List<String> words) {
        for (int start = 0; start < words.size(); start++) {
            if ((start == 0 || LEADING.contains(words.get(start - 1))) && instructsFrom(words, start)) {
                return true;
            }
        }
        return false;
    }

    private static boolean instructsFrom(List<String> words, int start) {
        int i = start;
        boolean addressed = false;
        if (i + 1 < words.size() && MAY.contains(words.get(i)) && YOU.contains(words.get(i + 1))) {
            // "can you (pls) (help me) write ...".
            i += 2;
            addressed = true;
        } else if (i + 1 < words.size() && (words.get(i).equals("can") || words.get(i).equals("could")) && words.get(i + 1).equals("we")) {
            // "can we do the safety scale bit together": the worker and the bot, writing together.
            return i + 2 < words.size() && WRITING.contains(words.get(i + 2)) && words.contains("together");
        } else if (words.get(i).equals("lets") || words.get(i).equals("let's")) {
            return i + 1 < words.size() && WRITING.contains(words.get(i + 1));
        }
        while (i < words.size() && POLITE.contains(words.get(i))) {
            i++;
        }
        if (i + 1 < words.size() && words.get(i).equals("help") && (words.get(i + 1).equals("me") || words.get(i + 1).equals("us"))) {
            return i + 2 < words.size() && WRITING.contains(words.get(i + 2));
        }
        return addressed && i < words.size() && WRITING.contains(words.get(i)) && !words.get(i).equals("with");
    }
}
