package org.practiceassistant.check.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.practiceassistant.check.CheckStatus;
import org.practiceassistant.check.text.AnalysedText;

/**
 * How often, in the shapes workers type it: each form is read as a frequency (quoted whole), is no time a goal is held to
 * (the owner's decision: a frequency alone is no timescale), and says when for an action line.
 */
class TimescaleGrammarFrequencyTest {

    private static void readAsHowOftenOnly(String form) {
        String goal = "Dad will take Jack to football " + form + ".";
        assertThat(TimescaleGrammar.find(goal)).as(form).contains(form);
        assertThat(TimescaleGrammar.findHeldTo(goal)).as(form).isEmpty();
        assertThat(TimescaleReading.howOftenOnly(form)).as(form).isTrue();
        assertThat(new TimescaleCriterion().check(AnalysedText.of(goal)).status()).as(form).isEqualTo(CheckStatus.FAIL);
        assertThat(WhoWhatWhenCriterion.hasWhen(goal)).as(form).isTrue();
    }

    @Test
    void everyTwoWeeks() {
        readAsHowOftenOnly("every 2 weeks");
    }

    @Test
    void everyOtherWeek() {
        readAsHowOftenOnly("every other week");
    }

    @Test
    void twoXAWeek() {
        readAsHowOftenOnly("2x a week");
    }

    @Test
    void twoSpaceXAWeek() {
        readAsHowOftenOnly("2 x a week");
    }

    @Test
    void twiceWeekly() {
        readAsHowOftenOnly("twice weekly");
    }

    @Test
    void fortnightly() {
        readAsHowOftenOnly("fortnightly");
    }

    @Test
    void threeTimesAWeek() {
        readAsHowOftenOnly("3 times a week");
    }

    @Test
    void threeTimesWeekly() {
        readAsHowOftenOnly("3 times weekly");
    }

    @ParameterizedTest
    @ValueSource(strings = {"every 2nd week", "every second Saturday", "x2 a week", "every few weeks", "every 3rd weekend"})
    void shapesReadInTheThirteenthRound(String form) {
        readAsHowOftenOnly(form);
    }

    @Test
    void aFrequencyWithAnEndIsHeldToItsEnd() {
        String goal = "Dad will take Jack to football every 2 weeks until the end of term.";
        assertThat(TimescaleGrammar.findHeldTo(goal)).contains("until the end of term");
        assertThat(new TimescaleCriterion().check(AnalysedText.of(goal)).status()).isEqualTo(CheckStatus.PASS);
        assertThat(TimescaleReading.howOftenOnly("2x a week for the next 3 months")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"every 2", "2x", "Box 2x", "every 2 of them", "the 2x4 fence", "every 12 hours of sleep"})
    void aNumberWithNoUnitIsNoFrequency(String text) {
        assertThat(TimescaleGrammar.find(text)).as(text).isEmpty();
    }
}
