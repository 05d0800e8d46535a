package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;

/** The plan says how often the social worker visits and how the plan is reviewed. */
final class VisitsAndReviewCriterion extends Criterion<ParsedPlan> {

    private static final Pattern OFTEN = Pattern.compile("(?i)\\b(?:every|each|weekly|fortnightly|monthly|at least|twice|"
            + "once|times a|per|within|\\d+\\s*(?:working )?(?:days|weeks)|in \\w+ weeks|on \\d|by \\d|next|\\d{1,2}[/.]\\d{1,2})");
    /* The social worker's visits: "visit", "visits", "visiting" (not "visitor"), or the social worker seeing the child. */
    private static final Pattern VISIT = Pattern.compile("(?i)\\bvisit(?:s|ed|ing)?\\b");
    private static final Pattern SOCIAL_WORKER = Pattern.compile("(?i)\\b(?:social workers?|sw|i|we)\\b|\\(social worker\\)");
    private static final Pattern SEES = Pattern.compile("(?i)\\b(?:see|sees|seeing|seen|meet|meets|spend time with)\\b");
    /*
     * Other professionals' visits are neither the social worker's visits nor the plan's review: "the health
     * visitor will visit weekly to weigh Ella" says nothing about how often the social worker comes.
     */
    private static final Pattern OTHER_PROFESSIONAL = Pattern.compile("(?i)\\b(?:health visitor|midwife|nurse|school nurse|"
            + "family support worker|support worker|family worker|early help worker|youth worker|gp|doctor|teacher|"
            + "school|nursery|camhs|therapist|police|probation|housing)\\b");
    private static final Pattern REVIEW = Pattern.compile("(?i)\\b(?:review\\w*|core groups?|care team meetings?|"
            + "child in need meetings?|cin meetings?|network meetings?|conference|team around the family meetings?|"
            // "We will all meet at Gran's on 22 October to look at the plan and the scores again": a review in the family's words.
            + "look (?:again )?at the plan|go over the plan|meet again)\\b");
    /* Sentences or lines: a visit and its frequency must be said together. A table row is one clause: its cells belong together. */
    private static final Pattern CLAUSES = Pattern.compile("[.;]");
    /* "Every meeting and visit has an interpreter", "at each visit": which visits, not how often they happen. */
    private static final Pattern WHICH_VISITS = Pattern.compile("(?i)\\b(?:every|each)\\s+(?:[a-z]{1,20}\\s+and\\s+)?visits?\\b");

    private static java.util.List<String> clauses(String text) {
        java.util.List<String> clauses = new java.util.ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.indexOf('|') >= 0 || line.indexOf('\t') >= 0) {
                clauses.add(line);
            } else {
                clauses.addAll(java.util.Arrays.asList(CLAUSES.split(line)));
            }
        }
        return clauses;
    }

    private static boolean isSocialWorkerVisit(String clause) {
        boolean socialWorker = SOCIAL_WORKER.matcher(clause).find();
        if (OTHER_PROFESSIONAL.matcher(clause).find() && !socialWorker) {
            return false;
        }
        return VISIT.matcher(clause).find() || (socialWorker && SEES.matcher(clause).find());
    }

    VisitsAndReviewCriterion() {
        super(CriterionId.VISITS_AND_REVIEW, Sources.PLAN_VISITS_AND_REVIEW);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        Optional<String> visits = Optional.empty();
        Optional<String> review = Optional.empty();
        // The plan's lines, then its visits-and-review part as paragraphs: a sentence wrapped over two lines is read whole there.
        java.util.List<String> clauses = new java.util.ArrayList<>(clauses(plan.text().text()));
        plan.section(PlanSection.VISITS_AND_REVIEW).forEach(paragraph -> clauses.addAll(clauses(paragraph)));
        for (String clause : clauses) {
            if (!OFTEN.matcher(clause).find()) {
                continue;
            }
            if (visits.isEmpty() && isSocialWorkerVisit(clause) && OFTEN.matcher(WHICH_VISITS.matcher(clause).replaceAll("")).find()) {
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
