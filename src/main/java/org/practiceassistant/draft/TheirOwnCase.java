package org.practiceassistant.draft;

import java.util.List;
import java.util.Set;
import org.practiceassistant.conversation.RequestWords;

/**
 * Signs that a message tells the worker's own case, not practice in general: the family's people ("mum", "nan"), a child's
 * age ("15 yo", "Kyle (16)"), the household or case named ("for this family", "a DV case"), or when the worker's own work
 * is due ("on thursday", "this afternoon", "next week"). Alone they prove nothing (questions have context too); beside a
 * request to write they say the work is for a case the worker has now.
 */
final class TheirOwnCase {

    /** The family's people, as workers name them. */
    static final Set<String> FAMILY = Set.of("mum", "dad", "mother", "father", "parents", "carer", "carers", "nan", "gran",
            "grandma", "grandad", "stepdad", "stepmum", "partner", "sibling", "siblings", "brother", "sister", "aunt", "uncle");
    /* A child's age as a case gives it: "15 yo", "(8 wks)", "a 9 month old", "Kyle (16)". */
    private static final java.util.regex.Pattern AGE_GIVEN = java.util.regex.Pattern.compile(
            "\\b\\d{1,2}\\s*(?:yo|y/o|yrs?|years?|wks?|weeks?|months?|mths?|mnths?)\\b|\\(\\d{1,2}\\)",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    /* The household or the case itself: "so the family understand", "for a DV case", "the kids". */
    private static final Set<String> HOUSEHOLD = Set.of("family", "families", "case", "kids", "children", "child", "baby", "household",
            "boys", "girls", "twins");
    /* When the worker's own work is due: "FNM on thursday", "after the strategy discussion this afternoon". */
    private static final Set<String> DUE = Set.of("today", "tomorrow", "tonight", "monday", "tuesday", "wednesday", "thursday",
            "friday", "mon", "tues", "weds", "thurs", "fri");
    private static final List<String> DUE_PHRASES = List.of("this afternoon", "this morning", "next week", "coming up", "this week");
    /* A message is read this far, in lines and sentences (RequestWords reads the first words of each). */
    private static final int MOST_PARTS = 12;

    private TheirOwnCase() {}

    static boolean givesAChildsAge(String message) {
        return AGE_GIVEN.matcher(message).find();
    }

    /** The message tells the worker's own case by one of the signs above, anywhere in its first parts. */
    static boolean toldIn(String message) {
        if (givesAChildsAge(message)) {
            return true;
        }
        for (String part : message.split("[.?!\n]", MOST_PARTS + 1)) {
            List<String> words = RequestWords.tokens(part);
            if (words.stream().anyMatch(w -> FAMILY.contains(w) || HOUSEHOLD.contains(w) || DUE.contains(w))
                    || RequestWords.mentions(part, DUE_PHRASES)) {
                return true;
            }
        }
        return false;
    }
}
