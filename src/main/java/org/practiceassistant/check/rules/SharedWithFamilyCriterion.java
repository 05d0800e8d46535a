package org.practiceassistant.check.rules;

import java.util.Optional;
import java.util.regex.Pattern;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.text.Clauses;

/** The plan records that it was made or shared with the family (and the child, as fits their age). */
final class SharedWithFamilyCriterion extends PlanPartCriterion {

    /*
     * The words that show it was shared; the evidence is the clause around them (see Clauses: no leading
     * [^.\n]* here, which made a long line take quadratic time). Names are matched case-sensitively inside the case-insensitive pattern: under (?i) \p{Lu} matches any letter. */
    private static final Pattern SHARED = Pattern.compile("(?i)\\b(?:(?:shared|went through|explained|agreed|"
            // "A referral has been made to the Family Intervention Project": a referral made to a service is no plan shared.
            + "(?<!referrals? (?:has been |have been |was |were |been )?)made|written|developed|drawn up|discussed|read)\\b[^.\\n]{0,40}\\b(?:with|to|by)\\b[^.\\n]{0,20}\\b(?:mum|dad|"
            // "the Family Intervention Project": a family word opening a service's name is the service, not the family.
            + "parents?|(?:the )?family(?!(?-i:\\s\\p{Lu}))|gran|the network|everyone|both|(?-i:\\p{Lu}\\p{Ll}+))|(?:copy|copies) of (?:the|this) plan|"
            + "(?:has|have|were|was) (?:been )?(?:given|sent) (?:a )?cop(?:y|ies)|signed by|family (?:have|has) (?:agreed|signed)|"
            // "Nanna Jean and school also have a copy", "Sadia has her own copy", "were given the plan at the meeting": who holds the plan.
            + "(?:has|have|had|got) (?:a|(?:their|his|her)(?: own)?) cop(?:y|ies)|(?:were|was|been) (?:given|sent) (?:the|this|a copy of the) plan|"
            // A plan written as a letter to the parents: "I have sent this letter to you both", "they agree with this plan".
            + "(?:sent|given|posted|emailed) (?:this|the) (?:letter|plan) to|(?:agreed?|in agreement) (?:with|to) (?:this |the )?plan|"
            // Minutes: "Plan discussed at ICPC 02/08. Parents in attendance.": the plan gone through at a meeting the parents were at.
            + "plan (?:was )?(?:discussed|agreed|gone through) at [^.\\n]{0,30}\\. (?:both )?(?:parents?|mum|dad|the family) (?:were |was )?"
            + "(?:in attendance|present))");
    /*
     * Not "words and pictures": a story made to explain to the child what happened is direct work with the child, not
     * the plan shared with the family (two independent readers, tune3 and tune5, labelled it so).
     */

    SharedWithFamilyCriterion() {
        super(CriterionId.SHARED_WITH_FAMILY, Sources.STANDARD_SHARED, PlanSection.SHARING,
                "Record that the plan was made with the family and shared with them (and the child, as fits their age): "
                        + "who has a copy and when it was gone through with them.");
    }

    @Override
    Optional<String> inText(ParsedPlan plan) {
        return Clauses.around(SHARED, plan.text().text());
    }
}
