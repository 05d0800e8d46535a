package org.practiceassistant.check.rules;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.practiceassistant.check.DraftKind;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * What a pasted draft is when the user does not say: a plan has several lines or is long; a goal says
 * who will do what; otherwise it is read as a danger (or worry) statement. "check goal ..." or "check
 * plan ..." names the kind outright.
 */
public final class KindGuess {

    /** The kind named in front of the text, and the text after it. */
    public record Named(DraftKind kind, String text) {}

    private static final Map<String, DraftKind> WORDS = Map.ofEntries(
            Map.entry("plan", DraftKind.PLAN), Map.entry("goal", DraftKind.SAFETY_GOAL),
            Map.entry("safety-goal", DraftKind.SAFETY_GOAL), Map.entry("wellbeing-goal", DraftKind.WELLBEING_GOAL),
            Map.entry("success-goal", DraftKind.SUCCESS_GOAL), Map.entry("wellbeing", DraftKind.WELLBEING_GOAL),
            Map.entry("statement", DraftKind.DANGER_STATEMENT), Map.entry("danger-statement", DraftKind.DANGER_STATEMENT),
            Map.entry("worry-statement", DraftKind.WORRY_STATEMENT), Map.entry("danger", DraftKind.DANGER_STATEMENT),
            Map.entry("worry", DraftKind.WORRY_STATEMENT));

    private static final int PLAN_LINES = 4;
    private static final int PLAN_WORDS = 180;
    private static final Lexicon GOAL_OPENINGS = Lexicon.of("we will know", "we need to see", "what we need to see",
            "will know that", "will make sure", "will keep", "will always");

    private KindGuess() {}

    public static Optional<Named> named(String text) {
        String[] parts = text.strip().split("\\s+", 2);
        String first = parts[0].toLowerCase(Locale.ROOT).replaceAll("[:.,]$", "");
        if (parts.length == 2 && WORDS.containsKey(first + "-" + parts[1].split("\\s+", 2)[0].toLowerCase(Locale.ROOT).replaceAll("[:.,]$", ""))) {
            String[] rest = parts[1].split("\\s+", 2);
            return Optional.of(new Named(WORDS.get(first + "-" + rest[0].toLowerCase(Locale.ROOT).replaceAll("[:.,]$", "")),
                    rest.length == 2 ? rest[1] : ""));
        }
        return Optional.ofNullable(WORDS.get(first)).map(kind -> new Named(kind, parts.length == 2 ? parts[1] : ""));
    }

    public static DraftKind guess(String text) {
        long lines = text.lines().filter(line -> !line.isBlank()).count();
        AnalysedText analysed = AnalysedText.of(text);
        if (lines >= PLAN_LINES || analysed.wordCount() > PLAN_WORDS) {
            return DraftKind.PLAN;
        }
        boolean worrier = WhoIsWorriedCriterion.worrier(analysed).isPresent();
        boolean goalLike = GOAL_OPENINGS.first(analysed).isPresent()
                || GoalClauses.of(analysed).stream().anyMatch(c -> !c.professional() && !c.negated());
        return goalLike && !worrier ? DraftKind.SAFETY_GOAL : DraftKind.DANGER_STATEMENT;
    }
}
