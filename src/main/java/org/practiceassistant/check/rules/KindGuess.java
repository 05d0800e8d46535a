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
        if (PlanParser.opensWithTableHeader(text)) {
            // "Danger statement<TAB>Safety goal" over rows pasted from Word: the columns of a plan, each row a statement and
            // its goal, not one statement under its label.
            return Optional.of(new Named(DraftKind.PLAN, text.strip()));
        }
        // "WS (CIN) = Mum ...", "DS(CP): ...": a label with its qualifier in brackets names the kind as the label alone does.
        int labelEnd = DraftLabel.end(text);
        if (labelEnd > 0) {
            String[] label = text.strip().split("[\\s(:=\u2013\u2014-]+", 3);
            Optional<DraftKind> kind = Optional.ofNullable(WORDS.get(bare(label[0]) + (label.length > 1 ? "-" + bare(label[1]) : "")))
                    .or(() -> Optional.ofNullable(WORDS.get(bare(label[0])))).or(() -> DraftKind.ofShortLabel(bare(label[0])));
            if (kind.isPresent()) {
                return Optional.of(new Named(kind.get(), text.substring(labelEnd)));
            }
        }
        String[] parts = text.strip().split("\\s+", 2);
        String first = bare(parts[0]);
        if (parts.length == 2) {
            String[] rest = parts[1].split("\\s+", 2);
            DraftKind twoWords = WORDS.get(first + "-" + bare(rest[0]));
            if (twoWords != null) {
                return Optional.of(new Named(twoWords, rest.length == 2 ? draftAfterLabel(rest[1]) : ""));
            }
        }
        // The short labels workers put in front of a pasted draft ("SG - Dad will ...", "DS: ...") are DraftKind's.
        return Optional.ofNullable(WORDS.get(first)).or(() -> DraftKind.ofShortLabel(first))
                .map(kind -> new Named(kind, parts.length == 2 ? draftAfterLabel(parts[1]) : ""));
    }

    /** A label's word as written, without the colon or full stop that may end it: "Goal:" is "goal". */
    private static String bare(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.endsWith(":") || lower.endsWith(".") || lower.endsWith(",") ? lower.substring(0, lower.length() - 1) : lower;
    }

    /** The draft after its label, without the dash or colon that set the label off: "SG - Dad will ...". */
    private static String draftAfterLabel(String rest) {
        int start = 0;
        while (start < rest.length() && (rest.charAt(start) == '-' || rest.charAt(start) == '\u2013' || rest.charAt(start) == ':'
                || Character.isWhitespace(rest.charAt(start)))) {
            start++;
        }
        return rest.substring(start);
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
