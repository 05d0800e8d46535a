package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;

/** The plan says how often the social worker visits and how the plan is reviewed. */
final class VisitsAndReviewCriterion extends Criterion<ParsedPlan> {

    private static final Pattern OFTEN = Pattern.compile("(?i)\\b(?:every|each|weekly|fortnightly|monthly|at least|twice|"
            + "once|times a|per|within|\\d+\\s*(?:working )?(?:days|weeks)|in \\w+ weeks|on \\d|by \\d|next|\\d{1,2}[/.]\\d{1,2})");
    private static final Pattern VISIT = Pattern.compile("(?i)\\bvisit\\w*");
    private static final Pattern REVIEW = Pattern.compile("(?i)\\b(?:review\\w*|core groups?|care team meetings?|"
            + "child in need meetings?|cin meetings?|network meetings?|conference|team around the family meetings?)\\b");
    /* Sentences or lines: a visit and its frequency must be said together. */
    private static final Pattern CLAUSES = Pattern.compile("[.;\\n]");

    VisitsAndReviewCriterion() {
        super(CriterionId.VISITS_AND_REVIEW, Sources.PLAN_VISITS_AND_REVIEW);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        Optional<String> visits = Optional.empty();
        Optional<String> review = Optional.empty();
        for (String clause : CLAUSES.split(plan.text().text())) {
            if (!OFTEN.matcher(clause).find()) {
                continue;
            }
            if (visits.isEmpty() && VISIT.matcher(clause).find()) {
                visits = Optional.of(PlanPartCriterion.shorten(clause));
            }
            if (review.isEmpty() && REVIEW.matcher(clause).find()) {
                review = Optional.of(PlanPartCriterion.shorten(clause));
            }
        }
        if (visits.isPresent() && review.isPresent()) {
            return pass(visits.get().equals(review.get()) ? quoted(visits.get()) : quoted(visits.get()) + "; " + quoted(review.get()));
        }
        String missing = visits.isEmpty() && review.isEmpty() ? "how often the social worker will visit and how and when the plan will be reviewed"
                : visits.isEmpty() ? "how often the social worker will visit" : "how and when the plan will be reviewed";
        String found = visits.isPresent() ? quoted(visits.get()) : review.map(Criterion::quoted).orElse("");
        return fail(found, "Say " + missing
                + ", for example \"Sam (social worker) will visit every two weeks; the core group reviews the plan every six weeks, next on 12 June\".");
    }
}
