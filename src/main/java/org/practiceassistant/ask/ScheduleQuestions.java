package org.practiceassistant.ask;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Questions for a calendar date or a standing body's sittings ("when are the next signs of safety training dates", "when
 * does the legal gateway panel sit and how do i get on the agenda"). The pack counts timescales from events and says how
 * often meetings happen; it keeps no calendar and no panel's sittings, so such a question is answered only by a passage
 * that gives a day or an interval. Its other words (the panel's name, "signs of safety") match passages that name the
 * body, which is why the subject (the date) has to be looked for: a question may ask a second thing beside it, and is
 * still one the pack does not answer.
 *
 * <p>Linear: the lower-cased question split into words once, one unnested pattern over passage text.
 */
final class ScheduleQuestions {

    private ScheduleQuestions() {}

    /** A body that sits on set dates; the word after it says the question asks when. */
    private static final Set<String> STANDING_BODIES = Set.of("panel", "panels", "forum", "forums", "board", "committee");

    private static final Set<String> SITTING = Set.of("sit", "sits", "meet", "meets", "next");

    private static final Pattern WORDS = Pattern.compile("[^a-z]+");

    /**
     * Whether the (lower-case) question asks for dates ("dates", "next date") or when a panel, forum or board sits or
     * meets, and none of these passages gives a day or an interval.
     */
    static boolean asksForAScheduleNoneGives(String question, List<String> passageTexts) {
        // The day or interval a passage would give is what a timing question needs too: one reading of it, in Specifics.
        return asksForASchedule(question) && passageTexts.stream().noneMatch(Specifics::givesWhen);
    }

    static boolean asksForASchedule(String question) {
        List<String> words = List.of(WORDS.split(question));
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (word.equals("dates") || word.equals("next") && next.equals("date")
                    || STANDING_BODIES.contains(word) && SITTING.contains(next)) {
                return true;
            }
        }
        return false;
    }
}
