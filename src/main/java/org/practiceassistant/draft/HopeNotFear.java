package org.practiceassistant.draft;

import java.util.Locale;
import java.util.Set;
import org.practiceassistant.check.rules.FearReading;

/**
 * What everyone hopes for typed where the coach asked what they fear ("she will be calm, fed and going to school"):
 * composed as "worried that if nothing changes, she will be calm..." the statement would say the opposite of the
 * worry, so it is asked about. Any word of harm, loss or "not" makes it a fear, kept as said. The words of a good outcome
 * are Check's ({@link FearReading}); the words of harm here are read word by word.
 */
final class HopeNotFear {

    private HopeNotFear() {}

    /** Words of harm, loss or its absence: any of them makes the answer a fear. */
    private static final Set<String> HARMS = Set.of("not", "no", "never", "wont", "won't", "cant", "can't", "without",
            "hurt", "harm", "harmed", "injured", "injury", "killed", "die", "dies", "dead", "unsafe", "scared", "afraid",
            "frightened", "hungry", "ill", "sick", "lonely", "alone", "upset", "stressed", "anxious", "bullied", "abused",
            "exploited", "arrested", "missing", "miss", "misses", "low", "lose", "loses", "lost", "left", "struggle", "struggling", "worse", "unwell",
            "neglected", "taken", "removed", "suffer", "suffering", "cry", "crying", "hit", "shaken", "dropped", "burnt",
            "less", "lack", "stop", "stops", "fall", "falls", "behind", "isolated", "danger", "risk", "unhappy", "sad",
            "self", "overdose", "drunk", "drinking", "drugs", "violence", "violent", "fights", "shouting", "homeless",
            "evicted", "debt", "care", "rather", "instead", "only", "unless");

    /** True when something said holds a word of harm, loss or "not": "amber gets let down and hurt", not "Sam likes drawing". */
    static boolean saysAHarm(String said) {
        for (String w : words(said)) {
            if (HARMS.contains(w) || w.endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the fear said is a good outcome and nothing in it is a harm. What a good outcome is, is Check's one list
     * (its reading of a future with only good to come), so the coach asks exactly about fears Check would fail as no harm.
     */
    static boolean soundsLikeAHope(String fear) {
        return !saysAHarm(fear) && FearReading.onlyGoodToCome(fear);
    }

    private static String[] words(String said) {
        return said.toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("[^\\p{L}']+");
    }
}
