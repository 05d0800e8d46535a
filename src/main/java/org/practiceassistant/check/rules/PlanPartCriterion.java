package org.practiceassistant.check.rules;

import java.util.List;
import org.practiceassistant.check.text.Quotes;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.CriterionResult;

/**
 * A plan criterion met by a part of the plan: its own section (under whatever heading the plan gives
 * it), or else words in the text that do the same job ("If things go wrong, ..." with no heading).
 */
abstract class PlanPartCriterion extends Criterion<ParsedPlan> {

    private final PlanSection section;
    private final String advice;

    PlanPartCriterion(CriterionId id, String source, PlanSection section, String advice) {
        super(id, source);
        this.section = section;
        this.advice = advice;
    }

    @Override
    final CriterionResult check(ParsedPlan plan) {
        List<String> items = plan.section(section).stream().filter(item -> !item.isBlank()).toList();
        Optional<String> meets = items.stream().filter(this::meets).findFirst();
        if (meets.isPresent()) {
            return pass(quoted(shorten(meets.get())));
        }
        Optional<String> inText = inText(plan).filter(this::meets);
        if (inText.isPresent()) {
            return pass(quoted(shorten(inText.get())));
        }
        Optional<String> emptyHeading = plan.emptyHeading(section);
        if (emptyHeading.isPresent()) {
            // "Identity and culture" over "None.": the form's heading is kept, but nothing is written under it.
            return fail(quoted(shorten(emptyHeading.get())), "This part is empty: there is a heading but nothing real under it. " + advice);
        }
        // A heading with nothing that does its job ("Contingency: we will consider next steps") is quoted, not passed.
        return fail(items.isEmpty() ? "" : quoted(shorten(items.get(0))), advice);
    }

    /** Whether words under the section, or found in the text, do the criterion's job; by default any words do. */
    boolean meets(String words) {
        return true;
    }

    /** The words that meet the criterion when the plan has no section for it. */
    abstract Optional<String> inText(ParsedPlan plan);

    static Optional<String> find(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    static String first(List<String> items) {
        return shorten(items.stream().filter(i -> !i.isBlank()).findFirst().orElse(""));
    }

    static String shorten(String s) {
        return Quotes.shorten(s);
    }
}
