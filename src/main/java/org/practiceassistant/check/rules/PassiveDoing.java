package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.check.text.AnalysedText;

/**
 * Something someone will do, said in the passive without naming who: "The children will be taken to school on time",
 * "Safety plan to be completed by SW", "rent and bills to be paid on time". The readers of blind6, blind7 and blind9 count it
 * as saying what will happen. Not a state ("will be settled", "will be hurt"), a service done to someone ("will be supported",
 * "will be provided"), an aim ("risk to be reduced", "to be maintained") or the service's own oversight ("to be monitored",
 * "needs to be met", "to be stepped down"): the readers of tune5, blind4 and blind7 fail those.
 */
final class PassiveDoing {

    private PassiveDoing() {}

    private static final Set<String> BE = WordLists.stems("be");
    private static final Set<String> WILL_OR_TO = WordLists.stems("will", "shall", "to");

    /* Participles of doing that do not end in "-ed": "will be taken to nursery", "FGC to be held". */
    private static final Set<String> DONE_PARTICIPLES = Set.of("taken", "held", "paid", "found", "done", "given", "kept", "seen",
            "brought", "sent", "made", "put", "fed", "driven", "met", "shown", "told", "written");

    /*
     * Participles after "be" that say how someone is or what was done to them ("will be settled", "will be hurt again"), or a
     * service's own oversight ("to be monitored at LAC review", "needs to be met"), not something anyone will do for the goal.
     * Services done to someone ("will be supported") and aims ("risk to be reduced") are read from the word lists.
     */
    private static final Set<String> STATE_PARTICIPLES = Set.of("settled", "scared", "worried", "frightened", "loved", "involved",
            "interested", "tired", "pleased", "excited", "relaxed", "concerned", "bored", "hurt", "harmed", "injured", "exposed",
            "neglected", "abused", "exploited", "bullied", "isolated", "motivated", "engaged", "prepared", "informed", "reassured",
            "valued", "respected", "confused", "upset", "embarrassed", "ashamed", "surprised", "disappointed", "used", "allowed",
            "expected", "required", "needed", "based", "placed", "monitored", "reviewed", "stepped", "met");

    /* Hands-on care that others can see being done: "will be taken to nursery", "cared for by a safe adult", "paid on time". */
    private static final Set<String> SEEN_PARTICIPLES = Set.of("taken", "cared", "looked", "picked", "collected", "fed", "bathed",
            "washed", "dressed", "paid", "walked", "driven", "brought", "dropped", "supervised", "watched", "cooked", "cleaned");

    /** How far after the participle a service's word makes it a service ("taken to all his dentist appointments"). */
    private static final int SERVICE_REACH = 8;

    /**
     * The first passive of hands-on care (its "will" or "to"), done for no service: what someone will be seen doing
     * ("Zara will be cared for by a safe adult", "rent to be paid on time"), as the readers of blind7 and blind9 read it.
     */
    static Optional<Integer> firstSeen(AnalysedText text) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = first(text, 0).orElse(-1); i >= 0; i = first(text, i + 1).orElse(-1)) {
            String word = text.text().substring(tokens.get(i + 2).start(), tokens.get(i + 2).end()).toLowerCase(java.util.Locale.ROOT);
            if (SEEN_PARTICIPLES.contains(word)
                    && WordLists.SERVICE_TASKS.first(text, i + 2, Math.min(tokens.size(), i + 3 + SERVICE_REACH)).isEmpty()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }

    /** Where the first passive of doing starts (its "will" or "to"): "will" or "to", "be", a participle of doing, not negated. */
    static Optional<Integer> first(AnalysedText text) {
        return first(text, 0);
    }

    private static Optional<Integer> first(AnalysedText text, int from) {
        List<AnalysedText.Token> tokens = text.tokens();
        for (int i = from; i + 2 < tokens.size(); i++) {
            if (!WILL_OR_TO.contains(tokens.get(i).stem()) || !BE.contains(tokens.get(i + 1).stem())
                    || tokens.get(i + 2).sentence() != tokens.get(i).sentence()
                    || i > 0 && WordLists.NEGATIONS.at(text, i - 1).isPresent() || WordLists.NEGATIONS.at(text, i).isPresent()) {
                continue;
            }
            AnalysedText.Token p = tokens.get(i + 2);
            String word = text.text().substring(p.start(), p.end()).toLowerCase(java.util.Locale.ROOT);
            if ((word.length() > 4 && word.endsWith("ed") || DONE_PARTICIPLES.contains(word)) && !STATE_PARTICIPLES.contains(word)
                    && !WordLists.SERVICE_PASSIVES.contains(p.stem()) && WordLists.VAGUE_AIMS.at(text, i + 2).isEmpty()
                    && WordLists.SERVICE_TASKS.at(text, i + 2).isEmpty()) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
