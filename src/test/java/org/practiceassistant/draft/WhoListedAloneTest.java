package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.practiceassistant.draft.CoachFixtures.Conversation;

/**
 * The eighteenth round's dead ends (blind12 read), in words of our own: asked who is worried, a worker lists many people
 * with a note on some of them and says no fear yet. Before, a list of more than sixteen words, or one with a verb in it
 * ("the PCSO who came out", "Nan is worried too"), was neither who nor a fear, or was kept as the fear, and the same
 * request came back until the worker gave up. Also: a long answer at the service step naming the team the family moves
 * to, "FC" for First Contact, and "enough for now, yes" at another worry.
 */
class WhoListedAloneTest {

    private final MappingCoach coach = CoachFixtures.coach();

    private Conversation atTheWorryStep() {
        return new Conversation(coach).atRubysWorryStep();
    }

    @Test
    void aLongListOfPeopleWithNotesIsWhoIsWorriedAndTheFearIsAskedNext() {
        var c = atTheWorryStep().say("the PCSO who came out on Sunday, Ruby's class teacher Mrs Frost, the school"
                + " nurse, Aunt Carol (mum's sister), my team manager and me. Grandad Len is worried as well.");
        assertThat(c.step()).isEqualTo(Step.WORRY);
        assertThat(c.current().currentWorry().whoIsWorried())
                .isEqualTo("the PCSO, Ruby's class teacher Mrs Frost, the school nurse, Aunt Carol, my team manager,"
                        + " Grandad Len and I");
        assertThat(c.current().currentWorry().fear()).isNull();
        assertThat(c.text()).contains("What do they fear will happen to Ruby");
        c.say("Ruby will fall further behind and stop wanting to go in at all");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
    }

    @Test
    void aListSentAfterTheFearCompletesTheWorry() {
        var c = atTheWorryStep().say("Ruby will fall further behind and lose her friends");
        assertThat(c.current().currentWorry().fear()).isNotNull();
        c.say("her teacher Mr Kemp, Mr and Mrs Dale the childminders, the attendance officer who rang, Mum herself and me");
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.current().worries().getFirst().whoIsWorried())
                .isEqualTo("her teacher Mr Kemp, Mr and Mrs Dale the childminders, the attendance officer, Mum herself and I");
    }

    @Test
    void weAreWorriedAloneIsNoFearAndWhoWeAreIsStillAsked() {
        var c = atTheWorryStep().say("we are worried");
        assertThat(c.current().currentWorry().fear()).isNull();
        assertThat(c.current().currentWorry().whoIsWorried()).isNull();
        c.say("Mrs Frost her teacher, Aunt Carol, Grandad Len who lives next door, and me, the social worker.");
        assertThat(c.current().currentWorry().whoIsWorried())
                .isEqualTo("Mrs Frost her teacher, Aunt Carol, Grandad Len and I");
        assertThat(c.text()).contains("What do they fear will happen to Ruby");
    }

    @Test
    void aListThatHoldsAFearIsNotReadAsPeopleAlone() {
        assertThat(WhoIsWorried.listed("Mum, the school and I are worried that Ruby will fall behind")).isEmpty();
        assertThat(WhoIsWorried.listed("Ruby missed school, and mum was asleep")).isEmpty();
        assertThat(WhoIsWorried.listed("the school and me")).contains("the school and I");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FC|FIRST_CONTACT",
            "moving over - I am taking on a family passed from the duty team over to our children looked after team|CHILDREN_LOOKED_AFTER"})
    void aServiceNamedInALongAnswerOrAsItsInitialsIsFound(String said, ServiceArea area) {
        assertThat(ServiceArea.parse(said)).contains(area);
    }

    @Test
    void aLongQuestionAtTheServiceStepIsNoService() {
        assertThat(ServiceArea.parse("Quick one first, does the coach keep what I wrote in the old assessment or do I have"
                + " to type it all in again?")).isEmpty();
    }

    @Test
    void enoughForNowIsNoMoreWorriesWhateverYesFollowsIt() {
        assertThat(new CoachIntentParser().anotherWorry("i think thats enough for now yes")).contains(false);
        assertThat(new CoachIntentParser().anotherWorry("That is enough, yes.")).contains(false);
    }

    @Test
    void aServiceSaidToBeNoLongerTheOneIsAChangeInALongMessage() {
        assertThat(ServiceArea.changeFrom(ServiceArea.EARLY_HELP, "its child protection not child in need anymore, can"
                + " we change it"))
                .contains(ServiceArea.CHILD_PROTECTION);
        assertThat(ServiceArea.changeFrom(ServiceArea.CHILD_IN_NEED, "mum is not drinking anymore since the cp plan ended"))
                .isEmpty();
    }
}
