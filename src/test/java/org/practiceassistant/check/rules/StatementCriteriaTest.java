package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.check.rules.CheckedDrafts.check;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.CriterionResult;
import org.practiceassistant.check.DraftKind;

class StatementCriteriaTest {

    private final RubricDraftChecker checker = CheckedDrafts.CHECKER;

    @Test
    void goodDangerStatementMeetsEveryCriterion() {
        var results = check(DraftKind.DANGER_STATEMENT, "Children's Services, the school and Gran are worried that when Mark "
                + "drinks alcohol he shouts at Kelly and has pushed her over in front of Jack. If nothing changes, Jack could "
                + "be badly hurt or grow up scared in his own home.");
        assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.id()).isEqualTo(CheckStatus.PASS));
        assertThat(results.get("who-is-worried").evidence()).contains("Gran are worried");
        assertThat(results.get("specific-behaviour").evidence()).contains("drinks");
        assertThat(results.get("impact-on-child").evidence()).containsAnyOf("hurt", "scared");
    }

    @Test
    void labelOnlyDangerStatementFailsWithTheLabelQuoted() {
        var results = check(DraftKind.DANGER_STATEMENT, "Concerns around DV and neglect in the home.");
        assertThat(results.get("who-is-worried").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("specific-behaviour").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("specific-behaviour").evidence()).contains("DV");
        assertThat(results.get("impact-on-child").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("future-if-nothing-changes").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("jargon-free").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("jargon-free").evidence()).contains("\"DV\"", "\"neglect\"");
        assertThat(results.get("jargon-free").advice()).contains("say what happened");
    }

    @Test
    void dangerStatementCriteriaKeepTheirStableOrderAndSources() {
        var report = checker.check(DraftKind.DANGER_STATEMENT, "We are worried.");
        assertThat(report.checks()).extracting(CriterionResult::id).containsExactly("who-is-worried", "specific-behaviour",
                "impact-on-child", "future-if-nothing-changes", "jargon-free", "one-worry-per-statement", "readability");
        assertThat(report.checks()).allSatisfy(r -> assertThat(r.source()).doesNotContain(".txt").doesNotContainPattern("line \\d")
                .containsAnyOf("Practice handbook", "Child and Family Plan guidance", "Mapping template guidance", "Practice standard"));
    }

    @Test
    void goodSafetyGoalMeetsEveryCriterion() {
        var results = check(DraftKind.SAFETY_GOAL, "Kelly, Gran (Pat) and Aunt Sue will make sure that Jack is always looked "
                + "after by a sober adult. Gran will collect Jack from school every day and stay until Kelly gets home, for the "
                + "next six months, so that Jack feels safe and gets to school on time.");
        assertThat(results.values()).allSatisfy(r -> assertThat(r.status()).as(r.id()).isEqualTo(CheckStatus.PASS));
        assertThat(results.get("timescale").evidence()).contains("for the next six months");
    }

    @Test
    void serviceAttendanceGoalFailsObservableOutcomeAndTimescale() {
        var results = check(DraftKind.SAFETY_GOAL, "Mum to engage with services and attend the Freedom Programme.");
        assertThat(results.get("observable-behaviour").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("observable-behaviour").evidence()).contains("engage");
        assertThat(results.get("child-outcome").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("timescale").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("jargon-free").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void professionalsOnlyGoalDoesNotNameWhoWillAct() {
        var results = check(DraftKind.SAFETY_GOAL, "The social worker will visit every two weeks and school will monitor "
                + "Jack's attendance until the review so that he is safe.");
        assertThat(results.get("who-will-act").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("who-will-act").evidence()).contains("social worker will visit");
    }

    @Test
    void onlyNegativeGoalDoesNotSayWhatWillHappen() {
        var results = check(DraftKind.SAFETY_GOAL, "Mark will not drink alcohol and will stop shouting at Kelly for the next "
                + "six months so that Jack is safe.");
        assertThat(results.get("says-what-will-happen").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(results.get("says-what-will-happen").evidence()).contains("not");
    }

    @Test
    void blankTextIsRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checker.check(DraftKind.SAFETY_GOAL, "  "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idsAreUnique() {
        for (DraftKind kind : List.of(DraftKind.DANGER_STATEMENT, DraftKind.SAFETY_GOAL)) {
            assertThat(checker.criterionIds(kind)).doesNotHaveDuplicates();
        }
    }

    @Test
    void aSecondThatClauseOnAnotherThemeIsASecondWorryButItsConsequenceIsNot() {
        assertThat(check(DraftKind.DANGER_STATEMENT, "The school is worried that Carl smacks Jayden across the head when he gets "
                + "his homework wrong, and that his mum smokes cannabis every evening. If nothing changes, Jayden could be hurt.")
                .get("one-worry-per-statement").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(DraftKind.WORRY_STATEMENT, "Leanne is worried that Jordan is out every weekend, and also that there is "
                + "often no food in the house. If nothing changes, Jordan could become ill.")
                .get("one-worry-per-statement").status()).isEqualTo(CheckStatus.FAIL);
        assertThat(check(DraftKind.DANGER_STATEMENT, "We are worried that the house has no food in the cupboards, and that "
                + "Ellie-Mae has had a nappy rash that bled for weeks. If things do not change, Ellie-Mae could become ill.")
                .get("one-worry-per-statement").status()).isEqualTo(CheckStatus.PASS);
    }

    @Test
    void theChildNamedAfterIfNothingChangesOrAtTheStartOfASentenceIsTheImpact() {
        assertThat(check(DraftKind.WORRY_STATEMENT, "The SENCO and Mum are worried that Noah has been put in isolation six times "
                + "this half term. If this continues, Noah will stop wanting to go to school at all.")
                .get("impact-on-child").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.DANGER_STATEMENT, "Anne is worried because Keisha (9 months) has dropped below the lowest line "
                + "of her growth chart. Keisha cries a lot and is often too tired to play.")
                .get("impact-on-child").status()).isEqualTo(CheckStatus.PASS);
        // The adult after "if nothing changes" is not the child.
        assertThat(check(DraftKind.DANGER_STATEMENT, "Gran is worried that Mark drinks every night. If nothing changes, the "
                + "parents will not change.").get("impact-on-child").status()).isEqualTo(CheckStatus.FAIL);
    }

    @Test
    void theChildAsTheOneCaredForOrAPronounAfterSoIsTheOutcome() {
        assertThat(check(DraftKind.SAFETY_GOAL, "Until July, whenever Rosie cries Luca will put her down in her cot and ring "
                + "his mum. Rosie will be held gently.").get("child-outcome").status()).isEqualTo(CheckStatus.PASS);
        assertThat(check(DraftKind.WELLBEING_GOAL, "The school will give Noah a quiet space and ear defenders by half term, so "
                + "he can stay in class.").get("child-outcome").status()).isEqualTo(CheckStatus.PASS);
    }
}
