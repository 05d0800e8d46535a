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
            "gender", "sexual orientation", "lgbt", "gay", "lesbian", "transgender", "traveller", "gypsy", "roma", "racial", "racism", "dual heritage", "mixed heritage",
            "muslim", "christian", "catholic", "hindu", "sikh", "jewish", "polish", "urdu", "punjabi", "arabic",
            "romanian", "somali", "bengali", "welsh", "gaelic", "chapel", "makaton", "special educational needs", "hair care", "skin care", "portuguese",
            // A learning difference the plan works around ("Jayden has dyslexia, so his chart uses pictures") and a family
            // naming its own ethnicity in the census's words ("We are a White British family") say who the child is.
            "dyslexia", "dyslexic", "dyspraxia", "white british", "black british", "british asian", "asian british");

    IdentityAndDiversityCriterion() {
        super(CriterionId.IDENTITY_AND_DIVERSITY, Sources.STANDARD_IDENTITY, PlanSection.IDENTITY,
                "Say how the child's identity is taken into account: culture, religion, language, disability, "
                        + "for example \"Kelly will take Jack to Polish school on Saturdays as he does now\".");
    }

    /*
     * "Speech and language therapist" names a service, not the child's language; "race" is left out as a word because
     * plans use it of a heart or a mind ("her heart races"), and say "racial" or "racism" of identity.
     */
    private static final Lexicon SERVICE_NAMES = Lexicon.of("speech and language");
    /* "Diversity: No issues identified.", "N/A": a heading answered with nothing to take into account. */
    private static final Lexicon NOTHING_TO_SAY = Lexicon.of("no issues", "no issue", "none identified", "nothing identified",
            "not applicable", "n/a", "nil", "none", "no concerns", "no diversity");

    /* "Distribution: core group members.": another field of the form, under its own short label, carried into this part. */
    private static final java.util.regex.Pattern OWN_LABEL = java.util.regex.Pattern.compile("^\\p{Lu}[\\p{L}' ]{0,30}:\\s");

    /*
     * "No identity or diversity issues identified.", "Polish family. No issues.": a sentence that says there is nothing to
     * take into account. Naming the topic or the family's background beside it takes nothing into account.
     */
    private static final Lexicon DENIAL = Lexicon.of("no issues", "no issue", "no needs", "no need", "no concerns",
            "none identified", "nothing identified", "not identified", "no identity", "no diversity", "no cultural",
            "no religious", "no specific", "no particular", "not applicable", "n/a", "nil",
            // "Heritage not explored", "this has not yet been explored": the conventions' example of naming a topic the plan
            // has done nothing about (knowledge/check-conventions.md, identity and diversity).
            "not explored", "not been explored", "not yet explored", "not yet been explored", "yet to be explored",
            "not been discussed", "not yet discussed", "not been considered");
    /* Under five words ("Polish family.", "White British.") a sentence names the background; it says nothing done about it. */
    private static final int NAMING_ONLY_WORDS = 5;

    @Override
    boolean meets(String words) {
        org.practiceassistant.check.text.AnalysedText text = org.practiceassistant.check.text.AnalysedText.of(words);
        if (DENIAL.first(text).isPresent()) {
            // Met only by another sentence that says something of the identity beyond naming it.
            for (org.practiceassistant.check.text.AnalysedText.Sentence sentence : text.sentences()) {
                boolean denies = DENIAL.first(text, sentence.firstToken(), sentence.endToken()).isPresent();
                if (!denies && sentence.endToken() - sentence.firstToken() >= NAMING_ONLY_WORDS
                        && IDENTITY.first(text, sentence.firstToken(), sentence.endToken()).isPresent()) {
                    return true;
                }
            }
            return false;
        }
        if (identityWord(text).isPresent()) {
            return true;
        }
        return NOTHING_TO_SAY.first(text).isEmpty() && !OWN_LABEL.matcher(words.strip()).find();
    }

    @Override
    Optional<String> inText(ParsedPlan plan) {
        if (plan.section(PlanSection.IDENTITY).stream().anyMatch(item -> DENIAL.first(org.practiceassistant.check.text.AnalysedText.of(item)).isPresent())) {
            // The plan's own identity part says there is nothing to take into account: a word elsewhere does not undo it.
            return Optional.empty();
        }
        return identityWord(plan.text()).map(m -> Spans.around(plan.text(), m, 4, 4));
    }

    private static Optional<Lexicon.Match> identityWord(org.practiceassistant.check.text.AnalysedText text) {
        java.util.List<Lexicon.Match> services = SERVICE_NAMES.all(text);
        int s = 0;
        for (Lexicon.Match m : IDENTITY.all(text)) {
            while (s < services.size() && services.get(s).endToken() <= m.firstToken()) {
                s++;
            }
            boolean inServiceName = s < services.size() && services.get(s).firstToken() <= m.firstToken();
            if (!inServiceName) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
