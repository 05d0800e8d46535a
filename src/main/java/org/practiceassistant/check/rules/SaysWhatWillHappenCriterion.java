package org.practiceassistant.check.rules;

import java.util.List;
import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * A goal says what people will be doing, not only what will stop ("Mark will not drink"): the glossary
 * asks for "what the members of the family or network will be doing".
 */
final class SaysWhatWillHappenCriterion extends Criterion<AnalysedText> {

    /* "The children will be safe": what will happen, even with nobody named (who-will-act catches that). */
    private static final Lexicon POSITIVE_WILL = Lexicon.of("will be", "will have", "will feel", "will go", "will get",
            "will live", "will sleep", "will stay", "will know");

    SaysWhatWillHappenCriterion(Wording wording) {
        super(CriterionId.SAYS_WHAT_WILL_HAPPEN, wording.definition());
    }

    @Override
    CriterionResult check(AnalysedText text) {
        List<GoalClauses.Clause> clauses = GoalClauses.of(text).stream().filter(c -> !c.professional()).toList();
        Optional<GoalClauses.Clause> positive = clauses.stream().filter(c -> !c.negated()).findFirst();
        if (positive.isPresent()) {
            return pass(quoted(positive.get().quote(text)));
        }
        boolean professionalsOnly = GoalClauses.of(text).stream().anyMatch(GoalClauses.Clause::professional);
        Optional<Lexicon.Match> will = POSITIVE_WILL.first(text);
        if (will.isPresent() && !professionalsOnly) {
            return pass(quoted(Spans.around(text, will.get(), 2, 2)));
        }
        Optional<Lexicon.Match> negation = WordLists.NEGATIONS.first(text);
        if (clauses.isEmpty() && negation.isEmpty()) {
            return fail("", advice());
        }
        String evidence = negation.map(m -> quoted(Spans.around(text, m, 2, 3)))
                .orElseGet(() -> clauses.isEmpty() ? "" : quoted(clauses.get(0).quote(text)));
        return fail(evidence, advice());
    }

    private static String advice() {
        return "Say what people will be doing instead, for example \"Mark will be sober whenever he looks after Jack, "
                + "and Gran will check in every evening\", not only what will stop.";
    }
}
