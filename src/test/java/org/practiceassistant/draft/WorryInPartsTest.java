package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * The tenth Draft round's patterns, in words of our own: the worry step taking who is worried and what they fear one at a
 * time, a team named without its plan, a decision said at the end of thinking aloud, the worker named last in who is
 * worried, and what happened named without a verb after "This is because".
 */
class WorryInPartsTest {

    private final MappingCoach coach = CoachFixtures.coach();

    private Conversation atTheWorryStep() {
        return new Conversation(coach).atRubysWorryStep();
    }

    @Test
    void whoAloneIsKeptAndTheFearIsAskedForOnItsOwn() {
        var c = atTheWorryStep();
        assertThat(c.step()).isEqualTo(Step.WORRY);
        c.say("the school, Aunt Carol and me");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().currentWorry().whoIsWorried()).isEqualTo("the school, Aunt Carol and me");
        assertThat(c.text()).contains("What do they fear will happen to Ruby if nothing changes?");
        c.say("Ruby will fall behind and lose her friends");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.current().currentWorry().fear()).isEqualTo("Ruby will fall behind and lose her friends");
    }

    @Test
    void peopleNamedAgainAreToldWhatIsStillMissingNotTheWholeRequest() {
        var c = atTheWorryStep().say("the school and me");
        String first = c.text();
        c.say("the school and me");
        assertThat(c.text()).contains("What I still need is what they fear").isNotEqualTo(first)
                .doesNotContain("Please start with who is worried");
    }

    @Test
    void backAfterOnePartUndoesThatPartAndAgainGoesToTheStepBefore() {
        // Tester finding: "back" after who used to leave the step, so the fear typed next was kept as working well.
        var c = atTheWorryStep().say("the school and me", "back");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().currentWorry().whoIsWorried()).isNull();
        c.say("back");
        assertThat(c.step()).isEqualTo(Step.WORKING_WELL);
        c.say("Aunt Carol takes her in when she can.");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        c.say("the school and me", "Ruby will fall behind and lose her friends");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
    }

    @Test
    void aFearWithoutWhoAsksWhoNextAndBothAtOnceAreTakenAsBefore() {
        var c = atTheWorryStep().say("Ruby will fall behind and lose her friends");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.text()).contains("Now say who is worried about it");
        c.say("the school and me");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.current().currentWorry().whoIsWorried()).isEqualTo("the school and me");

        var both = atTheWorryStep().say("The school and I are worried that Ruby will fall behind.");
        assertThat(both.step()).isEqualTo(Step.NETWORK);
    }

    @ParameterizedTest
    @ValueSource(strings = {"everyone lol", "Dad hit Mum on Friday", "not really sure who"})
    void somethingThatNamesNoOneIsNotWhoAlone(String said) {
        assertThat(WhoIsWorried.whoAlone(said)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"college, nan Rita, me|are", "the health visitor|is", "me|am"})
    void aListOfPeopleIsWhoAlone(String said, String verb) {
        assertThat(WhoIsWorried.whoAlone(said)).hasValueSatisfying(w -> {
            assertThat(w.verb()).isEqualTo(verb);
            assertThat(w.fear()).isEmpty();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"transfers", "long term team", "Locality team", "transfer"})
    void aTeamNamedWithoutAPlanIsAskedForThePlanThenChildInNeed(String team) {
        var c = new Conversation(coach).start().say(team);
        assertThat(c.step()).isEqualTo(Step.SERVICE_AREA);
        assertThat(c.text()).contains("Which plan is the child on?");
        c.say(team);
        assertThat(c.current().serviceArea()).isEqualTo(ServiceArea.CHILD_IN_NEED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"hmm maybe the housing one? no leave it|false",
            "not sure. yes, the school one|true"})
    void aDecisionSaidAtTheEndOfThinkingAloudIsRead(String said, boolean another) {
        assertThat(new CoachIntentParser().anotherWorry(said)).contains(another);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"College, I and youth worker|College, the youth worker and I",
            "I and the school|the school and I", "Nan, the school and I|Nan, the school and I",
            "Jackie and I, as her personal adviser,|Jackie and I, as her personal adviser,"})
    void theWorkerComesLastInWhoIsWorried(String who, String written) {
        assertThat(StatementComposer.withTheWorkerLast(who)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"dad drinking most weekends, Mum asleep by 8|true", "neglect|true",
            "Dad hit Mum on Friday|false", "police called out twice in May|false", "mum drinks every night|false"})
    void whatHappenedNamedWithoutAVerbTakesOf(String happened, boolean of) {
        assertThat(StatementComposer.namesWithoutAVerb(happened)).isEqualTo(of);
    }

    @Test
    void aNameTypedInLowerCaseOpensItsOwnAction() {
        assertThat(ActionLines.byPerson("sw to visit weekly, zia to ring mum on sundays")).containsExactly(
                "Sw to visit weekly", "Zia to ring mum on sundays");
        assertThat(ActionLines.aNameInLowerCase("walk")).isFalse();
    }
}
