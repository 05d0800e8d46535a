package org.practiceassistant.check.rules;

import java.util.Optional;
import org.practiceassistant.check.CriterionId;
import org.practiceassistant.check.text.Lexicon;

/** The plan takes the child's identity into account: culture, religion, language, disability. */
final class IdentityAndDiversityCriterion extends PlanPartCriterion {

    private static final Lexicon IDENTITY = Lexicon.of("culture", "cultural", "religion", "religious", "faith",
            "church", "mosque", "temple", "gurdwara", "synagogue", "pray", "prayers", "language", "interpreter",
            "first language", "speaks english", "bilingual", "ethnicity", "ethnic", "heritage", "identity", "disability",
            "disabled", "autism", "autistic", "adhd", "learning disability", "learning difficulties", "deaf", "bsl",
            "sign language", "hearing aid", "hearing loss", "wheelchair", "halal", "kosher", "ramadan", "eid", "diwali",
            "gender", "sexual orientation", "lgbt", "gay", "lesbian", "transgender", "traveller", "gypsy", "roma", "race", "racism", "dual heritage", "mixed heritage",
            "muslim", "christian", "catholic", "hindu", "sikh", "jewish", "polish", "urdu", "punjabi", "arabic",
            "romanian", "somali", "bengali", "makaton", "special educational needs", "hair care", "skin care", "portuguese");

    IdentityAndDiversityCriterion() {
        super(CriterionId.IDENTITY_AND_DIVERSITY, Sources.STANDARD_IDENTITY, PlanSection.IDENTITY,
                "Say how the child's identity is taken into account: culture, religion, language, disability, "
                        + "for example \"Kelly will take Jack to Polish school on Saturdays as he does now\".");
    }

    @Override
    Optional<String> inText(ParsedPlan plan) {
        return IDENTITY.first(plan.text()).map(m -> Spans.around(plan.text(), m, 4, 4));
    }
}
