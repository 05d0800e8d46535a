package org.practiceassistant.draft;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The child's views when the children are babies or not born yet: "not born yet", "too young", "baby can't talk"
 * say why there are no words, which the plan records as a sentence ("Baby is not born yet.") rather than as the
 * worker's shorthand, and never as an answer the coach must ask for again. Short answers only: anything longer
 * is what the worker saw, kept as they wrote it.
 */
final class BabyViews {

    private BabyViews() {}

    /** At most this many words: "n/a she is only 3 months old" is a reason, not what was seen. */
    private static final int SHORT = 8;
    private static final Set<String> UNBORN = Set.of("unborn", "not born", "not born yet", "not yet born", "pre birth",
            "prebirth", "pre-birth", "still pregnant", "baby not born yet", "baby not born", "bump", "not here yet",
            "not arrived yet");
    private static final Set<String> TOO_YOUNG = Set.of("too young", "too little", "too small", "baby", "a baby", "she's a baby",
            "shes a baby", "he's a baby", "hes a baby", "they're babies", "babies", "can't talk", "cant talk", "can't speak",
            "cant speak", "pre verbal", "preverbal", "pre-verbal", "non verbal", "nonverbal", "not talking yet",
            "not talking", "too young to say", "too young to ask", "only a baby", "newborn", "new born", "age",
            "due to age", "because of age", "because of her age", "because of his age", "n/a age", "n/a too young",
            "n/a baby", "na baby", "na too young");

    /** The sentence to record when {@code answer} only says why the babies have no words yet; empty otherwise. */
    static Optional<String> said(String answer, List<Child> children) {
        String said = ForgivingMatch.normalise(answer).replace(",", "").replace(" - ", " ").replace('\u2019', '\'');
        if (said.isEmpty() || said.split(" ").length > SHORT) {
            return Optional.empty();
        }
        String names = names(children);
        boolean several = children.size() > 1;
        if (children.stream().allMatch(Child::unborn) || UNBORN.stream().anyMatch(said::contains)) {
            return UNBORN.stream().anyMatch(said::contains) || TOO_YOUNG.contains(said)
                    ? Optional.of(names + (several ? " are" : " is") + " not born yet.") : Optional.empty();
        }
        return TOO_YOUNG.contains(said) || TOO_YOUNG.stream().anyMatch(p -> said.startsWith(p + " ") || said.endsWith(" " + p))
                ? Optional.of(names + (several ? " are" : " is") + " too young to say in words.")
                : Optional.empty();
    }

    private static String names(List<Child> children) {
        List<String> names = children.stream().map(Child::firstName).toList();
        return names.size() == 1 ? names.getFirst()
                : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
