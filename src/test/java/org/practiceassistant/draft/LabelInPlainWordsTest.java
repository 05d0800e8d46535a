package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.DraftKind;

/**
 * "DA" and "DV" kept by a worker after the coach asked: composed text says them in the jargon list's plain words, with
 * the noun a label names first ("the DA service" reads "the service for abuse at home"), so the statement or goal passes
 * Check's jargon criterion without losing what the worker said. Sentences of our own.
 */
class LabelInPlainWordsTest {

    private final JargonSpotter spotter = RealChecker.spotter();

    @Test
    void aLabelOnItsOwnIsWrittenInPlainWords() {
        assertThat(spotter.spelledOut("the baby is born into the same DV she grew up with"))
                .isEqualTo("the baby is born into the same violence at home she grew up with");
        assertThat(spotter.spelledOut("there has been DV at home since march"))
                .isEqualTo("there has been violence at home since march");
        assertThat(spotter.spelledOut("DA is the main worry")).isEqualTo("Abuse at home is the main worry");
    }

    @Test
    void aLabelBeforeTheNounItNamesComesAfterIt() {
        assertThat(spotter.spelledOut("Kerry to get in touch with the DA service (refuge north)"))
                .isEqualTo("Kerry to get in touch with the service for abuse at home (refuge north)");
        assertThat(spotter.spelledOut("Mark to do the DA perpetrator programme"))
                .isEqualTo("Mark to do the perpetrator programme for abuse at home");
        assertThat(spotter.spelledOut("police DA notification on friday"))
                .isEqualTo("police notification about abuse at home on friday");
        assertThat(spotter.spelledOut("after a DV incident in may")).isEqualTo("after an incident of violence at home in may");
    }

    /**
     * A role the list gives words to write in ("SENCO": "special needs teacher", since draft27) is written in those words,
     * its person's name kept after it; a role with no such words is the name with the role in brackets.
     */
    @Test
    void aRoleWithItsPersonsNameAfterItIsTheNameWithTheRoleBeside() {
        assertThat(spotter.spelledOut("Leo's school and the SENCO Mr Patel, mum and I")).isEqualTo("Leo's school and the"
                + " special needs teacher Mr Patel, mum and I");
        assertThat(spotter.spelledOut("SENCO Jo Hill will see him.")).isEqualTo("Special needs teacher Jo Hill will see him.");
        assertThat(spotter.spelledOut("the SENCO and I")).isEqualTo("the special needs teacher and I");
        assertThat(spotter.spelledOut("the SENCO Mum trusts")).isEqualTo("the special needs teacher Mum trusts");
    }

    @Test
    void aComposedStatementWithTheRoleBesideTheNamePassesTheJargonCheck() {
        var answers = WorryAnswers.empty().withWorry("Leo's school and the SENCO Mr Patel, mum and I", "are",
                "Leo will keep getting into trouble and be excluded.").withAnswer(Step.HARM, "Leo hit two children at school on 3 March.");
        String statement = new StatementComposer(RealChecker.spotter()).statement(answers);
        assertThat(statement).contains("the special needs teacher Mr Patel").doesNotContain("SENCO");
        assertThat(RealChecker.CHECKER.check(org.practiceassistant.check.DraftKind.DANGER_STATEMENT, statement).checks())
                .filteredOn(c -> c.id().equals("jargon-free")).singleElement()
                .matches(c -> c.status() == org.practiceassistant.check.CheckStatus.PASS);
    }

    @Test
    void otherAcronymsKeepTheirOwnWords() {
        assertThat(spotter.spelledOut("the CAMHS worker and the GP")).isEqualTo("the children's mental health service worker"
                + " and the GP");
        assertThat(spotter.spelledOut("his LAC review")).isEqualTo("his children in care review");
    }

    @Test
    void theComposedGoalPassesTheJargonCheck() {
        String goal = "Nan Sue will do these things so that Ava is safe. Kerry to ring the DA service (refuge north) by"
                + " Friday and Nan Sue to have Ava every weekend. Ava is calm at home. This will be in place by 31 March."
                + " Everyone will know because Nan Sue tells me each week.";
        var report = RealChecker.CHECKER.check(DraftKind.SAFETY_GOAL, spotter.spelledOut(goal));
        assertThat(report.checks()).filteredOn(c -> c.id().equals("jargon-free"))
                .allSatisfy(c -> assertThat(c.status()).isEqualTo(org.practiceassistant.check.CheckStatus.PASS));
    }

    @Test
    void theCoachAsksForWhatHappenedInTheListsOwnWords() {
        var nudge = new AnswerReview(spotter, 1200).problemWith(Step.HARM, "police DA notification on friday, dad punched the wall", "Ava");
        assertThat(nudge).get().extracting(AnswerReview.Nudge::text).asString()
                .contains("You used \"DA\"").contains("Could you say what happened, for example").doesNotContain("for example \"say");
    }
}
