package org.practiceassistant.draft;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.practiceassistant.draft.AnswerReview.Nudge;

/**
 * The network answer must name someone who can act: "no family here" or "dad unknown" are facts worth
 * knowing but leave a goal with nobody in it, and "family" alone does not say who. Whole short answers only.
 */
final class NetworkAnswer {

    private NetworkAnswer() {}

    private static final List<String> NOBODY = List.of("no ", "none", "nobody", "no one", "noone", "there is no",
            "there's no", "theres no", "not anyone", "no-one");
    private static final Set<String> UNKNOWN = Set.of("unknown", "not known", "no idea", "don't know", "dont know");
    private static final Set<String> GENERIC = Set.of("family", "the family", "friends", "family and friends",
            "family & friends", "everyone", "the network", "network", "extended family", "support network", "wider family",
            "relatives", "the parents", "professionals", "sister", "brother", "cousin", "neighbour", "friend", "aunt",
            "auntie", "uncle", "partner", "a neighbour", "a friend", "friends and family");
    private static final int SHORT = 7;

    static Optional<Nudge> problem(String answer, String childNames, boolean standsBy) {
        String said = ForgivingMatch.normalise(answer);
        if (said.split(" ").length > SHORT) {
            return Optional.empty();
        }
        if (NOBODY.stream().anyMatch(said::startsWith) || UNKNOWN.stream().anyMatch(said::contains)) {
            return Optional.of(new Nudge("Noted. A " + "goal still needs at least one person who will act: a parent"
                    + " counts, and so do friends, neighbours, a faith or community group, or the other parent's family."
                    + " Who can act to keep " + childNames + " safe? Give names or how they are related.", false));
        }
        if (GENERIC.contains(said) && !standsBy) {
            return Optional.of(new Nudge("Who are they? Please name them, or say how they are related, for example"
                    + " \"Mum, Grandma Jean and Aunt Sara\", so the goal says who will act." + CoachWording.KEEP_IT, true));
        }
        return Optional.empty();
    }
}
