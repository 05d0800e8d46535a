package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * Case notes pasted with no request, opening on the child and their age ("Ruby 5. 3 x police callouts ...", "Jax 14, missing
 * from home ..."), saying who the family are and asking nothing: the worker wants them mapped.
 */
final class CaseNotesAlone {

    /* A number after a capital that names no child: "Year 9", "Section 47", "Level 3". */
    private static final Set<String> NOT_A_CHILD = Set.of("year", "section", "level", "tier", "stage", "step", "week", "day", "page",
            "part", "s", "form", "box", "question", "article", "schedule", "chapter", "grade", "band", "rule", "room", "phase", "key",
            "plan", "cp", "cin", "la");

    private static final int SHORTEST_CASE_NOTES_WORDS = 10;
    private static final int OLDEST_CHILD = 18;

    private CaseNotesAlone() {}

    static boolean in(String message) {
        String text = message.strip();
        List<String> words = RequestWords.tokens(text);
        if (words.size() < SHORTEST_CASE_NOTES_WORDS || text.indexOf('?') >= 0 || !Character.isUpperCase(text.charAt(0))
                || NOT_A_CHILD.contains(words.get(0)) || words.stream().anyMatch(RequestToWrite.ASKING::contains)
                || words.stream().noneMatch(TheirOwnCase.FAMILY::contains)) {
            return false;
        }
        String age = words.get(1);
        return age.chars().allMatch(Character::isDigit) && age.length() <= 2 && Integer.parseInt(age) <= OLDEST_CHILD;
    }
}
