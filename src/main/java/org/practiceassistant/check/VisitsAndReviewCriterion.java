package org.practiceassistant.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The plan says how often the social worker visits and how the plan is reviewed. */
final class VisitsAndReviewCriterion extends Criterion<ParsedPlan> {

    private static final String OFTEN = "(?:every|each|weekly|fortnightly|monthly|at least|twice|once|times a|per|within|"
            + "\\d+\\s*(?:working )?(?:days|weeks)|in \\w+ weeks|on \\d|by \\d|next|\\d{1,2}[/.]\\d{1,2})";
    private static final Pattern VISITS = Pattern.compile("(?i)[^.\\n]*\\bvisit\\w*\\b[^.\\n]*\\b" + OFTEN + "[^.\\n]*"
            + "|[^.\\n]*\\b" + OFTEN + "[^.\\n]*\\bvisit\\w*\\b[^.\\n]*");
    private static final String REVIEW_WORDS = "(?:review\\w*|core group\\w*|care team meeting\\w*|child in need meeting\\w*|"
            + "cin meeting\\w*|network meeting\\w*|family network meeting\\w*|conference|team around the family meeting\\w*)";
    private static final Pattern REVIEW = Pattern.compile("(?i)[^.\\n]*\\b" + REVIEW_WORDS + "[^.\\n]*\\b" + OFTEN + "[^.\\n]*"
            + "|[^.\\n]*\\b" + OFTEN + "[^.\\n]*\\b" + REVIEW_WORDS + "[^.\\n]*");

    VisitsAndReviewCriterion() {
        super("visits-and-review", Sources.PLAN_VISITS_AND_REVIEW);
    }

    @Override
    CriterionResult check(ParsedPlan plan) {
        String text = plan.text().text();
        Optional<String> visits = find(VISITS, text);
        Optional<String> review = find(REVIEW, text.replaceAll("(?i)\\bvisit\\w*", "_"))
                .or(() -> find(REVIEW, text));
        if (visits.isPresent() && review.isPresent()) {
            String v = visits.get();
            String r = review.get();
            return pass(v.equals(r) ? quoted(v) : quoted(v) + "; " + quoted(r));
        }
        String missing = visits.isEmpty() && review.isEmpty() ? "how often the social worker will visit and how and when the plan will be reviewed"
                : visits.isEmpty() ? "how often the social worker will visit" : "how and when the plan will be reviewed";
        return fail(visits.or(() -> review).map(Criterion::quoted).orElse(""), "Say " + missing
                + ", for example \"Sam (social worker) will visit every two weeks; the core group reviews the plan every six weeks, next on 12 June\".");
    }

    private static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(VoiceOfChildCriterion.shorten(m.group())) : Optional.empty();
    }
}
