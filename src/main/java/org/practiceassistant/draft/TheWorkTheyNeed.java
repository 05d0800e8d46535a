package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * The worker saying a statement or goal is needed for their own case, the case told beside it: "&lt;case&gt;. we need a worry
 * statement for the CIN plan and i cant get the wording neutral, can you help", "first ever CP case, ICPC in 2 weeks, i
 * need the danger statements and safety goals ready for the conference report. &lt;case&gt;", "FNM in an hour and i havent
 * got a safety goal. &lt;case&gt;" (the work not there yet). Said, not asked: "do we need a
 * worry statement for every concern" asks whether one is needed, and every such question in the Ask sets opens its need
 * with "do", "does" or "when do".
 */
final class TheWorkTheyNeed {

    /* Before "i need" or "we need", these make it a question: "do we need ...", "when do i need ...". */
    private static final Set<String> ASKING_BEFORE = Set.of("do", "does", "did", "will", "would", "should", "shall", "if",
            "whether", "when", "why", "what", "how", "dont", "don't", "d'you");
    private static final Set<String> WHO_NEEDS = Set.of("i", "we");
    private static final Set<String> NOT_YET = Set.of("havent", "haven't", "hvnt", "hav'nt");
    private static final Set<String> NOT_YET_DONE = Set.of("got", "done", "written", "wrote", "started", "drafted", "finished");
    /* The statement or goal named within this many words of "need": "i need the danger statements ...". */
    private static final int THING_WITHIN = 3;

    private TheWorkTheyNeed() {}

    static boolean in(String message) {
        String text = message.strip();
        if (!onlyAClosingPleaAsks(text) || RequestWords.opensAsAQuestion(text) || !TheirOwnCase.toldIn(text)) {
            return false;
        }
        List<String> words = RequestWords.tokens(text);
        for (int i = 0; i + 1 < words.size(); i++) {
            boolean said = WHO_NEEDS.contains(words.get(i)) && words.get(i + 1).equals("need")
                    && (i == 0 || !ASKING_BEFORE.contains(words.get(i - 1)));
            // "i havent got a safety goal", "haven't done the danger statements yet": the need said as the work not yet there.
            boolean notYet = NOT_YET.contains(words.get(i)) && NOT_YET_DONE.contains(words.get(i + 1));
            if ((said || notYet) && words.subList(i + 2, Math.min(words.size(), i + 2 + THING_WITHIN)).stream()
                    .anyMatch(word -> RequestToWrite.namesADraftThing(word))) {
                return true;
            }
        }
        return false;
    }

    /** No question mark, or one only at the end of a closing plea ("..., can you help?"). */
    private static boolean onlyAClosingPleaAsks(String text) {
        int mark = text.indexOf('?');
        if (mark < 0) {
            return true;
        }
        int[] last = MessageParts.lastPart(text, ".?!,\n");
        return mark >= last[0] && HelpAskedLast.CAN_YOU_HELP.contains(RequestWords.tokens(text.substring(last[0], last[1])));
    }
}
