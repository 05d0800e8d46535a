package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.text.AnalysedText;
import org.practiceassistant.check.text.Lexicon;

/**
 * Which statutory plan a plan is, read from its own words, so the rubric rows shown are that plan's: a child protection
 * plan is graded on the rubric's child protection rows, a child in need plan on its child in need rows. A plan that names
 * neither (an Early Help or looked-after child's plan, or one with no title) or names both as its own is left to the
 * manager with every row.
 */
enum PlanType {
    CHILD_PROTECTION, CHILD_IN_NEED, EITHER;

    /* The names plans give themselves and the meetings only that plan has (a core group, a review conference). */
    private static final Lexicon CHILD_PROTECTION_WORDS = Lexicon.of("child protection plan", "cp plan", "child protection conference",
            "initial child protection conference", "review child protection conference", "review conference", "core group",
            "core groups", "icpc", "rcpc");
    private static final Lexicon CHILD_IN_NEED_WORDS = Lexicon.of("child in need plan", "child in need", "children in need", "cin plan",
            "cin review", "cin meeting");

    /* The plan's title and first lines say what it is; words further down may be its history ("stepped down from a CP plan"). */
    private static final int OPENING_TOKENS = 60;

    static PlanType of(AnalysedText plan) {
        int opening = Math.min(OPENING_TOKENS, plan.tokens().size());
        // In the opening, the type named first is the plan's ("Child in need plan ... was on a child protection plan until May").
        Optional<Lexicon.Match> protection = CHILD_PROTECTION_WORDS.first(plan, 0, opening);
        Optional<Lexicon.Match> inNeed = CHILD_IN_NEED_WORDS.first(plan, 0, opening);
        if (protection.isPresent() || inNeed.isPresent()) {
            return inNeed.isEmpty() || (protection.isPresent() && protection.get().firstToken() < inNeed.get().firstToken())
                    ? CHILD_PROTECTION : CHILD_IN_NEED;
        }
        // Further down, only a plan that names one type and never the other is read as that type.
        boolean protectionBelow = CHILD_PROTECTION_WORDS.first(plan, opening, plan.tokens().size()).isPresent();
        boolean inNeedBelow = CHILD_IN_NEED_WORDS.first(plan, opening, plan.tokens().size()).isPresent();
        return protectionBelow == inNeedBelow ? EITHER : protectionBelow ? CHILD_PROTECTION : CHILD_IN_NEED;
    }
}
