package org.practiceassistant.draft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.practiceassistant.draft.CoachFixtures.CP_TO_REVIEW;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Answers a newly qualified worker really types, from reading the tuning personas' transcripts. */
class ForgivingAnswersTest {

    private final CoachIntentParser parser = new CoachIntentParser();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"dad unknown|false", "no idea who dad is|false", "father not known|false",
            "don't know where dad lives|false", "unknown|true", "not known yet|true", "it's unknown|true",
            "no idea|true", "no idea what to put|true", "not sure|true", "not asked yet|true"})
    void saysWhenSomethingIsUnknownAsAnAnswerNotAsNotKnowingTheAnswer(String said, boolean notKnown) {
        assertThat(CoachIntentParser.isNotKnown(CoachIntentParser.normalise(said))).isEqualTo(notKnown);
    }

    @Test
    void twoPeopleEachWorriedWithCommasAreBothWhoIsWorried() {
        var worry = AnswerParsers.worry("I am worried, and the GP, Dr Hassan, is worried, that if Bethan falls again"
                + " Cal will be frightened.").orElseThrow();
        assertThat(worry.who()).isEqualTo("the GP, Dr Hassan and I");
        assertThat(worry.verb()).isEqualTo("are");
        assertThat(worry.fear()).isEqualTo("if Bethan falls again Cal will be frightened.");
    }

    @Test
    void aMistypedDisabilitiesServiceAsksForThePlanThenTakesChildInNeed() {
        var c = new CoachFixtures.Conversation(CoachFixtures.coach()).start().say("disabilties");
        assertThat(c.step()).isEqualTo(Step.SERVICE_AREA);
        assertThat(c.text()).contains("Which plan is the child on?");
        c.say("disabilties");
        assertThat(c.step()).isEqualTo(Step.CHILDREN);
        assertThat(c.current().serviceArea()).isEqualTo(ServiceArea.DISABILITIES_CHILD_IN_NEED);
    }

    @Test
    void aNetworkOfNobodyOrUnnamedFamilyIsAskedAgain() {
        var c = new CoachFixtures.Conversation(CoachFixtures.coach()).start().say(Arrays.copyOf(CP_TO_REVIEW, 6));
        assertThat(c.step()).isEqualTo(Step.NETWORK);
        assertThat(c.say("no family here").step()).isEqualTo(Step.NETWORK);
        assertThat(c.text()).contains("at least one person who will act");
        assertThat(c.say("dad unknown").step()).isEqualTo(Step.NETWORK);
        assertThat(c.say("family").step()).isEqualTo(Step.NETWORK);
        assertThat(c.text()).contains("Please name them");
        assertThat(c.say("Mum and Grandma Jean").step()).isEqualTo(Step.DOING);
    }

    @Test
    void aPregnancyIsNotAChild() {
        assertThat(AnswerParsers.children("niamh 19 (care leaver), pregnant 28 wks")).extracting(Child::firstName)
                .containsExactly("Niamh");
    }
}
