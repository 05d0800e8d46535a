package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A service named among other words: in brackets, after the team the case came from, or the team named first. */
class ServiceNamedAmongWordsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "unborn baby assessmnt (cp)|CHILD_PROTECTION",
            "family support work (early help)|EARLY_HELP",
            "handed over from the assessment team, it is cin|CHILD_IN_NEED",
            "came from a duty team - now looked after|CHILDREN_LOOKED_AFTER"})
    void theServiceIsTheOneMeant(String said, ServiceArea area) {
        assertThat(ServiceArea.parse(said)).as(said).contains(area);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"disabled childrens tem (cwd)|true", "i'm in the disabilty team now|true",
            "child protection|false"})
    void aDisabilitiesTeamNamedAmongWordsAsksForThePlan(String said, boolean disabilities) {
        assertThat(ServiceArea.isDisabilitiesWithoutPlan(said)).as(said).isEqualTo(disabilities);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"transfer - handed on from the duty team|true", "long term team case now|true",
            "early help|false"})
    void aTeamThatHoldsAnyPlanNamedAmongWordsAsksForThePlan(String said, boolean team) {
        assertThat(ServiceArea.isTeamWithoutPlan(said)).as(said).isEqualTo(team);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"yeh the dad drinking too|true", "yess one about school|true"})
    void aYesWithTheNextWorryAfterItIsAnotherWorry(String said, boolean another) {
        assertThat(new CoachIntentParser().anotherWorry(said)).as(said).contains(another);
    }
}
