package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.DraftKind;

/**
 * Two shapes of the seventeenth round's failing texts, in words of our own: a team named by its age group alone ("and
 * 16+") among who is worried, and a worker's own statement typed in lower case, whose second sentence Check read as the
 * first going on.
 */
class TeamByAgeAndOwnWordingTest {

    @Test
    void aTeamNamedByItsAgeGroupAloneIsTheTeam() {
        assertThat(StatementComposer.teamsByAgeNamed("Dad, the youth worker and 16+")).isEqualTo("Dad, the youth worker and the 16+ team");
        assertThat(StatementComposer.teamsByAgeNamed("14+, school and I")).isEqualTo("the 14+ team, school and I");
        assertThat(StatementComposer.teamsByAgeNamed("the 14+ team and I")).isEqualTo("the 14+ team and I");
        assertThat(StatementComposer.teamsByAgeNamed("the school and the police")).isEqualTo("the school and the police");
        assertThat(StatementComposer.teamsByAgeNamed("the club for kids aged 14+")).isEqualTo("the club for kids aged 14+");
    }

    @Test
    void aStatementWithTheAgeGroupTeamLastSaysWhoIsWorried() {
        var answers = WorryAnswers.empty().withWorry("Nan, the youth worker and 16+", "are",
                "Kai will be hurt by the men he owes money to.").withAnswer(Step.HARM, "Kai was found with £200 in a car on 3 March.");
        String statement = new StatementComposer(RealChecker.spotter()).statement(answers);
        assertThat(statement).startsWith("Nan, the youth worker and the 16+ team are worried");
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, statement).checks())
                .filteredOn(c -> c.id().equals("who-is-worried")).singleElement().matches(c -> c.status() == CheckStatus.PASS);
    }

    @Test
    void theWorkersOwnWordingOpensEachSentenceWithACapitalAndKeepsItsWords() {
        String typed = "gran, the nursery and children's social care are worried because on 2 march the twins' dad drank all"
                + " day and fell asleep, and mia had to ring gran while leo was left crying in the bath. we are worried"
                + " that if this happens again mia and leo will not have a grown up awake to keep them safe, leo could"
                + " drown and mia will feel she has to look after everyone.";
        String own = ReviewStep.ownWording(typed);
        assertThat(own).startsWith("Gran, the nursery").contains("in the bath. We are worried that if this happens again mia")
                .isEqualToIgnoringCase(typed);
        // Check reads the typed note's full stops as sentence ends too (the twenty-third round: the independent readers pass
        // such notes), so both pass readability; the capitals are still what the family should see.
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, typed).checks())
                .filteredOn(c -> c.id().equals("readability")).singleElement().matches(c -> c.status() == CheckStatus.PASS);
        assertThat(RealChecker.CHECKER.check(DraftKind.DANGER_STATEMENT, own).checks())
                .filteredOn(c -> c.id().equals("readability")).singleElement().matches(c -> c.status() == CheckStatus.PASS);
    }
}
