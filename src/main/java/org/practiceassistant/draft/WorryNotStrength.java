package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;

/**
 * A worry typed where the coach asked what is working well ("school are worried lily will be unsafe walking home",
 * "dads drinking, mum says shes not leaving him"): printed under "What is working well" it would tell the family the
 * danger is a strength, so it is asked about instead of kept. An answer that also says what someone has done about
 * it ("mum stopped drinking", "nan has kept lily safe since") reads as a strength and is kept. Read word by word.
 */
final class WorryNotStrength {

    private WorryNotStrength() {}

    /** Words that say someone is worried, or that harm could come. */
    private static final Set<String> WORRY_WORDS = Set.of("worried", "worry", "worries", "worrying", "concerned",
            "concern", "concerns", "concerning", "scared", "afraid", "frightened", "unsafe", "danger", "dangerous",
            "risk", "risky", "neglected", "neglect", "abuse", "abused", "abusive", "violence", "violent");
    /** What a parent does that harms (said as it is now, without what changed): "dads drinking", "mum hits him". */
    private static final Set<String> DANGER_WORDS = Set.of("drinking", "drunk", "hits", "hitting", "hit", "smacks",
            "smacking", "shouting", "screaming", "using", "drugs", "fighting", "fights", "assaulted", "threatened",
            "threatening", "overdosed", "missing");
    /** Two-word dangers: "not leaving", "home alone", "left alone". */
    private static final Set<String> DANGER_PAIRS = Set.of("not leaving", "wont leave", "won't leave", "home alone",
            "left alone", "refuses to", "wont let", "won't let", "not engaging", "not attending", "doesnt believe",
            "doesn't believe", "denies it");
    /** Words that say what someone has done or keeps doing: the answer is then a strength, kept as it is. */
    private static final Set<String> STRENGTH_WORDS = Set.of("stopped", "stop", "no", "longer", "not", "hasn't",
            "hasnt", "never", "kept", "keeps", "keep", "managed", "manages", "sober", "since", "always", "every",
            "helps", "helped", "supports", "supported", "protects", "protected", "called", "rang", "phoned", "told",
            "agreed", "agrees", "asked", "good", "well", "better", "improved", "safe", "safely", "loves", "attends",
            "attended", "engaged", "engaging", "made", "makes", "took", "takes", "picks", "collects", "cut", "down",
            "less", "fewer", "without", "free", "clean", "reduced", "ended", "moved", "reported", "went");

    /** True when the answer says a worry or danger and nothing about what is already going well. */
    static boolean statesAWorry(String answer) {
        String[] words = answer.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}']+");
        boolean worry = false;
        boolean danger = false;
        boolean strength = false;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String pair = i + 1 < words.length ? w + " " + words[i + 1] : "";
            if (DANGER_PAIRS.contains(pair)) {
                danger = true;
                i++; // "not leaving": its "not" is the danger's, no strength
                continue;
            }
            worry |= WORRY_WORDS.contains(w);
            danger |= DANGER_WORDS.contains(w);
            strength |= STRENGTH_WORDS.contains(w);
        }
        // A worry said outright is a worry unless a strength goes with it; a danger alone is one too.
        return (worry || danger) && !strength;
    }
}
